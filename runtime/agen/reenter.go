package agen

// This file defines the re-entry check of generated code.

import "runtime"

// Reentered reports whether the caller of the function that calls it is
// already running further up the calling goroutine's stack. Generated code
// calls it from a helper of its resume method, only when it finds a
// generator marked as running: either the body is calling its own
// generator (agen panics with ErrRunning, as Python raises "generator
// already executing"), or a panic left the generator marked and it is
// finished.
func Reentered() bool {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(3, pcs)
	for n == len(pcs) {
		pcs = make([]uintptr, 2*len(pcs))
		n = runtime.Callers(3, pcs)
	}
	frames := runtime.CallersFrames(pcs[:n])
	first, more := frames.Next()
	for more {
		var f runtime.Frame
		f, more = frames.Next()
		if f.Function == first.Function {
			return true
		}
	}
	return false
}
