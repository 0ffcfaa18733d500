package synccore

// This file holds bodies for the finalization tests of emit
// (synccore_finalize_test.go): they are not in the differential suite.

import (
	"github.com/agen-go/agen/runtime/agen"
)

// lazyDefer defers ran only once sent a positive value at its first
// yield.
//
//agen:generator
func lazyDefer(y *agen.Yielder[int, int], ran func()) {
	if y.Yield(1) > 0 {
		defer ran()
	}
	y.Yield(2)
	y.Yield(3)
}

// NewLazyDefer returns the generator of lazyDefer.
func NewLazyDefer(ran func()) agen.Generator[int, int] { return lazyDeferGen(ran) }

// NewLazyDeferReference returns lazyDefer under agen.Goroutine.
func NewLazyDeferReference(ran func()) agen.Generator[int, int] {
	return agen.Goroutine(func(y *agen.Yielder[int, int]) error { lazyDefer(y, ran); return nil })
}
