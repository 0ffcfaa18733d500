// Package asyncawaits holds async bodies: awaits on ready, pending and
// stalled awaitables, yields, YieldErr, deferred calls, errors, awaits
// inside expressions, and the context of the consumer's call.
package asyncawaits

import (
	"errors"
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// ticks yields n values, awaiting between them: a pending awaitable, then
// a ready one.
//
//agen:generator
func ticks(y *agen.AsyncYielder[int, int], tr *difftest.Trace, n int) error {
	defer tr.Log("deferred")
	for i := range n {
		v, err := agen.Await(y, difftest.Later(i*10))
		tr.Log("awaited %d %v", v, err)
		got := y.Yield(v)
		tr.Log("got %d", got)
		w, _ := agen.Await(y, difftest.Ready(got))
		tr.Log("ready %d", w)
	}
	return nil
}

// stalls waits at an awaitable that is never ready: the consumer's
// context ends, Await returns its error, and the body goes on.
//
//agen:generator
func stalls(y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace) error {
	defer func() { tr.Log("deferred, recovered %v", recover()) }()
	y.Yield("start")
	for i := range 3 {
		_, err := agen.Await(y, difftest.Stall[int]())
		tr.Log("stall %d: %v, ctx err %v", i, err, y.Context().Err())
		if err != nil {
			y.Yield(fmt.Sprint("after ", i))
		}
	}
	return errors.New("stalled out")
}

// catches uses YieldErr and awaits between: a thrown error is caught.
//
//agen:generator
func catches(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		tr.Log("deferred sees err=%v", err)
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	for i := 0; i < 4; i++ {
		s, err := y.YieldErr(i)
		if err != nil {
			tr.Log("caught %v", err)
			v, _ := agen.Await(y, difftest.Later(100+i))
			y.Yield(v)
			continue
		}
		tr.Log("sent %d", s)
	}
	_, err = agen.Await(y, difftest.Fail[int](errors.New("failed await")))
	return err
}

// exprs awaits inside expressions: call arguments, && and ||, composite
// literals and index expressions, in Go's order.
//
//agen:generator
func exprs(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	note := func(s string, v int) int { tr.Log("%s %d", s, v); return v }
	xs := []int{note("a", 1), difftest.Value(agen.Await(y, difftest.Later(2))), note("c", 3)}
	y.Yield(xs[1])
	if note("left", 0) > 0 || difftest.Value(agen.Await(y, difftest.Later(5))) > 4 {
		y.Yield(5)
	}
	if note("left", 1) > 0 && difftest.Value(agen.Await(y, difftest.Ready(0))) > 0 {
		y.Yield(-1)
	}
	m := map[int]int{note("k", 1): difftest.Value(agen.Await(y, difftest.Later(7))), 2: y.Yield(8)}
	y.Yield(m[1] + m[2])
	y.Yield(xs[difftest.Value(agen.Await(y, difftest.Later(2)))] + y.Yield(9))
}

// closures keeps variables captured by closures across awaits, each
// iteration with its own.
//
//agen:generator
func closures(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	var fs []func() int
	for i := range 3 {
		v, _ := agen.Await(y, difftest.Later(i*i))
		fs = append(fs, func() int { return v + i })
		p := &v
		agen.Await(y, difftest.Later(0))
		*p++
	}
	for _, f := range fs {
		y.Yield(f())
	}
}

// panics panics after an await, with a deferred call that recovers on the
// second run only.
//
//agen:generator
func panics(y *agen.AsyncYielder[int, int], tr *difftest.Trace, recoverIt bool) (err error) {
	defer func() {
		if recoverIt {
			if p := recover(); p != nil {
				err = fmt.Errorf("recovered: %v", p)
			}
		}
	}()
	y.Yield(1)
	v, _ := agen.Await(y, difftest.Later(0))
	tr.Log("dividing by %d", v)
	y.Yield(10 / v)
	return nil
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("ticks",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return ticksGen(tr, 3) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return ticks(y, tr, 3) },
		5, 6),
	difftest.Async("stalls",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] { return stallsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error { return stalls(y, tr) }),
	difftest.Async("catches",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return catchesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return catches(y, tr) },
		1, 2),
	difftest.Async("exprs",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return exprsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { exprs(y, tr); return nil },
		3),
	difftest.Async("closures",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return closuresGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { closures(y, tr); return nil }),
	difftest.Async("panics",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return panicsGen(tr, false) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return panics(y, tr, false) }),
	difftest.Async("panicsRecovered",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return panicsGen(tr, true) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return panics(y, tr, true) }),
}
