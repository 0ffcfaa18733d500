// Package cpyasyncreentry ports the tests of CPython's
// Lib/test/test_asyncgen.py about operations that meet a running or a
// finished async generator: anext of itself from its body
// (test_async_gen_exception_12), asend/athrow/aclose while another
// operation waits at an await (test_async_gen_*_concurrent_with_*,
// test_asend_send_already_running, test_athrow_send_already_running), an
// awaitable polled again, and aclose/athrow on fresh and exhausted
// generators. Python raises RuntimeError("... already running"); agen
// returns agen.ErrRunning (SPEC §3.10).
package cpyasyncreentry

import (
	"errors"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// errMy is MyExc.
var errMy = errors.New("MyExc")

// self is how a body finds its own generator: set after construction.
type self struct {
	g agen.AsyncGenerator[int, int]
}

// exception12 is test_async_gen_exception_12: the body awaits its own
// anext, which finds it running; the error ends the body.
//
//agen:generator
func exception12(y *agen.AsyncYielder[int, int], tr *difftest.Trace, me *self) error {
	if _, err := agen.Await(y, me.g.ANext()); err != nil {
		tr.Log("anext of itself: ErrRunning=%v", errors.Is(err, agen.ErrRunning))
		return err
	}
	y.Yield(123)
	return nil
}

// yieldFromSelf is test_pep380's test_attempted_yield_from_loop, async:
// delegating to itself finds it running; YieldFrom returns that error.
//
//agen:generator
func yieldFromSelf(y *agen.AsyncYielder[int, int], tr *difftest.Trace, me *self) error {
	y.Yield(1)
	err := y.YieldFrom(me.g)
	tr.Log("yield from itself: ErrRunning=%v", errors.Is(err, agen.ErrRunning))
	y.Yield(2)
	return err
}

// spinner is agenfn of the *_concurrent_with_send tests: it waits at an
// await in a loop, catching MyExc thrown at its yield (the Python version
// catches it at the await, which Go's Await cannot receive).
//
//agen:generator
func spinner(y *agen.AsyncYielder[int, int], tr *difftest.Trace, wait func() agen.Awaitable[int]) {
	for i := 0; i < 3; i++ {
		v, err := agen.Await(y, wait())
		tr.Log("awaited %d %v", v, err)
		if _, err := y.YieldErr(v); err != nil {
			tr.Log("caught %v", err)
		}
	}
}

// twoValues is async_iterate of the aclose/anext reuse tests: yield 1,
// yield 2.
//
//agen:generator
func twoValues(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer tr.Log("finally")
	tr.Log("started")
	y.Yield(1)
	y.Yield(2)
}

// forward runs g as the body of the generator of y, so that a reference
// generator can be handed to its own body (as in AsyncReentry).
var forward = func(y *agen.AsyncYielder[int, int], g agen.AsyncGenerator[int, int]) error {
	v, err := agen.Await(y, g.ANext())
	for err == nil {
		var s int
		s, err = y.YieldErr(v)
		if err != nil {
			v, err = agen.Await(y, g.AThrow(err))
		} else {
			v, err = agen.Await(y, g.ASend(s))
		}
	}
	if errors.Is(err, agen.Done) {
		return nil
	}
	return err
}

type gen = agen.AsyncGenerator[int, int]

// Suite is the differential suite of this package, and the checks of
// Python's documented results (checks.go).
var Suite = append(difftest.Suite{
	difftest.Async("exception12",
		func(tr *difftest.Trace) gen {
			me := &self{}
			me.g = exception12Gen(tr, me)
			return me.g
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			me := &self{}
			me.g = agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { return exception12(y, tr, me) })
			return forward(y, me.g)
		}),
	difftest.Async("yieldFromSelf",
		func(tr *difftest.Trace) gen {
			me := &self{}
			me.g = yieldFromSelfGen(tr, me)
			return me.g
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			me := &self{}
			me.g = agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { return yieldFromSelf(y, tr, me) })
			return forward(y, me.g)
		}),
	difftest.Async("spinner",
		func(tr *difftest.Trace) gen { return spinnerGen(tr, later) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { spinner(y, tr, later); return nil },
		5, 6),
	difftest.Async("twoValues",
		func(tr *difftest.Trace) gen { return twoValuesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { twoValues(y, tr); return nil }),
}, checks...)

func later() agen.Awaitable[int] { return difftest.Later(7) }
