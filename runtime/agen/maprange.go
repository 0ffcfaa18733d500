package agen

// This file defines MapRange, the map iteration of generated code.

// MapRange iterates over a map the way a range loop does when its body
// suspends between iterations: it takes the keys once, and produces each
// entry that is still in the map when it is reached, with its current
// value; an entry deleted before it is reached is not produced, and one
// added meanwhile is not either (Go allows both). A key that is not equal
// to itself (NaN) cannot be looked up, and only clear removes it: such an
// entry is produced, with the value it had when the keys were taken, while
// the map still holds as many such keys as remain to be produced (a map
// cleared and refilled with as many of them meanwhile is not told apart).
//
// Generated code uses it; the zero value is ready for Start.
type MapRange[K comparable, V any] struct {
	m    map[K]V
	keys []K
	i    int
	nans map[int]V // the values of the keys not equal to themselves, by index
}

// Start takes the keys of m and restarts the iteration.
func (r *MapRange[K, V]) Start(m map[K]V) {
	r.m, r.i, r.nans = m, 0, nil
	r.keys = make([]K, 0, len(m))
	for k, v := range m {
		if k != k {
			if r.nans == nil {
				r.nans = map[int]V{}
			}
			r.nans[len(r.keys)] = v
		}
		r.keys = append(r.keys, k)
	}
}

// Next returns the next entry, or false at the end.
func (r *MapRange[K, V]) Next() (K, V, bool) {
	for r.i < len(r.keys) {
		k := r.keys[r.i]
		r.i++
		if v, ok := r.m[k]; ok {
			return k, v, true
		}
		if k == k {
			continue // deleted
		}
		if r.nanKeysLeft() {
			return k, r.nans[r.i-1], true
		}
	}
	var k K
	var v V
	r.m, r.keys, r.nans = nil, nil, nil
	return k, v, false
}

// nanKeysLeft reports whether the map still holds as many keys not equal
// to themselves as the iteration has left to produce, the one just reached
// included: clear removes them all.
func (r *MapRange[K, V]) nanKeysLeft() bool {
	left := 0
	for _, k := range r.keys[r.i-1:] {
		if k != k {
			left++
		}
	}
	held := 0
	for k := range r.m {
		if k != k {
			held++
		}
	}
	return held >= left
}
