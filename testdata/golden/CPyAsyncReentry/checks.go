package cpyasyncreentry

// This file checks Python's documented results of the tests ported here,
// on the generated generators and on the reference driver alike.

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

var bg = context.Background()

// poll polls a once by hand.
func poll[T any](a agen.Awaitable[T]) (T, error, bool) { return a.Poll(bg, difftest.NoWaker) }

// both runs fn on the generated and the reference generator that mk makes.
func both(t *testing.T, mk func(tr *difftest.Trace, generated bool) gen, fn func(t *testing.T, tr *difftest.Trace, g gen)) {
	for _, generated := range []bool{true, false} {
		name := map[bool]string{true: "generated", false: "reference"}[generated]
		t.Run(name, func(t *testing.T) {
			tr := &difftest.Trace{}
			fn(t, tr, mk(tr, generated))
		})
	}
}

// spinners makes spinner generators awaiting the futures in turn.
func spinners(futs ...*agen.Future[int]) func(tr *difftest.Trace, generated bool) gen {
	return func(tr *difftest.Trace, generated bool) gen {
		i := 0
		wait := func() agen.Awaitable[int] {
			f := futs[i]
			i++
			return f
		}
		if generated {
			return spinnerGen(tr, wait)
		}
		return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { spinner(y, tr, wait); return nil })
	}
}

func twoValuesOf(tr *difftest.Trace, generated bool) gen {
	if generated {
		return twoValuesGen(tr)
	}
	return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { twoValues(y, tr); return nil })
}

// meanwhile requires every other operation to find g running.
func meanwhile(t *testing.T, g gen) agen.Awaitable[int] {
	t.Helper()
	gen2 := g.ASend(0)
	_, err, ready := poll(gen2)
	require.True(t, ready, "asend: already running, at once")
	require.ErrorIs(t, err, agen.ErrRunning)
	_, err, ready = poll(g.AThrow(errMy))
	require.True(t, ready)
	require.ErrorIs(t, err, agen.ErrRunning)
	_, err, ready = poll(g.AClose())
	require.True(t, ready)
	require.ErrorIs(t, err, agen.ErrRunning)
	_, err = g.Next(bg)
	require.ErrorIs(t, err, agen.ErrRunning)
	require.ErrorIs(t, g.Close(bg), agen.ErrRunning)
	return gen2
}

