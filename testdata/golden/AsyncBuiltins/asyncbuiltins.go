// Package builtins holds builtin calls next to calls and yields, evaluated
// in gc's order, and bodies that end in panics after suspending.
package asyncbuiltins

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type point struct{ x, y int }

// order evaluates len, cap, copy, append and make in order with calls.
//
//agen:generator
func order(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	xs := []int{1, 2}
	m := map[int]int{1: 1}
	bump := func() int {
		xs = []int{7, 8, 9}
		m[len(m)+1] = 0
		tr.Log("bump")
		return 0
	}
	tr.Log("len %d %d", len(xs)+bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))))
	xs = []int{1, 2}
	tr.Log("map %d %d", len(m)+bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))))
	xs = []int{1, 2}
	tr.Log("cap %d %d", cap(xs)+bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))))
	xs = []int{1, 2}
	tr.Log("copy %d %d", copy(make([]int, 5), xs)+bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4)))))
	xs = []int{1, 2}
	tr.Log("append %v %d %d", append(xs, 1), bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5)))))
}

// compositeCases compares a switch tag with composite literals, one of
// which suspends.
//
//agen:generator
func compositeCases(y *agen.AsyncYielder[int, int], tr *difftest.Trace, p point) {
	switch p {
	case point{1, 2}:
		tr.Log("first")
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	case point{y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0)))), 0}:
		tr.Log("second")
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	}
}

// finalPanic ends in a panic whose value suspends.
//
//agen:generator
func finalPanic(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer tr.Log("deferred")
	if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) > 5 {
		panic(1)
	} else {
		panic(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))))
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("order",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return orderGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { order(y, tr); return nil }),
	difftest.Async("compositeCases",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return compositeCasesGen(tr, point{3, 0}) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			compositeCases(y, tr, point{3, 0})
			return nil
		},
		3, 1),
	difftest.Async("finalPanic",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return finalPanicGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { finalPanic(y, tr); return nil },
		9, 1),
}
