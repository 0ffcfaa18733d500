package testfiles

import (
	"testing"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/stretchr/testify/require"
)

// count yields 0..n-1.
//
//agen:generator
func count(y *agen.Yielder[int, agen.None], n int) {
	for i := range n {
		y.Yield(i)
	}
}

func TestCount(t *testing.T) {
	var got []int
	for v := range countGen(3).All() {
		got = append(got, v)
	}
	require.Equal(t, []int{0, 1, 2}, got)
}
