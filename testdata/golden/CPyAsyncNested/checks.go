package cpyasyncnested

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

// list drains g as to_list does.
func list(t *testing.T, g gen) []int {
	t.Helper()
	var got []int
	for v, err := range g.All(context.Background()) {
		require.NoError(t, err)
		got = append(got, v)
	}
	return got
}

var checks = difftest.Suite{
	// test_async_gen_exception_11: [1, 2, 3, 'STOP'], as the sync wrapper.
	difftest.Check("python/exception11", func(t *testing.T) {
		difftest.BothAsync(t,
			func(tr *difftest.Trace) gen { return wrapperGen(tr, func() gen { return innerGen(tr) }) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
				wrapper(y, tr, func() gen { return innerRef(tr) })
				return nil
			},
			func(t *testing.T, tr *difftest.Trace, g gen) {
				assert.Equal(t, []int{1, 2, 3}, list(t, g))
				assert.Equal(t, []string{"asend: 10 <nil>", "inner finally", "caught GeneratorExit"}, tr.Events())
			})
	}),
	// test_async_gen_expression_01: [i * 2 for i in range(10)].
	difftest.Check("python/expression01", func(t *testing.T) {
		difftest.BothAsync(t,
			func(tr *difftest.Trace) gen { return doubledGen(tr, arangeGen(tr, 10)) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
				return doubled(y, tr, arangeGen(tr, 10))
			},
			func(t *testing.T, tr *difftest.Trace, g gen) {
				assert.Equal(t, []int{0, 2, 4, 6, 8, 10, 12, 14, 16, 18}, list(t, g))
			})
	}),
	// test_async_gen_expression_02: [i * 2 for i in range(1, 10)].
	difftest.Check("python/expression02", func(t *testing.T) {
		difftest.BothAsync(t,
			func(tr *difftest.Trace) gen { return filteredGen(tr, 10) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { filtered(y, tr, 10); return nil },
			func(t *testing.T, tr *difftest.Trace, g gen) {
				assert.Equal(t, []int{2, 4, 6, 8, 10, 12, 14, 16, 18}, list(t, g))
			})
	}),
	// aclosing: closing the outer generator early awaits the inner one's
	// close, whose finally awaits.
	difftest.Check("python/aclosing", func(t *testing.T) {
		difftest.BothAsync(t,
			func(tr *difftest.Trace) gen { return aclosingGen(tr, func() gen { return slowInnerGen(tr) }) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
				return aclosing(y, tr, func() gen { return slowInnerRef(tr) })
			},
			func(t *testing.T, tr *difftest.Trace, g gen) {
				v, err := g.Next(context.Background())
				require.NoError(t, err)
				require.Equal(t, 100, v)
				require.NoError(t, g.Close(context.Background()))
				assert.Equal(t, []string{"inner closing awaited 5 <nil>", "inner closed: <nil>"}, tr.Events())
				_, err = g.Next(context.Background())
				require.ErrorIs(t, err, agen.Done)
			})
	}),
}
