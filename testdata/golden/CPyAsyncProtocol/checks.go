package cpyasyncprotocol

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

// next requires the next value to be want.
func next(t *testing.T, g gen, want int) {
	t.Helper()
	v, err := g.Next(bg)
	require.NoError(t, err)
	require.Equal(t, want, v)
}

// send requires Send(s) to yield want.
func send(t *testing.T, g gen, s, want int) {
	t.Helper()
	v, err := g.Send(bg, s)
	require.NoError(t, err)
	require.Equal(t, want, v)
}

// done requires the generator to have ended: StopAsyncIteration.
func done(t *testing.T, g gen) {
	t.Helper()
	_, err := g.Next(bg)
	require.ErrorIs(t, err, agen.Done)
}

// check returns the check of a body.
func check(name string, g func(*difftest.Trace) gen, b body, fn func(t *testing.T, tr *difftest.Trace, g gen)) difftest.Case {
	return difftest.Check(name, func(t *testing.T) { difftest.BothAsync(t, g, b, fn) })
}

var checks = difftest.Suite{
	// test_async_gen_iteration_01: [123, 456, 789]; a is None.
	check("python/iteration01",
		func(tr *difftest.Trace) gen { return iteration01Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { iteration01(y, tr); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			var got []int
			for v, err := range g.All(bg) {
				require.NoError(t, err)
				got = append(got, v)
			}
			assert.Equal(t, []int{123, 456, 789}, got)
			assert.Equal(t, []string{"a = 0"}, tr.Events())
		}),
	// test_async_gen_iteration_02: the first __anext__ is pending at the
	// await, then 123; the second is pending, then StopAsyncIteration.
	check("python/iteration02",
		func(tr *difftest.Trace) gen { return iteration02Gen(tr, true) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { iteration02(y, tr, true); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			a := g.ANext()
			_, _, ready := a.Poll(bg, difftest.NoWaker)
			require.False(t, ready, "pending at the await")
			v, err, ready := a.Poll(bg, difftest.NoWaker)
			require.True(t, ready)
			require.NoError(t, err)
			require.Equal(t, 123, v)
			a = g.ANext()
			_, _, ready = a.Poll(bg, difftest.NoWaker)
			require.False(t, ready, "pending at the await")
			_, err, ready = a.Poll(bg, difftest.NoWaker)
			require.True(t, ready)
			require.ErrorIs(t, err, agen.Done)
		}),
	// test_async_gen_exception_03: AwaitException out of to_list.
	check("python/exception03",
		func(tr *difftest.Trace) gen { return exception03Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return exception03(y, tr) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			next(t, g, 123)
			_, err := g.Next(bg)
			require.ErrorIs(t, err, errAwait)
			done(t, g)
		}),
	// test_async_gen_exception_04: ZeroDivisionError out of __anext__.
	check("python/exception04",
		func(tr *difftest.Trace) gen { return exception04Gen(tr, 0) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { exception04(y, tr, 0); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			next(t, g, 123)
			require.PanicsWithError(t, "runtime error: integer divide by zero", func() { g.Next(bg) })
			done(t, g)
		}),
	// test_async_gen_asyncio_anext_04, run1 and run2.
	check("python/anext04/run1",
		func(tr *difftest.Trace) gen { return anext04Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { anext04(y, tr); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			for _, want := range []int{1, 2, 3, 4} {
				next(t, g, want)
			}
			done(t, g)
			done(t, g)
		}),
	check("python/anext04/run2",
		func(tr *difftest.Trace) gen { return anext04Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { anext04(y, tr); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			next(t, g, 1)
			next(t, g, 2)
			v, err := g.Throw(bg, errZero)
			require.NoError(t, err)
			require.Equal(t, 1000, v)
			next(t, g, 4)
			done(t, g)
		}),
	// test_async_gen_asyncio_anext_05: 1, 10, 1200.
	check("python/anext05",
		func(tr *difftest.Trace) gen { return anext05Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { anext05(y, tr); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			next(t, g, 1)
			send(t, g, 10, 10)
			send(t, g, 12, 1200)
			done(t, g)
		}),
	// test_async_gen_asyncio_anext_06: asend past the bare except is
	// StopAsyncIteration, DONE = 1.
	check("python/anext06",
		func(tr *difftest.Trace) gen { return catchAllGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { catchAll(y, tr); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			send(t, g, 0, 0)
			_, err := g.Send(bg, 0)
			require.ErrorIs(t, err, agen.Done)
			assert.Equal(t, []string{"DONE", "deferred"}, tr.Events())
		}),
	// test_async_gen_asyncio_athrow_03: athrow(ValueError) caught by the
	// bare except, then StopAsyncIteration.
	check("python/athrow03",
		func(tr *difftest.Trace) gen { return catchAllGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { catchAll(y, tr); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			send(t, g, 0, 0)
			_, err := g.Throw(bg, errZero)
			require.ErrorIs(t, err, agen.Done)
			assert.Equal(t, []string{"caught ZeroDivisionError", "DONE", "deferred"}, tr.Events())
		}),
	// test_async_gen_asyncio_aclose_10: aclose returns None. Python's bare
	// except catches GeneratorExit and runs DONE = 1; per SPEC §1 Close
	// unwinds at YieldErr: only the deferred call runs.
	check("spec/aclose10",
		func(tr *difftest.Trace) gen { return catchAllGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { catchAll(y, tr); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			send(t, g, 0, 0)
			require.NoError(t, g.Close(bg))
			assert.Equal(t, []string{"deferred"}, tr.Events())
			done(t, g)
		}),
	// test_async_gen_asyncio_athrow_01: 1, then 2000 after FooEr, then
	// StopAsyncIteration; DONE = 1.
	check("python/athrow01",
		func(tr *difftest.Trace) gen { return athrow01Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { athrow01(y, tr); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			send(t, g, 0, 1)
			v, err := g.Throw(bg, errZero)
			require.NoError(t, err)
			require.Equal(t, 2000, v)
			_, err = g.Send(bg, 0)
			require.ErrorIs(t, err, agen.Done)
			assert.Equal(t, []string{"caught ZeroDivisionError", "DONE = 1"}, tr.Events())
		}),
	// test_async_gen_asyncio_asend_01: 1, 200, StopAsyncIteration; DONE = 1.
	check("python/asend01",
		func(tr *difftest.Trace) gen { return asend01Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { asend01(y, tr); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			send(t, g, 0, 1)
			send(t, g, 100, 200)
			_, err := g.Send(bg, 0)
			require.ErrorIs(t, err, agen.Done)
			assert.Equal(t, []string{"DONE = 1"}, tr.Events())
		}),
	// test_async_gen_asyncio_asend_02: ZeroDivisionError from asend(100)
	// after the finally ran; DONE = 1.
	check("python/asend02",
		func(tr *difftest.Trace) gen { return asend02Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return asend02(y, tr) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			send(t, g, 0, 1)
			_, err := g.Send(bg, 100)
			require.ErrorIs(t, err, errZero)
			assert.Equal(t, []string{"DONE = 1"}, tr.Events())
			done(t, g)
		}),
	// test_async_gen_asyncio_asend_03 and _athrow_02: the cancellation
	// reaches the consumer's asend/athrow after the finally ran.
	check("python/asend03",
		func(tr *difftest.Trace) gen { return asend03Gen(tr, false) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return asend03(y, tr, false) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			send(t, g, 0, 1)
			ctx, cancel := difftest.StallContext()
			defer cancel()
			_, err := g.Send(ctx, 100)
			require.ErrorIs(t, err, context.Canceled)
			assert.Equal(t, []string{"cancelled: context canceled", "DONE = 1 (finally's await: context canceled)"}, tr.Events())
			done(t, g)
		}),
	check("python/athrow02",
		func(tr *difftest.Trace) gen { return asend03Gen(tr, true) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return asend03(y, tr, true) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			send(t, g, 0, 1)
			ctx, cancel := difftest.StallContext()
			defer cancel()
			_, err := g.Throw(ctx, errZero)
			require.ErrorIs(t, err, context.Canceled)
			assert.Equal(t, []string{"cancelled: context canceled", "DONE = 1 (finally's await: context canceled)"}, tr.Events())
			done(t, g)
		}),
	// test_async_gen_asyncio_aclose_07 and _08: aclose at yield 1 runs the
	// finally's awaits; DONE == 1.
	check("python/aclose07",
		func(tr *difftest.Trace) gen { return aclose07Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { aclose07(y, tr); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			next(t, g, 1)
			a := g.AClose()
			_, _, ready := a.Poll(bg, difftest.NoWaker)
			require.False(t, ready, "pending at the finally's first await")
			_, _, ready = a.Poll(bg, difftest.NoWaker)
			require.False(t, ready, "pending at the finally's second await")
			_, err, ready := a.Poll(bg, difftest.NoWaker)
			require.True(t, ready)
			require.NoError(t, err)
			assert.Equal(t, []string{"DONE += 1"}, tr.Events())
			done(t, g)
		}),
	// test_async_gen_asyncio_aclose_12: the finally catches the task's
	// ZeroDivisionError; DONE = 1.
	check("python/aclose12",
		func(tr *difftest.Trace) gen { return aclose12Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { aclose12(y, tr); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			next(t, g, 1)
			require.NoError(t, g.Close(bg))
			assert.Equal(t, []string{"DONE = 1"}, tr.Events())
		}),
	// test_async_gen_exception_05: Python turns StopAsyncIteration raised
	// in the body into RuntimeError; a body returning agen.Done ends the
	// generator.
	check("spec/exception05",
		func(tr *difftest.Trace) gen { return exception05Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return exception05(y, tr) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			next(t, g, 123)
			done(t, g)
			done(t, g)
		}),
}
