// Package unusual holds valid but unusual bodies: parenthesized yields,
// yields in unreachable code.
package unusual

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// parens calls Yield through parentheses.
//
//agen:generator
func parens(y *agen.Yielder[int, int], tr *difftest.Trace) {
	y.Yield(0)
	got := (y.Yield)(1)
	_, err := (y.YieldErr)(got)
	tr.Log("err %v", err)
}

// unreachable yields after a return: the yield never runs.
//
//agen:generator
func unreachable(y *agen.Yielder[int, int], tr *difftest.Trace, early bool) {
	y.Yield(0)
	if early {
		tr.Log("early")
		return
	}
	for i := range 2 {
		y.Yield(i)
	}
	return
	y.Yield(99) //nolint: the body is valid Go, with unreachable code
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("parens",
		func(tr *difftest.Trace) agen.Generator[int, int] { return parensGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { parens(y, tr); return nil },
		5, 6),
	difftest.Sync("unreachable",
		func(tr *difftest.Trace) agen.Generator[int, int] { return unreachableGen(tr, false) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { unreachable(y, tr, false); return nil }),
}
