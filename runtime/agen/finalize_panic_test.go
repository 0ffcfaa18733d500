package agen_test

// This file tests a panic while finalizing.

import (
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/agen-go/agen/runtime/agen"
)

// §3.12: a deferred call that panics while the runtime closes an abandoned
// generator cannot reach anyone; the panic is reported, not raised, and
// the other deferred calls still run.
func TestFinalizePanicIsReported(t *testing.T) {
	setHooks(t, agen.Hooks{}) // the default finalization
	var ran atomic.Int32
	func() {
		g := agen.Goroutine(func(y *agen.Yielder[int, int]) error {
			defer ran.Add(1)
			defer panic("in a deferred call of an abandoned generator")
			y.Yield(1)
			return nil
		})
		g.Next()
	}()
	eventually(t, "the deferred calls of the abandoned generator", func() bool {
		runtime.GC()
		return ran.Load() == 1
	})
}
