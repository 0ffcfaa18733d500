package asyncrangegenerators

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type nopWaker struct{}

func (nopWaker) Wake() {}

// A range over an async generator's All(ctx) suspends where a value is
// pending, even in a loop body that neither yields nor awaits: it never
// blocks the poll of its consumer.
func TestRangeSuspendsWhereAValueIsPending(t *testing.T) {
	tr := &difftest.Trace{}
	g := sumsGen(tr, sources(true)["generated"], 100)
	next := g.ANext()
	polls := 0
	for {
		v, err, ready := next.Poll(context.Background(), nopWaker{})
		polls++
		if ready {
			require.NoError(t, err)
			assert.Equal(t, 0+1+2+3, v)
			break
		}
		require.Less(t, polls, 100)
	}
	assert.Greater(t, polls, 4, "each pending value of the generator ranged over suspends the body")
	_, err := g.Next(context.Background())
	assert.ErrorIs(t, err, agen.Done)
}
