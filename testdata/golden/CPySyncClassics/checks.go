package cpysyncclassics

// This file checks Python's documented results of the examples ported
// here, on the generated generators (the reference driver runs the same
// bodies in the differential cases).

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/agen-go/agen/testdata/difftest"
)

var checks = difftest.Suite{
	difftest.Check("python/classics", func(t *testing.T) {
		assert.Equal(t, []int{1}, slices.Collect(returnsEarlyGen(true).All()))
		tr := &difftest.Trace{}
		assert.Equal(t, []int{1, 2, 3, 4}, slices.Collect(callerGen(tr).All()))
		assert.Equal(t, []string{"creator 0", "caller 1", "caller 2", "caller 3", "caller 4"}, tr.Events())
		assert.Equal(t, []int{0, 1, 2, 3}, slices.Collect(zrangeGen(4).All()))
		labels := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}
		assert.Equal(t, labels, slices.Collect(inorderGen(makeTree(0, 20)).All()))
		assert.Equal(t, labels, slices.Collect(inorderFromGen(makeTree(0, 20)).All()))
		assert.Equal(t, []int{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71},
			slices.Collect(firstNGen(sieveGen(intsFromGen(2)), 20).All()))
		assert.Equal(t, []int{1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597},
			slices.Collect(firstNGen(fibGen(), 17).All()))
		assert.Equal(t, []int{666}, slices.Collect(yieldsInExceptGen(&difftest.Trace{}, 0).All()))
	}),
}
