package cpyasyncignoredclose

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
}
