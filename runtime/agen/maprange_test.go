package agen_test

// This file tests MapRange.

import (
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/agen-go/agen/runtime/agen"
)

// drainRange runs r to the end, calling between after each entry, and
// returns the keys produced.
func drainRange[K comparable, V any](r *agen.MapRange[K, V], between func(K)) []K {
	var keys []K
	for k, _, ok := r.Next(); ok; k, _, ok = r.Next() {
		keys = append(keys, k)
		between(k)
	}
	return keys
}

func TestMapRangeProducesEveryEntryOnce(t *testing.T) {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	var r agen.MapRange[string, int]
	r.Start(m)
	got := map[string]int{}
	for k, v, ok := r.Next(); ok; k, v, ok = r.Next() {
		got[k] = v
	}
	assert.Equal(t, m, got)
}

func TestMapRangeSkipsEntriesDeletedBeforeReached(t *testing.T) {
	m := map[int]int{1: 1, 2: 2, 3: 3, 4: 4}
	var r agen.MapRange[int, int]
	r.Start(m)
	keys := drainRange(&r, func(k int) {
		for other := range m {
			if other != k {
				delete(m, other) // everything not reached yet goes
			}
		}
	})
	assert.Len(t, keys, 1)
}

func TestMapRangeReadsCurrentValues(t *testing.T) {
	m := map[int]int{1: 10, 2: 20}
	var r agen.MapRange[int, int]
	r.Start(m)
	k, _, _ := r.Next()
	other := 3 - k
	m[other] = 99
	_, v, ok := r.Next()
	assert.True(t, ok)
	assert.Equal(t, 99, v)
}

func TestMapRangeDoesNotProduceAddedEntries(t *testing.T) {
	m := map[int]int{1: 1}
	var r agen.MapRange[int, int]
	r.Start(m)
	keys := drainRange(&r, func(int) { m[100] = 100 })
	assert.Equal(t, []int{1}, keys)
}

func TestMapRangeNaNKeys(t *testing.T) {
	m := map[float64]int{math.NaN(): 1, math.NaN(): 2, 1: 3}
	var r agen.MapRange[float64, int]
	r.Start(m)
	var vals []int
	for _, v, ok := r.Next(); ok; _, v, ok = r.Next() {
		vals = append(vals, v)
	}
	slices.Sort(vals)
	assert.Equal(t, []int{1, 2, 3}, vals, "NaN keys cannot be looked up but are produced")

	// clear removes NaN keys: none is produced after it.
	m = map[float64]int{math.NaN(): 1, math.NaN(): 2, math.NaN(): 3}
	r.Start(m)
	keys := drainRange(&r, func(float64) { clear(m) })
	assert.Len(t, keys, 1)
}
