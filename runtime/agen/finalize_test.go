package agen_test

// This file tests finalization and the hooks.

// Finalization (SPEC §3.12) and the hooks of the reference drivers. These
// tests set the global hooks: none of them runs in parallel.

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
)

// setHooks installs h for the rest of the test.
func setHooks(t *testing.T, h agen.Hooks) {
	prev := agen.SetHooks(h)
	t.Cleanup(func() { agen.SetHooks(prev) })
}

// startAndDrop starts a generator of body under d, runs it to its first
// yield and drops it: the generator is unreachable once this returns.
//
//go:noinline
func startAndDrop(d driver, body protoBody) {
	d.start(body, &tracer{})(opNext)
}

// suspendedWithDefer is a body that sets closed in a deferred call and
// stays suspended after its first yield.
func suspendedWithDefer(closed *atomic.Int32) protoBody {
	return func(y yielder, t *tracer) error {
		defer closed.Add(1)
		y.Yield(1)
		y.Yield(2)
		return nil
	}
}

// goroutinesBackTo waits until the number of goroutines is at most
// baseline: the drivers' goroutines ended.
func goroutinesBackTo(t *testing.T, baseline int) {
	t.Helper()
	eventually(t, "the goroutines of the generators to end", func() bool {
		return runtime.NumGoroutine() <= baseline
	})
}

// §3.12: a started, unfinished generator with a pending deferred call that
// becomes unreachable is closed: its deferred call runs and the driver's
// goroutine ends (unlike iter.Pull, nothing leaks).
func TestFinalizeClosesAbandonedGenerators(t *testing.T) {
	for _, d := range drivers {
		t.Run(d.name, func(t *testing.T) {
			baseline := runtime.NumGoroutine()
			const n = 20
			var closed atomic.Int32
			for range n {
				startAndDrop(d, suspendedWithDefer(&closed))
			}
			eventually(t, "the deferred calls of the abandoned generators", func() bool {
				return closed.Load() == n
			})
			goroutinesBackTo(t, baseline)
		})
	}
}

// §3.12: an async generator dropped while its operation, polled by hand,
// waits at an Await is closed as well: nothing can poll that operation any
// more.
func TestFinalizeClosesAsyncGeneratorAbandonedAtAwait(t *testing.T) {
	baseline := runtime.NumGoroutine()
	var closed atomic.Int32
	fut := agen.NewFuture[int]() // never resolved; it holds only the waker
	func() {
		g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error {
			defer closed.Add(1)
			_, err := agen.Await(y, fut)
			return err
		})
		_, _, ok := g.ANext().Poll(context.Background(), &countingWaker{})
		require.False(t, ok)
	}()
	eventually(t, "the deferred call of the abandoned generator", func() bool { return closed.Load() == 1 })
	goroutinesBackTo(t, baseline)
}

// §3.12: FirstIter sees the frame of every generator when it is first
// resumed, before any of its code runs, and only then; the frame closes the
// generator (Close and AClose).
func TestHooksFirstIter(t *testing.T) {
	ctx := context.Background()
	want := []string{
		"firstiter", "start", "Next=1", "Next=2", "defer", "frame Close=nil", "Next=end",
		"firstiter", "start", "Next=1", "defer", "frame AClose=nil true", "Next=end",
		"Close=nil", "s:Throw(e1)=end", "a:Throw(e1)=err(e1)",
	}
	body := func(y yielder, t *tracer) error {
		t.log("start")
		defer t.log("defer")
		y.Yield(1)
		y.Yield(2)
		return nil
	}
	for _, d := range drivers {
		t.Run(d.name, func(t *testing.T) {
			tr := &tracer{}
			var mu sync.Mutex
			var frames []agen.Frame
			setHooks(t, agen.Hooks{FirstIter: func(f agen.Frame) {
				tr.log("firstiter")
				mu.Lock()
				frames = append(frames, f)
				mu.Unlock()
			}})
			frame := func(i int) agen.Frame {
				mu.Lock()
				defer mu.Unlock()
				require.Len(t, frames, i+1)
				return frames[i]
			}

			do := d.start(body, tr)
			do(opNext)
			do(opNext)
			tr.log("frame Close=%s", closeResult(frame(0).Close(ctx)))
			do(opNext)

			do = d.start(body, tr)
			do(opNext)
			_, err, ok := frame(1).AClose().Poll(ctx, &countingWaker{})
			tr.log("frame AClose=%s %v", closeResult(err), ok)
			do(opNext)

			// Operations that resume no code do not call FirstIter.
			d.start(body, tr)(opClose)
			d.start(body, tr)(opThrow(errE1))

			assert.Equal(t, forDriver(want, d.prefix()), tr.trace())
		})
	}
}

