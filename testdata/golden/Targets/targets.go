// Package targets holds loops and selects whose assignment targets or
// range expressions suspend, and ranges over type parameters.
package targets

import (
	"slices"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// rangeLHS assigns each iteration to an element chosen by a yield.
//
//agen:generator
func rangeLHS(y *agen.Yielder[int, int], tr *difftest.Trace) {
	arr := make([]int, 3)
	for arr[y.Yield(-1)%3] = range 3 {
		tr.Log("arr %v", arr)
	}
	y.Yield(arr[0] + arr[1] + arr[2])
}

// selectLHS receives into an element chosen by a yield, once the case is
// chosen.
//
//agen:generator
func selectLHS(y *agen.Yielder[int, int], tr *difftest.Trace) {
	ch := make(chan int, 1)
	arr := make([]int, 3)
	ch <- 5
	var ok bool
	select {
	case arr[y.Yield(0)%3], ok = <-ch:
		tr.Log("arr %v %v", arr, ok)
	}
	y.Yield(arr[0] + arr[1] + arr[2])
}

// rangeFuncExpr suspends in the range expression of a range-over-func
// loop, whose body does not.
//
//agen:generator
func rangeFuncExpr(y *agen.Yielder[int, int], tr *difftest.Trace) {
	for i, v := range slices.All(make([]int, y.Yield(0)%4)) {
		tr.Log("%d %d", i, v)
	}
	y.Yield(1)
}

// rangeParams ranges over values of type-parameter types.
//
//agen:generator
func rangeParams[S ~[]E, M ~map[string]E, N ~int8, Str ~string, E any](y *agen.Yielder[string, agen.None], tr *difftest.Trace, s S, m M, n N, str Str) {
	for i, e := range s {
		tr.Log("s %d %v", i, e)
		y.Yield("s")
	}
	for k, e := range m {
		tr.Log("m %s %v", k, e)
		y.Yield("m")
	}
	for i := range n {
		tr.Log("n %d", i)
		y.Yield("n")
	}
	for i, r := range str {
		tr.Log("str %d %c", i, r)
		y.Yield("str")
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("rangeLHS",
		func(tr *difftest.Trace) agen.Generator[int, int] { return rangeLHSGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { rangeLHS(y, tr); return nil },
		0, 1, 2, 4),
	difftest.Sync("selectLHS",
		func(tr *difftest.Trace) agen.Generator[int, int] { return selectLHSGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { selectLHS(y, tr); return nil },
		1, 2),
	difftest.Sync("rangeFuncExpr",
		func(tr *difftest.Trace) agen.Generator[int, int] { return rangeFuncExprGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { rangeFuncExpr(y, tr); return nil },
		3, 2),
	difftest.Sync("rangeParams",
		func(tr *difftest.Trace) agen.Generator[string, agen.None] {
			return rangeParamsGen(tr, []int{1, 2}, map[string]int{"k": 3}, int8(2), "hé")
		},
		func(tr *difftest.Trace, y *agen.Yielder[string, agen.None]) error {
			rangeParams(y, tr, []int{1, 2}, map[string]int{"k": 3}, int8(2), "hé")
			return nil
		}),
}
