// Package localtypes holds bodies that declare types of their own and keep
// values of them across yields: agen moves the types to package level.
package asynclocaltypes

import (
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// pairs keeps a struct of a local type across yields.
//
//agen:generator
func pairs(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	type pair struct{ a, b int }
	type pairs []pair
	p := pair{1, 2}
	var ps pairs
	for i := range 3 {
		p.a += y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(p)))))
		ps = append(ps, pair{i, p.a})
	}
	tr.Log("pairs %v", ps)
}

// generic keeps a value of a local type that uses the body's type
// parameter.
//
//agen:generator
func generic[T any](y *agen.AsyncYielder[T, agen.None], tr *difftest.Trace, xs ...T) {
	type boxed struct{ v T }
	type alias = []boxed
	var bs alias
	for _, x := range xs {
		bs = append(bs, boxed{x})
	}
	for _, b := range bs {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[T](b.v))))
	}
	tr.Log("boxes %d", len(bs))
}

// shadowed declares types of the same name in two scopes.
//
//agen:generator
func shadowed(y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace) {
	type t int
	var a t = 1
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("%v", a)))))
	{
		type t string
		var b t = "b"
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("%v", b)))))
		tr.Log("inner %v", b)
	}
	tr.Log("outer %v", a)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("pairs",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return pairsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { pairs(y, tr); return nil },
		10, 20),
	difftest.Async("generic",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return genericGen(tr, 1, 2, 3) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
			generic(y, tr, 1, 2, 3)
			return nil
		}),
	difftest.Async("shadowed",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] { return shadowedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error { shadowed(y, tr); return nil }),
}
