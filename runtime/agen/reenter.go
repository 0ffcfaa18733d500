package agen

// This file defines the re-entry check of generated code.

import (
	"runtime"
	"strings"
)

// Reentered reports whether a method of the generator frame type whose
// resume method calls the caller of Reentered is running further up the
// calling goroutine's stack: resume itself, or close and the unwinding
// helpers that run deferred calls. Generated code calls it from a helper of
// resume, only when it finds a generator marked as running: either the
// body, or one of its deferred calls, is calling its own generator (agen
// panics with ErrRunning, as Python raises "generator already executing"),
// or a panic left the generator marked and it is finished.
//
// The check goes by function, not by frame: a generator left marked by a
// panic and then resumed from the body of another generator of the same
// type is taken for a re-entry.
func Reentered() bool {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(3, pcs)
	for n == len(pcs) {
		pcs = make([]uintptr, 2*len(pcs))
		n = runtime.Callers(3, pcs)
	}
	frames := runtime.CallersFrames(pcs[:n])
	resume, more := frames.Next()
	dot := strings.LastIndexByte(resume.Function, '.')
	if dot < 0 {
		return false
	}
	frameType := resume.Function[:dot+1] // such as "pkg.(*fibGeneratorFrame)."
	for more {
		var f runtime.Frame
		f, more = frames.Next()
		if method, ok := strings.CutPrefix(f.Function, frameType); ok && runsBody[method] {
			return true
		}
	}
	return false
}

// runsBody holds the methods of a generated frame that run the body's code:
// resume, and those that run its deferred calls.
var runsBody = map[string]bool{"resume": true, "close": true, "agenThrow": true, "agenExit": true, "agenRunDefers": true}
