// Package targets holds loops and selects whose assignment targets or
// range expressions suspend, and ranges over type parameters.
package asynctargets

import (
	"slices"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// rangeLHS assigns each iteration to an element chosen by a yield.
//
//agen:generator
func rangeLHS(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	arr := make([]int, 3)
	for arr[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))%3] = range 3 {
		tr.Log("arr %v", arr)
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](arr[0]+arr[1]+arr[2]))))
}

// selectLHS receives into an element chosen by a yield, once the case is
// chosen.
//
//agen:generator
func selectLHS(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	ch := make(chan int, 1)
	arr := make([]int, 3)
	ch <- 5
	var ok bool
	select {
	case arr[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))%3], ok = <-ch:
		tr.Log("arr %v %v", arr, ok)
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](arr[0]+arr[1]+arr[2]))))
}

// rangeFuncExpr suspends in the range expression of a range-over-func
// loop, whose body does not.
//
//agen:generator
func rangeFuncExpr(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i, v := range slices.All(make([]int, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))%4)) {
		tr.Log("%d %d", i, v)
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
}

// rangeParams ranges over values of type-parameter types.
//
//agen:generator
func rangeParams[S ~[]E, M ~map[string]E, N ~int8, Str ~string, E any](y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace, s S, m M, n N, str Str) {
	for i, e := range s {
		tr.Log("s %d %v", i, e)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("s"))))
	}
	for k, e := range m {
		tr.Log("m %s %v", k, e)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("m"))))
	}
	for i := range n {
		tr.Log("n %d", i)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("n"))))
	}
	for i, r := range str {
		tr.Log("str %d %c", i, r)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("str"))))
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("rangeLHS",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return rangeLHSGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { rangeLHS(y, tr); return nil },
		0, 1, 2, 4),
	difftest.Async("selectLHS",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return selectLHSGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { selectLHS(y, tr); return nil },
		1, 2),
	difftest.Async("rangeFuncExpr",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return rangeFuncExprGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { rangeFuncExpr(y, tr); return nil },
		3, 2),
	difftest.Async("rangeParams",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] {
			return rangeParamsGen(tr, []int{1, 2}, map[string]int{"k": 3}, int8(2), "hé")
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			rangeParams(y, tr, []int{1, 2}, map[string]int{"k": 3}, int8(2), "hé")
			return nil
		}),
}
