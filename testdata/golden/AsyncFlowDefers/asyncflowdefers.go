// Package flowdefers holds generators that defer calls inside suspending
// control flow: in branches, loops, switch and select clauses, before
// labelled breaks and gotos. Close and Throw at each yield must run exactly
// the calls deferred so far, last first, with the arguments they were
// deferred with.
package asyncflowdefers

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// branches defers in the branches of an if/else and a switch in a loop.
//
//agen:generator
func branches(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i := range 4 {
		if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))) > 0 {
			defer tr.Log("deferred then %d", i)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10+i))))
		} else {
			defer tr.Log("deferred else %d", i)
		}
		switch i % 2 {
		case 0:
			defer func() { tr.Log("deferred closure %d", i) }()
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](20+i))))
		default:
			i := i * 100
			defer func() { tr.Log("deferred shadow %d", i) }()
		}
	}
	tr.Log("end")
}

// loops defers in nested loops left by labelled break and continue.
//
//agen:generator
func loops(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
outer:
	for i := range 3 {
		for j := range 3 {
			defer tr.Log("deferred %d %d", i, j)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i*10+j))))
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))
}

// selects defers in select clauses and before gotos.
//
//agen:generator
func selects(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	ch := make(chan int, 1)
	n := 0
again:
	ch <- n
	select {
	case v := <-ch:
		defer tr.Log("deferred select %d", v)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
	}
	n++
	if n < 3 {
		defer tr.Log("deferred before goto %d", n)
		goto again
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("branches",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return branchesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { branches(y, tr); return nil },
		1, 0),
	difftest.Async("loops",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return loopsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { loops(y, tr); return nil }),
	difftest.Async("selects",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return selectsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { selects(y, tr); return nil }),
}
