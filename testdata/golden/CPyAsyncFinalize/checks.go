package cpyasyncfinalize

// This file checks Python's documented results of the tests ported here,
// on the generated generators and on the reference driver alike.

import (
	"context"
	"errors"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

var bg = context.Background()

// reference runs body under agen.GoroutineAsync.
func reference(body func(y *agen.AsyncYielder[int, int])) gen {
	return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { body(y); return nil })
}

// both runs fn with a maker of the generated generators (true) and of the
// reference ones (false).
func both(t *testing.T, fn func(t *testing.T, generated bool)) {
	t.Run("generated", func(t *testing.T) { fn(t, true) })
	t.Run("reference", func(t *testing.T) { fn(t, false) })
}

var checks = difftest.Suite{
	// test_async_gen_asyncio_shutdown_01: two tasks iterate waiters; the
	// tasks are cancelled while the waiters wait (here: the loop's context
	// ends), which runs their finally blocks: finalized == 2, and
	// shutdown_asyncgens has nothing left to do.
	difftest.Check("python/shutdown01", func(t *testing.T) {
		both(t, func(t *testing.T, generated bool) {
			tr := &difftest.Trace{}
			waiterOf := func() gen {
				if generated {
					return waiterGen(tr, agen.NewFuture[int]())
				}
				return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error {
					return waiter(y, tr, agen.NewFuture[int]())
				})
			}
			loop := agen.NewLoop()
			wait := func() agen.Awaitable[agen.None] {
				return agen.ForEach(waiterOf(), func(int) error { return nil })
			}
			t1, t2 := agen.Spawn(loop, wait()), agen.Spawn(loop, wait())
			ctx, cancel := context.WithCancel(bg)
			cancel()
			require.ErrorIs(t, loop.Run(ctx), context.Canceled)
			for _, task := range []*agen.Task[agen.None]{t1, t2} {
				_, err := task.Result()
				require.ErrorIs(t, err, context.Canceled)
			}
			fin := "finalized (finally's await: context canceled)"
			assert.Equal(t, []string{fin, fin}, tr.Events())
			require.NoError(t, loop.Shutdown(bg))
			assert.Len(t, tr.Events(), 2)
		})
	}),
	// loop.shutdown_asyncgens closes the generators left suspended at a
	// yield (the reason of test_async_gen_asyncio_shutdown_02 and
	// _exception_01: async for ... break does not close in Python), and
	// their finally blocks await.
	difftest.Check("python/shutdownAsyncgens", func(t *testing.T) {
		both(t, func(t *testing.T, generated bool) {
			tr := &difftest.Trace{}
			loop := agen.NewLoop()
			var gens []gen
			for range 2 {
				var g gen
				if generated {
					g = suspendedGen(tr)
				} else {
					g = reference(func(y *agen.AsyncYielder[int, int]) { suspended(y, tr) })
				}
				gens = append(gens, g)
				agen.Spawn(loop, g.ANext())
			}
			require.NoError(t, loop.Run(bg))
			assert.Empty(t, tr.Events())
			require.NoError(t, loop.Shutdown(bg))
			fin := "finalized, awaited 3 <nil>"
			assert.Equal(t, []string{fin, fin}, tr.Events())
			for _, g := range gens {
				_, err := g.Next(bg)
				require.ErrorIs(t, err, agen.Done)
			}
		})
	}),
	// test_async_gen_asyncio_shutdown_exception_01: the finally raises
	// while shutdown_asyncgens closes it; the loop's exception handler gets
	// the ZeroDivisionError (here: Shutdown's error).
	difftest.Check("python/shutdownException01", func(t *testing.T) {
		both(t, func(t *testing.T, generated bool) {
			tr := &difftest.Trace{}
			loop := agen.NewLoop()
			var g gen
			if generated {
				g = raisingGen(tr, 0)
			} else {
				g = reference(func(y *agen.AsyncYielder[int, int]) { raising(y, tr, 0) })
			}
			next := agen.Spawn(loop, g.ANext())
			require.NoError(t, loop.Run(bg))
			v, err := next.Result()
			require.NoError(t, err)
			require.Equal(t, 1, v)
			err = loop.Shutdown(bg)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "integer divide by zero")
			assert.Equal(t, []string{"finally"}, tr.Events())
			runtime.KeepAlive(g)
		})
	}),
	// test_async_gen_asyncio_gc_aclose_09: advanced twice and dropped, the
	// generator is closed by the runtime as a task of its loop, and its
	// finally's awaits run: DONE == 1.
	difftest.Check("python/gcAclose09", func(t *testing.T) {
		both(t, func(t *testing.T, generated bool) {
			var done atomic.Bool
			tr := &difftest.Trace{}
			loop := agen.NewLoop()
			func() {
				var g gen
				if generated {
					g = foreverGen(tr)
				} else {
					g = reference(func(y *agen.AsyncYielder[int, int]) { forever(y, tr) })
				}
				first, second := agen.Spawn(loop, g.ANext()), agen.Spawn(loop, g.ANext())
				require.NoError(t, loop.Run(bg))
				for _, task := range []*agen.Task[int]{first, second} {
					v, err := task.Result()
					require.NoError(t, err)
					require.Equal(t, 1, v)
				}
			}()
			for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline) && !done.Load(); {
				runtime.GC()
				require.NoError(t, loop.Run(bg))
				done.Store(len(tr.Events()) > 0)
				time.Sleep(time.Millisecond)
			}
			assert.Equal(t, []string{"DONE = 1"}, tr.Events())
		})
	}),
	// A generator dropped while an operation on it waits at an await (the
	// consumer abandoned its asend: test_async_gen_asend_close_runtime_error's
	// situation) is closed by the finalizer, which takes the operation
	// over: its finally runs, and awaits.
	difftest.Check("python/gcWhileAwaiting", func(t *testing.T) {
		both(t, func(t *testing.T, generated bool) {
			tr := &difftest.Trace{}
			func() {
				never := agen.NewFuture[int]()
				var g gen
				if generated {
					g = waitsForeverGen(tr, never)
				} else {
					g = reference(func(y *agen.AsyncYielder[int, int]) { waitsForever(y, tr, never) })
				}
				v, err := g.Next(bg)
				require.NoError(t, err)
				require.Equal(t, 1, v)
				_, _, ready := g.ANext().Poll(bg, difftest.NoWaker)
				require.False(t, ready)
			}()
			for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline) && len(tr.Events()) == 0; {
				runtime.GC()
				time.Sleep(time.Millisecond)
			}
			assert.Equal(t, []string{"finally awaited 4 <nil>"}, tr.Events())
		})
	}),
	// async with aclosing(gen()) as g: async for v in g: raise: ForEach
	// closes the generator when fn fails; its finally awaits on the loop.
	difftest.Check("python/forEachCloses", func(t *testing.T) {
		both(t, func(t *testing.T, generated bool) {
			tr := &difftest.Trace{}
			var g gen
			if generated {
				g = suspendedGen(tr)
			} else {
				g = reference(func(y *agen.AsyncYielder[int, int]) { suspended(y, tr) })
			}
			errStop := errors.New("stop")
			loop := agen.NewLoop()
			task := agen.Spawn(loop, agen.ForEach(g, func(v int) error {
				tr.Log("got %d", v)
				return errStop
			}))
			require.NoError(t, loop.Run(bg))
			_, err := task.Result()
			require.ErrorIs(t, err, errStop)
			assert.Equal(t, []string{"got 1", "finalized, awaited 3 <nil>"}, tr.Events())
			_, err = g.Next(bg)
			require.ErrorIs(t, err, agen.Done)
		})
	}),
}
