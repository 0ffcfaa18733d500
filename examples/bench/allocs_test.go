package bench

// This file measures the allocations of generators, which the README's
// section "What a generator costs" explains: if a number changes, update
// the README with it.

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

var escaped any

// drain steps g to its end.
func drain(g interface{ Next() (int, bool) }) {
	for v, ok := g.Next(); ok; v, ok = g.Next() {
		sink += v
	}
}

// allocs returns the allocations of one run of f.
func allocs(f func()) int { return int(testing.AllocsPerRun(50, f)) }

func TestAllocations(t *testing.T) {
	ended := 0
	for _, n := range []int{10, 1000} {
		// A generator that does not outlive the function that makes it:
		// the constructor is inlined, and the handle and the frame live on
		// the stack. Nothing per value.
		assert.Equal(t, 0, allocs(func() {
			g := fibGen(n)
			for v, ok := g.Next(); ok; v, ok = g.Next() {
				sink += v
			}
		}), "fib(%d)", n)
		assert.Equal(t, 0, allocs(func() {
			for v := range fibGen(n).All() {
				sink += v
			}
		}), "fib(%d).All", n)
		// One that escapes: the handle and the frame.
		assert.Equal(t, 2, allocs(func() { g := fibGen(n); escaped = g; drain(g) }), "fib(%d), escaping", n)
		// A body that defers: the frame, the handle, the cleanup that would
		// close the generator if abandoned (2), the record of the deferred
		// call, its closure, and the cell of the variable the closure
		// captures.
		assert.Equal(t, 7, allocs(func() { drain(countedGen(n, &ended)) }), "counted(%d)", n)
	}
	// A variable captured by a closure: a cell and a closure per iteration.
	for _, n := range []int{10, 20} {
		assert.Equal(t, 2*n, allocs(func() {
			g := capturedGen(n)
			for v, ok := g.Next(); ok; v, ok = g.Next() {
				sink += v
			}
		}), "captured(%d)", n)
	}
}
