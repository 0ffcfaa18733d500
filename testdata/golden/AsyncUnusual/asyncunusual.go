// Package unusual holds valid but unusual bodies: parenthesized yields,
// yields in unreachable code.
package asyncunusual

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// parens calls Yield through parentheses.
//
//agen:generator
func parens(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))
	got := (y.Yield)(1)
	_, err := (y.YieldErr)(got)
	tr.Log("err %v", err)
}

// unreachable yields after a return: the yield never runs.
//
//agen:generator
func unreachable(y *agen.AsyncYielder[int, int], tr *difftest.Trace, early bool) {
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))
	if early {
		tr.Log("early")
		return
	}
	for i := range 2 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	return
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](99)))) //nolint: the body is valid Go, with unreachable code
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("parens",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return parensGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { parens(y, tr); return nil },
		5, 6),
	difftest.Async("unreachable",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return unreachableGen(tr, false) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { unreachable(y, tr, false); return nil }),
}
