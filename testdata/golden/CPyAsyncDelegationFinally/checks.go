package cpyasyncdelegationfinally

// This file checks Python's documented result of
// test_handing_exception_while_delegating_close, async, on the generated
// generators and on the reference driver alike.

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

var checks = difftest.Suite{
	difftest.Check("python/handing_exception_while_delegating_close", func(t *testing.T) {
		difftest.BothAsync(t,
			func(tr *difftest.Trace) gen {
				return delegatesToExplodingGen(tr, func() gen { return explodingGen(tr) })
			},
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
				delegatesToExploding(y, tr, func() gen { return explodingRef(tr) })
				return nil
			},
			func(t *testing.T, tr *difftest.Trace, g gen) {
				ctx := context.Background()
				for want := range 2 {
					v, err := g.Next(ctx)
					require.NoError(t, err)
					require.Equal(t, want, v)
				}
				require.PanicsWithValue(t, "nybbles have exploded with delight", func() { g.Close(ctx) })
				assert.Equal(t, []string{"Starting g1", "Starting g2", "Finishing g2", "Finishing g1 (5 <nil>)"}, tr.Events())
				_, err := g.Next(ctx)
				require.ErrorIs(t, err, agen.Done)
			})
	}),
}
