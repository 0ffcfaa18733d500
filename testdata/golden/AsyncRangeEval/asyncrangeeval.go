// Package rangeeval holds range loops whose range expression Go does not
// evaluate, and local types that refer to themselves.
package asyncrangeeval

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type holder struct{ arr *[3]int }

// notEvaluated ranges by index over pointers to arrays behind nil
// pointers: len is constant, and Go does not evaluate the expression.
//
//agen:generator
func notEvaluated(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer func() { tr.Log("recovered %v", recover()) }()
	var h *holder
	for i := range h.arr {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	var q **[2]int
	for i := range *q {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10+i))))
	}
	tr.Log("no panic so far")
	for i, v := range h.arr { // with a value, it is evaluated: a panic
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i+v))))
	}
}

// selfRef builds a list of a local type that refers to itself.
//
//agen:generator
func selfRef(y *agen.AsyncYielder[int, int]) {
	type node struct {
		val  int
		next *node
	}
	var head *node
	for i := range 3 {
		head = &node{val: i + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))), next: head}
	}
	for n := head; n != nil; n = n.next {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n.val))))
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("notEvaluated",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return notEvaluatedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { notEvaluated(y, tr); return nil }),
	difftest.Async("selfRef",
		func(*difftest.Trace) agen.AsyncGenerator[int, int] { return selfRefGen() },
		func(_ *difftest.Trace, y *agen.AsyncYielder[int, int]) error { selfRef(y); return nil },
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
func deferMulti(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	lg := logger{tr}
	x := 1
	defer lg.log(two(x))
	defer lg.all(three())
	x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
}

func init() {
	Suite = append(Suite, difftest.Async("deferMulti",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return deferMultiGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { deferMulti(y, tr); return nil },
		4))
}
