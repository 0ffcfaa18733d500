package bench

// This file defines the generators whose allocations the README explains
// (allocs_test.go measures them): a deferred call, a captured variable.

import "github.com/agen-go/agen/runtime/agen"

// counted yields 0..n-1 and counts, in a deferred call, that it ended.
//
//agen:generator
func counted(y *agen.Yielder[int, agen.None], n int, ended *int) {
	defer func() { *ended++ }()
	for i := range n {
		y.Yield(i)
	}
}

// captured yields 0..n-1 through a closure that captures the loop
// variable.
//
//agen:generator
func captured(y *agen.Yielder[int, agen.None], n int) {
	for i := range n {
		get := func() int { return i }
		y.Yield(get())
	}
}

// overSeq yields the values of seq from inside a range over it: agen steps
// seq with iter.Pull (agen.Pull).
//
//agen:generator
func overSeq(y *agen.Yielder[int, agen.None], seq func(yield func(int) bool)) {
	for v := range seq {
		y.Yield(v)
	}
}
