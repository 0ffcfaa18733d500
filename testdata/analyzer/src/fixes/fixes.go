// Package fixes holds the diagnostics that come with a suggested fix.
package fixes

import (
	"iter"

	"github.com/agen-go/agen/runtime/agen"
)

// helper takes a yielder first: the fix marks it.
func helper(y *agen.Yielder[int, agen.None]) { // want `helper takes an agen yielder but is not marked //agen:generator`
	y.Yield(1)
}

func bare(y *agen.Yielder[int, agen.None], n int) { // want `bare takes an agen yielder but is not marked //agen:generator`
	y.Yield(n)
}

// second takes the yielder second: marking it would not help, no fix.
func second(n int, y *agen.Yielder[int, agen.None]) { // want `second takes an agen yielder but is not marked //agen:generator`
}

// ints has the methods of an agen generator.
type ints struct{ n, i int }

func (g *ints) Next() (int, bool) {
	g.i++
	return g.i, g.i <= g.n
}

func (g *ints) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		for v, ok := g.Next(); ok && yield(v); v, ok = g.Next() {
		}
	}
}

type holder struct{ g *ints }

//agen:generator
func relay(y *agen.Yielder[int, agen.None], g *ints, h holder, seq iter.Seq[int]) { // want `no generated code for relay; run go generate`
	for v := range g.All() {
		y.Yield(v)
		y.Yield(v + 1)
	}
	for range h.g.All() {
		ok := 1
		y.Yield(ok)
	}
	for v := range (&ints{n: 2}).All() {
		y.Yield(v)
	}
	for v := range seq {
		y.Yield(v)
	}
}
