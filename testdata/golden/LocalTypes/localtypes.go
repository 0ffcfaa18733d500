// Package localtypes holds bodies that declare types of their own and keep
// values of them across yields: agen moves the types to package level.
package localtypes

import (
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// pairs keeps a struct of a local type across yields.
//
//agen:generator
func pairs(y *agen.Yielder[string, int], tr *difftest.Trace) {
	type pair struct{ a, b int }
	type pairs []pair
	p := pair{1, 2}
	var ps pairs
	for i := range 3 {
		p.a += y.Yield(fmt.Sprint(p))
		ps = append(ps, pair{i, p.a})
	}
	tr.Log("pairs %v", ps)
}

// generic keeps a value of a local type that uses the body's type
// parameter.
//
//agen:generator
func generic[T any](y *agen.Yielder[T, agen.None], tr *difftest.Trace, xs ...T) {
	type boxed struct{ v T }
	type alias = []boxed
	var bs alias
	for _, x := range xs {
		bs = append(bs, boxed{x})
	}
	for _, b := range bs {
		y.Yield(b.v)
	}
	tr.Log("boxes %d", len(bs))
}

// shadowed declares types of the same name in two scopes.
//
//agen:generator
func shadowed(y *agen.Yielder[string, agen.None], tr *difftest.Trace) {
	type t int
	var a t = 1
	y.Yield(fmt.Sprintf("%v", a))
	{
		type t string
		var b t = "b"
		y.Yield(fmt.Sprintf("%v", b))
		tr.Log("inner %v", b)
	}
	tr.Log("outer %v", a)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("pairs",
		func(tr *difftest.Trace) agen.Generator[string, int] { return pairsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { pairs(y, tr); return nil },
		10, 20),
	difftest.Sync("generic",
		func(tr *difftest.Trace) agen.Generator[int, agen.None] { return genericGen(tr, 1, 2, 3) },
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { generic(y, tr, 1, 2, 3); return nil }),
	difftest.Sync("shadowed",
		func(tr *difftest.Trace) agen.Generator[string, agen.None] { return shadowedGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, agen.None]) error { shadowed(y, tr); return nil }),
}