// §3.12: a Finalize hook receives the frames of abandoned generators
// instead of the runtime closing them; closing the frame then runs the
// deferred calls and ends the driver's goroutine.
func TestHooksFinalizeReceivesAbandonedFrames(t *testing.T) {
	for _, d := range drivers {
		t.Run(d.name, func(t *testing.T) {
			baseline := runtime.NumGoroutine()
			var mine atomic.Pointer[agen.Frame]
			got := make(chan agen.Frame, 1)
			setHooks(t, agen.Hooks{
				FirstIter: func(f agen.Frame) { mine.Store(&f) },
				Finalize: func(f agen.Frame) {
					if p := mine.Load(); p != nil && *p == f {
						got <- f
						return
					}
					go f.Close(context.Background()) // a frame of another test
				},
			})
			var closed atomic.Int32
			startAndDrop(d, suspendedWithDefer(&closed))

			var f agen.Frame
			eventually(t, "the Finalize hook", func() bool {
				select {
				case f = <-got:
					return true
				default:
					return false
				}
			})
			for range 5 {
				runtime.GC()
				time.Sleep(2 * time.Millisecond)
			}
			assert.Zero(t, closed.Load(), "the runtime closed a frame it handed to the Finalize hook")

			require.NoError(t, f.Close(context.Background()))
			assert.Equal(t, int32(1), closed.Load())
			require.NoError(t, f.Close(context.Background()), "Close is idempotent")
			assert.Equal(t, int32(1), closed.Load())
			goroutinesBackTo(t, baseline)
		})
	}
}

// SetHooks returns the hooks installed before.
func TestSetHooksReturnsPrevious(t *testing.T) {
	var calls atomic.Int32
	first := agen.Hooks{FirstIter: func(agen.Frame) { calls.Add(1) }}
	prev := agen.SetHooks(first)
	t.Cleanup(func() { agen.SetHooks(prev) })
	back := agen.SetHooks(agen.Hooks{})
	require.NotNil(t, back.FirstIter)
	back.FirstIter(nil)
	assert.Equal(t, int32(1), calls.Load())
	assert.Nil(t, back.Finalize)
}

// §3.12: a generator is finalized once its handle is unreachable, but not
// while an operation on it is in progress, even when the consumer drops
// the handle during that operation (agen.Goroutine(body).Next(), or a last
// g.Close()): finalizing it then would close a running generator.
func TestFinalizeNotWhileOperationInProgress(t *testing.T) {
	ctx := context.Background()
	// Each scenario runs body with the handle dropped during the last
	// operation; body ends suspended at a Yield for "Next", finished for
	// "Close".
	type scenario struct {
		name   string
		closes bool
		run    func(body protoBody, tr *tracer)
	}
	scenarios := []scenario{
		{"Goroutine/Next", false, func(body protoBody, tr *tracer) {
			agen.Goroutine(func(y *agen.Yielder[int, int]) error { return body(y, tr) }).Next()
		}},
		{"GoroutineAsync/Next", false, func(body protoBody, tr *tracer) {
			agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { return body(y, tr) }).Next(ctx)
		}},
		{"Goroutine/Close", true, func(body protoBody, tr *tracer) {
			g := agen.Goroutine(func(y *agen.Yielder[int, int]) error { return body(y, tr) })
			g.Next()
			g.Close()
		}},
		{"GoroutineAsync/Close", true, func(body protoBody, tr *tracer) {
			g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { return body(y, tr) })
			g.Next(ctx)
			g.Close(ctx)
		}},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			baseline := runtime.NumGoroutine()
			var mine atomic.Pointer[agen.Frame]
			var finalized atomic.Pointer[agen.Frame]
			setHooks(t, agen.Hooks{
				FirstIter: func(f agen.Frame) { mine.Store(&f) },
				Finalize: func(f agen.Frame) {
					if p := mine.Load(); p != nil && *p == f {
						finalized.Store(&f)
						return
					}
					go f.Close(context.Background()) // a frame of another test
				},
			})
			collect := func(t *tracer, when string) {
				for range 20 {
					runtime.GC()
					time.Sleep(time.Millisecond)
				}
				t.log("finalized %s: %v", when, finalized.Load() != nil)
			}
			tr := &tracer{}
			var closed atomic.Int32
			sc.run(func(y yielder, t *tracer) error {
				defer closed.Add(1)
				defer func() {
					if sc.closes {
						collect(t, "while closing")
					}
				}()
				if !sc.closes {
					collect(t, "while running")
				}
				y.Yield(1)
				return nil
			}, tr)

			if sc.closes {
				assert.Equal(t, []string{"finalized while closing: false"}, tr.trace())
				assert.Equal(t, int32(1), closed.Load())
				return
			}
			assert.Equal(t, []string{"finalized while running: false"}, tr.trace())
			// Dropped at its yield, it is finalized now.
			eventually(t, "the Finalize hook", func() bool { return finalized.Load() != nil })
			require.NoError(t, (*finalized.Load()).Close(ctx))
			assert.Equal(t, int32(1), closed.Load())
			goroutinesBackTo(t, baseline)
		})
	}
}
