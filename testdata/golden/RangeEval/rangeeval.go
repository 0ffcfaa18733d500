// Package rangeeval holds range loops whose range expression Go does not
// evaluate, and local types that refer to themselves.
package rangeeval

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type holder struct{ arr *[3]int }

// notEvaluated ranges by index over pointers to arrays behind nil
// pointers: len is constant, and Go does not evaluate the expression.
//
//agen:generator
func notEvaluated(y *agen.Yielder[int, int], tr *difftest.Trace) {
	defer func() { tr.Log("recovered %v", recover()) }()
	var h *holder
	for i := range h.arr {
		y.Yield(i)
	}
	var q **[2]int
	for i := range *q {
		y.Yield(10 + i)
	}
	tr.Log("no panic so far")
	for i, v := range h.arr { // with a value, it is evaluated: a panic
		y.Yield(i + v)
	}
}

// selfRef builds a list of a local type that refers to itself.
//
//agen:generator
func selfRef(y *agen.Yielder[int, int]) {
	type node struct {
		val  int
		next *node
	}
	var head *node
	for i := range 3 {
		head = &node{val: i + y.Yield(i), next: head}
	}
	for n := head; n != nil; n = n.next {
		y.Yield(n.val)
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("notEvaluated",
		func(tr *difftest.Trace) agen.Generator[int, int] { return notEvaluatedGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { notEvaluated(y, tr); return nil }),
	difftest.Sync("selfRef",
		func(*difftest.Trace) agen.Generator[int, int] { return selfRefGen() },
		func(_ *difftest.Trace, y *agen.Yielder[int, int]) error { selfRef(y); return nil },
		5, 7),
}

func two(v int) (int, string) { return v, "two" }

func three() (any, any, any) { return 1, "x", 2.5 }

type logger struct{ tr *difftest.Trace }

func (l logger) log(a int, b string) { l.tr.Log("log %d %s", a, b) }
func (l logger) all(args ...any)     { l.tr.Log("all %v", args) }

// deferMulti defers calls whose arguments are all the results of one call.
//
//agen:generator
func deferMulti(y *agen.Yielder[int, int], tr *difftest.Trace) {
	lg := logger{tr}
	x := 1
	defer lg.log(two(x))
	defer lg.all(three())
	x = y.Yield(x)
	y.Yield(x)
}

func init() {
	Suite = append(Suite, difftest.Sync("deferMulti",
		func(tr *difftest.Trace) agen.Generator[int, int] { return deferMultiGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { deferMulti(y, tr); return nil },
		4))
}

// rangeEnds ranges over integers whose end is a constant, a variable the
// loop changes, and a variable the loop assigns as its key: Go evaluates
// the end once, before the first iteration.
//
//agen:generator
func rangeEnds(y *agen.Yielder[int, int]) {
	const three = 3
	for i := range three {
		y.Yield(i)
	}
	n := 4
	for i := range n {
		n = y.Yield(i + 10)
	}
	y.Yield(n)
	m := 3
	for m = range m {
		y.Yield(m + 20)
	}
	y.Yield(m)
	k := 2
	for i := range k {
		k++
		y.Yield(i + 30)
	}
	y.Yield(k)
}

func init() {
	Suite = append(Suite, difftest.Sync("rangeEnds",
		func(*difftest.Trace) agen.Generator[int, int] { return rangeEndsGen() },
		func(_ *difftest.Trace, y *agen.Yielder[int, int]) error { rangeEnds(y); return nil },
		0, 1, 100))
}
