// Package deferoperands suspends in the operands of defer and go
// statements: the statement evaluates them, in order, and takes their
// values; only the deferred call itself cannot suspend.
package asyncdeferoperands

import (
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

func show[T any](tr *difftest.Trace, what string, v T) { tr.Log("%s %v", what, v) }

func pair(tr *difftest.Trace, a, b int) { tr.Log("pair %d %d", a, b) }

func showAll(tr *difftest.Trace, vs ...int) { tr.Log("all %v", vs) }

func two(v int) (int, string) { return v, fmt.Sprint("#", v) }

type logger struct{ tr *difftest.Trace }

func (lg logger) both(v int, s string) { lg.tr.Log("both %d %s", v, s) }

func (lg logger) report(v int, err error) { lg.tr.Log("report %d %v", v, err) }

type counter struct {
	tr *difftest.Trace
	n  int
}

func (c *counter) add(v int) { c.n += v; c.tr.Log("add %d: %d", v, c.n) }

func pick(tr *difftest.Trace, name string) func(int) {
	tr.Log("pick %s", name)
	return func(v int) { tr.Log("%s got %d", name, v) }
}

// operands suspends in the arguments, the function value's call and the
// receiver of deferred calls.
//
//agen:generator
func operands(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer show(tr, "first", y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))))
	defer pair(tr, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))))
	c := &counter{tr: tr}
	defer c.add(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4)))))
	c = &counter{tr: tr, n: 100}
	defer pick(tr, "picked")(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5)))))
	defer showAll(tr, 1, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6)))), 3)
	defer showAll(tr, []int{y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7)))), 8}...)
	lg := logger{tr}
	defer lg.both(two(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](9))))))
	defer lg.report(y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](10)))))
	for i := range 3 {
		defer show(tr, "loop", i*10+y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](11+i)))))
	}
	tr.Log("body done, c.n %d", c.n)
}

// builtins suspends in the operands of deferred builtins.
//
//agen:generator
func builtins(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	m := map[int]string{0: "zero", 1: "one", 2: "two"}
	defer func() { tr.Log("recovered %v, map %v", recover(), m) }()
	defer delete(m, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))))
	defer panic(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))))
	tr.Log("map %v", m)
}

// goOperands suspends in the operands of go statements.
//
//agen:generator
func goOperands(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	ch := make(chan int)
	send := func(v int) { ch <- v }
	go send(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) + 100)
	tr.Log("got %d", <-ch)
	go func(a, b int) { ch <- a*1000 + b }(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))))
	tr.Log("got %d", <-ch)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("operands",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return operandsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { operands(y, tr); return nil },
		5, 7),
	difftest.Async("builtins",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return builtinsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { builtins(y, tr); return nil },
		1, 2),
	difftest.Async("goOperands",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return goOperandsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { goOperands(y, tr); return nil },
		3, 4),
}
