// Package advclosures holds adversarial closures: function literals
// inside suspending expressions, in loop headers, capturing variables
// that live across yields.
package asyncadvclosures

import (
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// litInYield calls a literal inside the yield's argument, and passes a
// literal capturing a loop variable next to a yield.
//
//agen:generator
func litInYield(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	x := 3
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](func() int { return x }()))))
	x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](func() int { x++; return x }())))) + func() int { return x * 100 }()
	tr.Log("x=%d", x)
	apply := func(f func() int, v int) int { return f() + v }
	for i := range 3 {
		r := apply(func() int { return i * 10 }, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))))
		tr.Log("r=%d", r)
	}
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs[:len(fs)+0*y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))], func() int { return i })
	}
	for _, f := range fs {
		tr.Log("f=%d", f())
	}
}

// litAfterYield: a literal that captures a variable written by the
// yield's result in the same statement.
//
//agen:generator
func litAfterYield(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	n := 1
	s := fmt.Sprint(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("a")))), func() int { n *= 2; return n }(), func() int { n += 3; return n }())
	tr.Log("s=%s n=%d", s, n)
	f := func(v int) string { return fmt.Sprint("f", v, n) }
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](f(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](f(n))))))))))
	tr.Log("n=%d", n)
}

// headerClosure: a labelled loop with no yield inside, whose header
// holds a closure capturing a variable that lives across yields.
//
//agen:generator
func headerClosure(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	limit := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0)))) + 3
	total := 0
outer:
	for i := 0; func() bool { return i < limit }(); i++ {
		for j := range func() int { return limit }() {
			if j > i {
				continue outer
			}
			if i+j > 4 {
				break outer
			}
			total += func() int { return i * j }()
		}
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](total))))
	limit = 2
	inc := func() { limit++ }
	for k := 0; k < limit; k++ {
		if k == 0 {
			inc()
		}
		tr.Log("k=%d limit=%d", k, limit)
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](limit))))
}

// gotoRetry jumps back with goto to a labelled loop whose closure
// captures a variable that lives across yields.
//
//agen:generator
func gotoRetry(y *agen.AsyncYielder[int, int], tr *difftest.Trace, xs []int) {
	n := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))
	tries := 0
again:
	for _, x := range xs {
		if func() bool { return x > n }() {
			tries++
		}
	}
	tr.Log("tries=%d", tries)
	if tries < 3 {
		n--
		goto again
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n+tries))))
}

// shadowCaptured: shadowed variables captured by closures in different
// iterations and blocks.
//
//agen:generator
func shadowCaptured(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	v := 1
	var fs []func() int
	for i := range 3 {
		v := v + i
		fs = append(fs, func() int { return v })
		if i%2 == 0 {
			v := v * 10
			fs = append(fs, func() int { v++; return v })
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
		}
		v += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
	}
	for _, f := range fs {
		tr.Log("f=%d", f())
	}
	for _, f := range fs {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](f()))))
	}
	tr.Log("v=%d", v)
}

// funcVars: variables of function type reassigned between yields.
//
//agen:generator
func funcVars(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	op := func(a, b int) int { return a + b }
	acc := 0
	for i := range 4 {
		acc = op(acc, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](acc)))))
		if i == 1 {
			old := op
			op = func(a, b int) int { return old(a, b) * 2 }
		}
		tr.Log("acc=%d", acc)
	}
	var nilf func() int
	defer func() {
		r := recover()
		tr.Log("recovered %v", r != nil)
	}()
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](acc))))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](nilf()))))
}

// panicOperands: the yielded value panics while it is evaluated, with and
// without deferred calls: the body ends there.
//
//agen:generator
func panicOperands(y *agen.AsyncYielder[int, int], tr *difftest.Trace, which int) {
	if which == 0 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](func() int { panic("literal") }()))))
		tr.Log("not reached")
	}
	defer func() { tr.Log("recovered %v", recover()) }()
	var p *int
	xs := []int{1}
	var i any = "s"
	switch y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](which)))) % 4 {
	case 1:
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](*p))))
	case 2:
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](xs[which]))))
	case 3:
		_, _ = y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](i.(int)))))
	default:
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10/(which-which)))))
	}
	tr.Log("not reached either")
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("litInYield",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return litInYieldGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { litInYield(y, tr); return nil },
		5, 7),
	difftest.Async("litAfterYield",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return litAfterYieldGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { litAfterYield(y, tr); return nil },
		5, 7),
	difftest.Async("headerClosure",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return headerClosureGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { headerClosure(y, tr); return nil },
		2, 1),
	difftest.Async("gotoRetry",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return gotoRetryGen(tr, []int{1, 2, 3}) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			gotoRetry(y, tr, []int{1, 2, 3})
			return nil
		},
		2, 5),
	difftest.Async("shadowCaptured",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return shadowCapturedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { shadowCaptured(y, tr); return nil },
		5, 7),
	difftest.Async("panicOperands0",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return panicOperandsGen(tr, 0) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { panicOperands(y, tr, 0); return nil }),
	difftest.Async("panicOperands",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return panicOperandsGen(tr, 5) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { panicOperands(y, tr, 5); return nil },
		1, 2, 3, 4),
	difftest.Async("funcVars",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return funcVarsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { funcVars(y, tr); return nil },
		5, 7),
}
