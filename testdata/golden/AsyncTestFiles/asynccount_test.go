package asynctestfiles

import (
	"context"
	"testing"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
	"github.com/stretchr/testify/require"
)

// count yields 0..n-1.
//
//agen:generator
func count(y *agen.AsyncYielder[int, agen.None], n int) {
	for i := range n {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
}

func TestCount(t *testing.T) {
	var got []int
	for v := range countGen(3).All(context.Background()) {
		got = append(got, v)
	}
	require.Equal(t, []int{0, 1, 2}, got)
}
