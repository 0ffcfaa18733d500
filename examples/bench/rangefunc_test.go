package bench

import (
	"iter"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkRangeFunc measures a generator whose body yields from inside a
// range over an iterator function, which agen steps with iter.Pull, against
// iter.Pull itself over the same iterator and a generator over the slice.
func BenchmarkRangeFunc(b *testing.B) {
	for _, n := range []int{1, 1000} {
		xs := make([]int, n)
		for i := range xs {
			xs[i] = i
		}
		seq := slices.Values(xs)
		b.Run("impl=generated/n="+itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g := overSeqGen(seq)
				for v, ok := g.Next(); ok; v, ok = g.Next() {
					sink += v
				}
			}
		})
		b.Run("impl=iter.Pull/n="+itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				next, stop := iter.Pull(seq)
				for v, ok := next(); ok; v, ok = next() {
					sink += v
				}
				stop()
			}
		})
	}
}

// itoa formats a small n.
func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// TestRangeFuncDrains checks the generator the benchmark runs.
func TestRangeFuncDrains(t *testing.T) {
	var got []int
	g := overSeqGen(slices.Values([]int{3, 1, 2}))
	for v, ok := g.Next(); ok; v, ok = g.Next() {
		got = append(got, v)
	}
	require.Equal(t, []int{3, 1, 2}, got)
}
