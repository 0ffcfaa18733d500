package cpyasyncignoredclose

// This file checks Python's documented results of the tests ported here,
// on the generated generators and on the reference driver alike.

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

var bg = context.Background()

var checks = difftest.Suite{
	// test_async_gen_asyncio_aclose_06: aclose of a generator whose finally
	// awaits, then yields: "async generator ignored GeneratorExit".
	difftest.Check("python/aclose06", func(t *testing.T) {
		tr := &difftest.Trace{}
		g := ignoringRef(tr)
		v, err := g.Next(bg)
		require.NoError(t, err)
		require.Equal(t, 1, v)
		require.ErrorIs(t, g.Close(bg), agen.ErrIgnoredClose)
		assert.Equal(t, []string{"inner yields in its finally"}, tr.Events())
		_, err = g.Next(bg)
		require.ErrorIs(t, err, agen.Done)
	}),
	// The same through a delegating generator: the error propagates out
	// of the delegator's close, after its own finally ran.
	difftest.Check("python/aclose06/delegated", func(t *testing.T) {
		difftest.BothAsync(t,
			func(tr *difftest.Trace) gen { return delegatesGen(tr, func() gen { return ignoringRef(tr) }) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
				return delegates(y, tr, func() gen { return ignoringRef(tr) })
			},
			func(t *testing.T, tr *difftest.Trace, g gen) {
				v, err := g.Next(bg)
				require.NoError(t, err)
				require.Equal(t, 1, v)
				require.ErrorIs(t, g.Close(bg), agen.ErrIgnoredClose)
				assert.Equal(t, []string{"inner yields in its finally", "outer finally"}, tr.Events())
				_, err = g.Next(bg)
				require.ErrorIs(t, err, agen.Done)
			})
	}),
	// The same awaited in a finally: the error reaches the consumer.
	difftest.Check("python/aclose06/closedInFinally", func(t *testing.T) {
		difftest.BothAsync(t,
			func(tr *difftest.Trace) gen { return closesInFinallyGen(tr, func() gen { return ignoringRef(tr) }) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
				return closesInFinally(y, tr, func() gen { return ignoringRef(tr) })
			},
			func(t *testing.T, tr *difftest.Trace, g gen) {
				v, err := g.Next(bg)
				require.NoError(t, err)
				require.Equal(t, 1, v)
				_, err = g.Next(bg)
				require.ErrorIs(t, err, agen.ErrIgnoredClose, "the end error the finally set")
				assert.Equal(t, []string{"inner yields in its finally", "inner close: " + agen.ErrIgnoredClose.Error()}, tr.Events())
			})
	}),
	// test_async_gen_asyncio_aclose_11, per SPEC: Close at YieldErr
	// unwinds; no "ignored" error, DONE stays 0.
	difftest.Check("spec/aclose11", func(t *testing.T) {
		difftest.BothAsync(t,
			func(tr *difftest.Trace) gen { return catchAllThenYieldGen(tr) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { catchAllThenYield(y, tr); return nil },
			func(t *testing.T, tr *difftest.Trace, g gen) {
				_, err := g.Send(bg, 0)
				require.NoError(t, err)
				require.NoError(t, g.Close(bg))
				assert.Equal(t, []string{"deferred"}, tr.Events())
			})
	}),
	// test_async_gen_exception_07 to _09, for the reference driver only
	// (generated code rejects a yield in a deferred call): the finally
	// yields 2 and 3 while 1 / 0 propagates, which then reaches the
	// consumer: [1, 2, 3, ZeroDivisionError, STOP].
	difftest.Check("python/exception07", func(t *testing.T) {
		zero := 0
		g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error {
			defer func() {
				agen.Await(y, difftest.Later(0))
				y.Yield(2)
				agen.Await(y, difftest.Later(0))
				y.Yield(3)
			}()
			y.Yield(1)
			y.Yield(1 / zero)
			y.Yield(100)
			return nil
		})
		var got []any
		for {
			v, err := func() (v int, err error) {
				defer func() {
					if p := recover(); p != nil {
						err = p.(error)
					}
				}()
				return g.Next(bg)
			}()
			if errors.Is(err, agen.Done) {
				got = append(got, "STOP")
				break
			}
			if err != nil {
				got = append(got, err.Error())
				continue
			}
			got = append(got, v)
		}
		assert.Equal(t, []any{1, 2, 3, "runtime error: integer divide by zero", "STOP"}, got)
	}),
}
