package emit_test

// This file tests the finalization of generated generators.

import (
	"context"
	"fmt"
	"runtime"
	"sync"
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

// An abandoned generated async generator with a pending deferred call is
// closed after its handle becomes unreachable, on a goroutine when it was
// not resumed on a loop; the hooks saw it start.
func TestAbandonedAsyncGeneratorIsClosed(t *testing.T) {
	var ran atomic.Int32
	func() {
		g := finalize.NewAsync(func() { ran.Add(1) }, agen.NewFuture[int]())
		_, err := g.Next(context.Background())
		require.NoError(t, err)
	}()
	eventually(t, "the deferred call of the abandoned async generator", func() bool { return ran.Load() == 1 })
}

// An async generator first resumed on a loop and abandoned there, waiting
// at an await, is closed as a task of that loop: its deferred call runs on
// the loop's goroutine, while the loop runs.
func TestAbandonedAsyncGeneratorIsClosedOnItsLoop(t *testing.T) {
	l := agen.NewLoop()
	ranOnLoop := make(chan bool, 1)
	var loopGoroutine atomic.Bool
	func() {
		g := finalize.NewAsync(func() { ranOnLoop <- loopGoroutine.Load() }, agen.NewFuture[int]())
		agen.Spawn(l, g.ANext())
		require.NoError(t, l.Run(context.Background()))
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	keepRunning := agen.NewFuture[agen.None]()
	agen.Spawn(l, agen.AwaitableFunc[agen.None](func(ctx context.Context, w agen.Waker) (agen.None, error, bool) {
		loopGoroutine.Store(true) // Run polls every task on its own goroutine
		return keepRunning.Poll(ctx, w)
	}))
	go func() { // collect garbage until the close ran, or give up
		defer keepRunning.Resolve(agen.None{})
		for deadline := time.Now().Add(5 * time.Second); len(ranOnLoop) == 0 && time.Now().Before(deadline); {
			runtime.GC()
			time.Sleep(time.Millisecond)
		}
	}()
	require.NoError(t, l.Run(ctx))
	require.Len(t, ranOnLoop, 1, "the abandoned generator was never closed")
	require.True(t, <-ranOnLoop, "the deferred call ran on the loop")
}

// Shutdown closes every unfinished generated async generator first resumed
// on the loop, and reports what their deferred calls panicked with; a
// finished one, or one abandoned with nothing to finalize, is not kept.
func TestShutdownClosesGeneratedAsyncGenerators(t *testing.T) {
	l := agen.NewLoop()
	var ran atomic.Int32
	pending := agen.NewFuture[int]()
	a := finalize.NewAsync(func() { ran.Add(1) }, pending)
	b := finalize.NewAsyncPanics("boom in b")
	done := finalize.NewAsyncPlain()
	for _, g := range []agen.AsyncGenerator[int, agen.None]{a, b, done} {
		agen.Spawn(l, g.ANext())
	}
	agen.Spawn(l, agen.ForEach(done, func(int) error { return nil }))
	require.NoError(t, l.Run(context.Background()))
	err := l.Shutdown(context.Background())
	require.ErrorContains(t, err, "boom in b")
	require.Equal(t, int32(1), ran.Load(), "a's deferred call ran")
	_, err = a.Next(context.Background())
	require.ErrorIs(t, err, agen.Done, "a is finished")
	require.NoError(t, l.Shutdown(context.Background()), "a second Shutdown has nothing to do")
}

// A generated async generator is seen by FirstIter; one with no deferred
// calls is never finalized. A sync generator with no deferred calls is not
// seen at all: it pays nothing.
func TestHooksSeeAsyncGeneratorsAndSyncOnesWithDefers(t *testing.T) {
	var mu sync.Mutex
	seen := map[string]int{}
	setHooks(t, agen.Hooks{
		FirstIter: func(f agen.Frame) {
			mu.Lock()
			seen[fmt.Sprintf("first %T", f)]++
			mu.Unlock()
		},
		Finalize: func(f agen.Frame) {
			mu.Lock()
			seen[fmt.Sprintf("final %T", f)]++
			mu.Unlock()
			go f.Close(context.Background())
		},
	})
	func() {
		g := finalize.NewAsyncPlain()
		_, err := g.Next(context.Background())
		require.NoError(t, err)
		s := finalize.NewPlain()
		s.Next()
	}()
	for range 10 {
		runtime.GC()
	}
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	require.Equal(t, 1, seen["first *finalize.asyncPlainGeneratorFrame"], "FirstIter saw the async generator")
	require.Zero(t, seen["final *finalize.asyncPlainGeneratorFrame"], "nothing to finalize")
	require.Zero(t, seen["first *finalize.plainGeneratorFrame"], "a sync generator without deferred calls is not seen")
}

// An abandoned generated async generator whose deferred function awaits,
// dropped mid-body and never resumed on a loop, is closed on a goroutine
// with context.Background(): its deferred function waits for a pending
// awaitable, resolved only once the close has started, and runs to its end.
func TestAbandonedAsyncGeneratorAwaitsInCleanup(t *testing.T) {
	started := make(chan struct{})
	type result struct {
		ctx context.Context
		v   int
		err error
	}
	done := make(chan result, 1)
	cleanup := agen.NewFuture[int]()
	func() {
		g := finalize.NewAsyncAwaitingCleanup(func() { close(started) }, cleanup,
			func(ctx context.Context, v int, err error) { done <- result{ctx, v, err} })
		v, err := g.Next(context.Background())
		require.NoError(t, err)
		require.Equal(t, 1, v)
	}()
	eventually(t, "the close of the abandoned generator", func() bool {
		select {
		case <-started:
			return true
		default:
			return false
		}
	})
	require.Empty(t, done, "the cleanup waits for its awaitable")
	cleanup.Resolve(7)
	select {
	case r := <-done:
		require.NoError(t, r.err)
		require.Equal(t, 7, r.v, "the cleanup got the awaited value")
		require.Equal(t, context.Background(), r.ctx, "closed with context.Background()")
	case <-time.After(5 * time.Second):
		t.Fatal("the cleanup never finished its await")
	}
}

// An abandoned generated async generator whose deferred function awaits,
// first resumed on a loop with virtual time and dropped mid-body, is
// closed as a task of that loop: its deferred function's hour-long Sleep
// passes on the loop's clock, on the loop's goroutine.
func TestAbandonedAsyncGeneratorAwaitsInCleanupOnItsLoop(t *testing.T) {
	l := agen.NewLoop(agen.WithVirtualTime())
	var loopGoroutine atomic.Bool
	type result struct {
		onLoop bool
		err    error
	}
	done := make(chan result, 1)
	finished := agen.NewFuture[agen.None]()
	func() {
		hour := agen.Sleep(time.Hour)
		sleep := agen.AwaitableFunc[int](func(ctx context.Context, w agen.Waker) (int, error, bool) {
			_, err, ready := hour.Poll(ctx, w)
			return 0, err, ready
		})
		g := finalize.NewAsyncAwaitingCleanup(func() {}, sleep, func(_ context.Context, _ int, err error) {
			done <- result{loopGoroutine.Load(), err}
			finished.Resolve(agen.None{})
		})
		agen.Spawn(l, g.ANext())
		require.NoError(t, l.Run(context.Background()))
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	agen.Spawn(l, agen.AwaitableFunc[agen.None](func(ctx context.Context, w agen.Waker) (agen.None, error, bool) {
		loopGoroutine.Store(true) // Run polls every task on its own goroutine
		return finished.Poll(ctx, w)
	}))
	stop := make(chan struct{})
	defer close(stop)
	go func() { // collect garbage until the close ran
		for {
			runtime.GC()
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
			}
		}
	}()
	start := l.Now()
	require.NoError(t, l.Run(ctx), "the abandoned generator was never closed")
	r := <-done
	require.NoError(t, r.err)
	require.True(t, r.onLoop, "the deferred function ran on the loop")
	require.Equal(t, time.Hour, l.Now().Sub(start), "its Sleep passed on the loop's virtual clock")
}