var checks = difftest.Suite{
	// test_async_gen_exception_12: anext of itself raises "already
	// running" out of the consumer's __anext__.
	difftest.Check("python/exception12", func(t *testing.T) {
		both(t, func(tr *difftest.Trace, generated bool) gen {
			me := &self{}
			if generated {
				me.g = exception12Gen(tr, me)
			} else {
				me.g = agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { return exception12(y, tr, me) })
			}
			return me.g
		}, func(t *testing.T, tr *difftest.Trace, g gen) {
			_, err := g.Next(bg)
			require.ErrorIs(t, err, agen.ErrRunning)
			assert.Equal(t, []string{"anext of itself: ErrRunning=true"}, tr.Events())
			_, err = g.Next(bg)
			require.ErrorIs(t, err, agen.Done)
		})
	}),
	// test_async_gen_asend_throw_concurrent_with_send,
	// test_async_gen_athrow_throw_concurrent_with_send,
	// test_asend_send_already_running, test_athrow_send_already_running:
	// while asend waits at an await, asend, athrow and aclose fail with
	// "already running" and the first asend goes on unharmed. Polled
	// again, the failed awaitable gives its result again (Python: "cannot
	// reuse already awaited"; agen's Awaitable contract: ready keeps
	// returning its value).
	difftest.Check("python/concurrentWithSend", func(t *testing.T) {
		var pending *agen.Future[int]
		both(t, func(tr *difftest.Trace, generated bool) gen {
			f1, f2 := agen.NewFuture[int](), agen.NewFuture[int]()
			f1.Resolve(1)
			f2.Resolve(2)
			pending = agen.NewFuture[int]()
			return spinners(pending, f1, f2)(tr, generated)
		}, func(t *testing.T, tr *difftest.Trace, g gen) {
			gen := g.ASend(0)
			_, _, ready := poll(gen)
			require.False(t, ready)
			gen2 := meanwhile(t, g)
			pending.Resolve(5)
			v, err, ready := poll(gen)
			require.True(t, ready)
			require.NoError(t, err)
			require.Equal(t, 5, v)
			_, err, _ = poll(gen2)
			require.ErrorIs(t, err, agen.ErrRunning)
			v, err = g.Throw(bg, errMy)
			require.NoError(t, err)
			require.Equal(t, 1, v)
			assert.Equal(t, []string{"awaited 5 <nil>", "caught MyExc", "awaited 1 <nil>"}, tr.Events())
		})
	}),
	// test_async_gen_asend_throw_concurrent_with_throw and
	// test_async_gen_athrow_throw_concurrent_with_throw: the same while an
	// athrow, caught, waits at an await.
	difftest.Check("python/concurrentWithThrow", func(t *testing.T) {
		var pending *agen.Future[int]
		both(t, func(tr *difftest.Trace, generated bool) gen {
			f1 := agen.NewFuture[int]()
			f1.Resolve(1)
			pending = agen.NewFuture[int]()
			return spinners(f1, pending, f1)(tr, generated)
		}, func(t *testing.T, tr *difftest.Trace, g gen) {
			v, err := g.Next(bg)
			require.NoError(t, err)
			require.Equal(t, 1, v)
			gen := g.AThrow(errMy)
			_, _, ready := poll(gen)
			require.False(t, ready)
			meanwhile(t, g)
			pending.Resolve(6)
			v, err, ready = poll(gen)
			require.True(t, ready)
			require.NoError(t, err)
			require.Equal(t, 6, v)
			assert.Equal(t, []string{"awaited 1 <nil>", "caught MyExc", "awaited 6 <nil>"}, tr.Events())
		})
	}),
	// test_async_gen_await_same_anext_coro_twice and _aclose_coro_twice:
	// Python raises "cannot reuse already awaited"; an agen awaitable
	// polled again returns its result again, and runs nothing.
	difftest.Check("spec/awaitSameTwice", func(t *testing.T) {
		both(t, twoValuesOf, func(t *testing.T, tr *difftest.Trace, g gen) {
			nxt := g.ANext()
			for range 2 {
				v, err, ready := poll(nxt)
				require.True(t, ready)
				require.NoError(t, err)
				require.Equal(t, 1, v)
			}
			cl := g.AClose()
			for range 2 {
				_, err, ready := poll(cl)
				require.True(t, ready)
				require.NoError(t, err)
			}
			assert.Equal(t, []string{"started", "finally"}, tr.Events())
		})
	}),
	// test_async_gen_aclose_twice_with_different_coros: aclose of a fresh
	// generator, twice; nothing runs, and it is finished.
	difftest.Check("python/acloseTwice", func(t *testing.T) {
		both(t, twoValuesOf, func(t *testing.T, tr *difftest.Trace, g gen) {
			require.NoError(t, g.Close(bg))
			require.NoError(t, g.Close(bg))
			_, err := g.Next(bg)
			require.ErrorIs(t, err, agen.Done)
			assert.Empty(t, tr.Events())
		})
	}),
	// test_async_gen_aclose_after_exhaustion.
	difftest.Check("python/acloseAfterExhaustion", func(t *testing.T) {
		both(t, twoValuesOf, func(t *testing.T, tr *difftest.Trace, g gen) {
			var got []int
			for v, err := range g.All(bg) {
				require.NoError(t, err)
				got = append(got, v)
			}
			assert.Equal(t, []int{1, 2}, got)
			require.NoError(t, g.Close(bg))
			assert.Equal(t, []string{"started", "finally"}, tr.Events())
		})
	}),
	// test_async_gen_throw_custom_same_athrow_coro_twice: athrow on a fresh
	// generator raises the exception without running the body (SPEC
	// §3.4), and it is finished.
	difftest.Check("python/athrowFresh", func(t *testing.T) {
		both(t, twoValuesOf, func(t *testing.T, tr *difftest.Trace, g gen) {
			_, err := g.Throw(bg, errMy)
			require.ErrorIs(t, err, errMy)
			_, err = g.Throw(bg, errMy)
			require.ErrorIs(t, err, agen.Done, "athrow on a finished generator")
			_, err = g.Next(bg)
			require.ErrorIs(t, err, agen.Done)
			assert.Empty(t, tr.Events())
		})
	}),
	// test_asyncgen_nonstarted_hooks_are_cancellable and
	// test_async_gen_asyncio_shutdown_02: break out of async for closes
	// the generator; nothing is reported.
	difftest.Check("python/breakCloses", func(t *testing.T) {
		both(t, twoValuesOf, func(t *testing.T, tr *difftest.Trace, g gen) {
			for v, err := range g.All(bg) {
				require.NoError(t, err)
				require.Equal(t, 1, v)
				break
			}
			assert.Equal(t, []string{"started", "finally"}, tr.Events())
			_, err := g.Next(bg)
			require.ErrorIs(t, err, agen.Done)
		})
	}),
	// test_attempted_yield_from_loop, async: "already executing" comes
	// out of the delegation as its error.
	difftest.Check("python/yieldFromSelf", func(t *testing.T) {
		both(t, func(tr *difftest.Trace, generated bool) gen {
			me := &self{}
			if generated {
				me.g = yieldFromSelfGen(tr, me)
			} else {
				me.g = agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { return yieldFromSelf(y, tr, me) })
			}
			return me.g
		}, func(t *testing.T, tr *difftest.Trace, g gen) {
			for want := 1; want <= 2; want++ {
				v, err := g.Next(bg)
				require.NoError(t, err)
				require.Equal(t, want, v)
			}
			assert.Equal(t, []string{"yield from itself: ErrRunning=true"}, tr.Events())
			_, err := g.Next(bg)
			require.ErrorIs(t, err, agen.ErrRunning)
			_, err = g.Next(bg)
			require.ErrorIs(t, err, agen.Done)
		})
	}),
}
