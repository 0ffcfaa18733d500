package emit_test

// This file tests the finalization of generated generators.

import (
	"context"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
	finalize "github.com/agen-go/agen/testdata/golden/Finalize"
)

// eventually calls runtime.GC until cond holds, or fails after a while.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
		runtime.GC()
		if cond() {
			return
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatalf("%s never happened", what)
}

// A generated generator with pending deferred calls is closed after its
// handle becomes unreachable: its deferred call runs.
func TestAbandonedGeneratedGeneratorIsClosed(t *testing.T) {
	var ran atomic.Int32
	func() {
		g := finalize.NewCollecting(func() { ran.Add(1) })
		g.Next()
	}()
	eventually(t, "the deferred call of the abandoned generator", func() bool { return ran.Load() == 1 })
}

// A generator is not finalized while its body runs, even when the call
// running it is the last use of its handle: the body collects garbage
// between two yields, and its deferred call still runs exactly once, after
// the generator is dropped.
func TestGeneratedGeneratorIsNotFinalizedWhileRunning(t *testing.T) {
	var closes atomic.Int32
	var mine atomic.Pointer[agen.Frame]
	setHooks(t, agen.Hooks{
		FirstIter: func(f agen.Frame) { mine.CompareAndSwap(nil, &f) },
		Finalize: func(f agen.Frame) {
			if p := mine.Load(); p != nil && *p == f {
				closes.Add(1)
			}
			go f.Close(context.Background()) // also the abandoned frames of other tests
		},
	})
	var ran atomic.Int32
	func() {
		g := finalize.NewCollecting(func() { ran.Add(1) })
		g.Next()
		g.Next() // the last use of g: the body collects garbage while it runs
	}()
	eventually(t, "the deferred call after the generator was dropped", func() bool { return ran.Load() == 1 })
	require.Equal(t, int32(1), closes.Load(), "finalized once, after it stopped running")
}

func setHooks(t *testing.T, h agen.Hooks) {
	prev := agen.SetHooks(h)
	t.Cleanup(func() { agen.SetHooks(prev) })
}
