// Package cpysyncdelegation ports CPython's Lib/test/test_pep380.py (yield
// from) to y.YieldFrom: delegation of next, send, throw and close, errors
// raised in the delegate, return values (a Go body's end error, which
// YieldFrom returns), delegation to a Generator that is not a generated
// one (Python's non-generator iterators), and a delegation loop. Python's
// finally is a deferred call; raising is returning an error (which the
// delegator passes on by returning it) or panicking.
package cpysyncdelegation

import (
	"errors"
	"fmt"
	"iter"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type gen = agen.Generator[string, int]

var (
	errSpanish = errors.New("spanish inquisition occurred")
	errEels    = errors.New("hovercraft is full of eels")
	errNybbles = errors.New("nybbles have exploded with delight")
	errTomato  = errors.New("tomato ejected")
	errLunch   = errors.New("LunchError")
)

// returned is a return value of a delegate: Python's return v.
type returned struct{ v int }

func (r returned) Error() string { return fmt.Sprint(r.v) }

// g1Initial and g2Initial are test_delegation_of_initial_next_to_subgenerator.
//
//agen:generator
func g1Initial(y *agen.Yielder[string, int], tr *difftest.Trace) error {
	tr.Log("Starting g1")
	if err := y.YieldFrom(g2InitialGen(tr)); err != nil {
		return err
	}
	tr.Log("Finishing g1")
	return nil
}

//agen:generator
func g2Initial(y *agen.Yielder[string, int], tr *difftest.Trace) {
	tr.Log("Starting g2")
	y.Yield("42")
	tr.Log("Finishing g2")
}

// g1Raising and g2Raising are test_raising_exception_in_initial_next_call.
//
//agen:generator
func g1Raising(y *agen.Yielder[string, int], tr *difftest.Trace) error {
	defer tr.Log("Finishing g1")
	tr.Log("Starting g1")
	return y.YieldFrom(g2RaisingGen(tr))
}

//agen:generator
func g2Raising(y *agen.Yielder[string, int], tr *difftest.Trace) error {
	defer tr.Log("Finishing g2")
	tr.Log("Starting g2")
	return errSpanish
}

// g1Spam delegates to g2Spam between two yields of its own: the tests of
// next, of an error in a delegated next, of close, of throw, and of an
// error while delegating close. fail says what g2 does: 0 nothing, 1
// returns errEels after its first yield, 2 panics in its finally.
//
//agen:generator
func g1Spam(y *agen.Yielder[string, int], tr *difftest.Trace, fail int) error {
	defer tr.Log("Finishing g1")
	tr.Log("Starting g1")
	y.Yield("g1 ham")
	if err := y.YieldFrom(g2SpamGen(tr, fail)); err != nil {
		return err
	}
	y.Yield("g1 eggs")
	return nil
}

//agen:generator
func g2Spam(y *agen.Yielder[string, int], tr *difftest.Trace, fail int) error {
	defer func() {
		tr.Log("Finishing g2")
		if fail == 2 {
			panic(errNybbles)
		}
	}()
	tr.Log("Starting g2")
	y.Yield("g2 spam")
	if fail == 1 {
		return errEels
	}
	y.Yield("g2 more spam")
	return nil
}

// g1Send and g2Send are test_delegation_of_send and
// test_handling_exception_while_delegating_send (fail).
//
//agen:generator
func g1Send(y *agen.Yielder[string, int], tr *difftest.Trace, fail bool) error {
	tr.Log("Starting g1")
	x := y.Yield("g1 ham")
	tr.Log("g1 received %d", x)
	if err := y.YieldFrom(g2SendGen(tr, fail)); err != nil {
		return err
	}
	x = y.Yield("g1 eggs")
	tr.Log("g1 received %d", x)
	tr.Log("Finishing g1")
	return nil
}

//agen:generator
func g2Send(y *agen.Yielder[string, int], tr *difftest.Trace, fail bool) error {
	tr.Log("Starting g2")
	x := y.Yield("g2 spam")
	tr.Log("g2 received %d", x)
	if fail {
		return errEels
	}
	x = y.Yield("g2 more spam")
	tr.Log("g2 received %d", x)
	tr.Log("Finishing g2")
	return nil
}

// g1Return and g2Return are test_generator_return_value: YieldFrom returns
// what the delegate ended with.
//
//agen:generator
func g1Return(y *agen.Yielder[string, int], tr *difftest.Trace) {
	tr.Log("Starting g1")
	y.Yield("g1 ham")
	ret := y.YieldFrom(g2ReturnGen(tr, 0))
	tr.Log("g2 returned %v", ret)
	ret = y.YieldFrom(g2ReturnGen(tr, 42))
	tr.Log("g2 returned %v", ret)
	y.Yield("g1 eggs")
	tr.Log("Finishing g1")
}

//agen:generator
func g2Return(y *agen.Yielder[string, int], tr *difftest.Trace, v int) error {
	tr.Log("Starting g2")
	y.Yield("g2 spam")
	y.Yield("g2 more spam")
	tr.Log("Finishing g2")
	if v != 0 {
		return returned{v}
	}
	return nil
}

// rangeIter is range(n): a Generator that is not a generated one.
type rangeIter struct {
	i, n int
	err  error
}

func (r *rangeIter) Next() (string, bool) {
	if r.i >= r.n {
		return "", false
	}
	r.i++
	return fmt.Sprint(r.i - 1), true
}

func (r *rangeIter) Send(int) (string, bool) { return r.Next() }

func (r *rangeIter) Throw(err error) (string, bool) {
	if r.i < r.n {
		r.i, r.err = r.n, err
	}
	return "", false
}

func (r *rangeIter) Close() error { r.i = r.n; return nil }

func (r *rangeIter) Err() error { return r.err }

func (r *rangeIter) All() iter.Seq[string] {
	return func(yield func(string) bool) {
		for {
			v, ok := r.Next()
			if !ok || !yield(v) {
				return
			}
		}
	}
}

// fromRange is test_delegation_of_next_to_non_generator,
// _close_to_non_generator, _throw_to_non_generator.
//
//agen:generator
func fromRange(y *agen.Yielder[string, int], tr *difftest.Trace, n int) error {
	defer tr.Log("finishing g")
	tr.Log("starting g")
	if err := y.YieldFrom(&rangeIter{n: n}); err != nil {
		return err
	}
	tr.Log("g should not be here")
	return nil
}

// g1Zero and g2Zero are test_exception_in_initial_next_call: 1/0 in the
// delegate's first yield.
//
//agen:generator
func g1Zero(y *agen.Yielder[string, int], tr *difftest.Trace, zero int) {
	tr.Log("g1 about to yield from g2")
	y.YieldFrom(g2ZeroGen(tr, zero))
	tr.Log("g1 should not be here")
}

//agen:generator
func g2Zero(y *agen.Yielder[string, int], tr *difftest.Trace, zero int) {
	y.Yield(fmt.Sprint(1 / zero))
}

// loopSelf holds the generator the delegation loop comes back to.
type loopSelf struct{ g gen }

// g1Loop and g2Loop are test_attempted_yield_from_loop: g2 delegates to
// g1, which is running (delegating to g2): "generator already executing"
// (agen.ErrRunning panics).
//
//agen:generator
func g1Loop(y *agen.Yielder[string, int], tr *difftest.Trace, me *loopSelf) {
	tr.Log("g1: starting")
	y.Yield("y1")
	tr.Log("g1: about to yield from g2")
	y.YieldFrom(g2LoopGen(tr, me))
	tr.Log("g1 should not be here")
}

//agen:generator
func g2Loop(y *agen.Yielder[string, int], tr *difftest.Trace, me *loopSelf) {
	tr.Log("g2: starting")
	y.Yield("y2")
	tr.Log("g2: about to yield from g1")
	y.YieldFrom(me.g)
	tr.Log("g2 should not be here")
}

// g1Lunch and g2Lunch are test_returning_value_from_delegated_throw: g2
// catches the LunchError thrown through g1.
//
//agen:generator
func g1Lunch(y *agen.Yielder[string, int], tr *difftest.Trace) error {
	defer tr.Log("Finishing g1")
	tr.Log("Starting g1")
	y.Yield("g1 ham")
	if err := y.YieldFrom(g2LunchGen(tr)); err != nil {
		return err
	}
	y.Yield("g1 eggs")
	return nil
}

//agen:generator
func g2Lunch(y *agen.Yielder[string, int], tr *difftest.Trace) {
	tr.Log("Starting g2")
	if _, err := y.YieldErr("g2 spam"); err != nil {
		tr.Log("Caught %v in g2", err)
		y.Yield("g2 lunch saved")
		y.Yield("g2 yet more spam")
		return
	}
	if _, err := y.YieldErr("g2 more spam"); err != nil {
		tr.Log("Caught %v in g2", err)
		y.Yield("g2 lunch saved")
		y.Yield("g2 yet more spam")
	}
}

// returnsValue is g of test_next_and_return_with_value and
// test_send_and_return_with_value.
//
//agen:generator
func returnsValue(y *agen.Yielder[string, int], tr *difftest.Trace, r int) error {
	tr.Log("g starting")
	x := y.Yield("")
	tr.Log("g received %d", x)
	tr.Log("g returning %d", r)
	if r != 0 {
		return returned{r}
	}
	return nil
}

// outerCatch and innerCatch are
// test_catching_exception_from_subgen_and_returning.
//
//agen:generator
func innerCatch(y *agen.Yielder[string, int], tr *difftest.Trace) error {
	if _, err := y.YieldErr("1"); err != nil {
		tr.Log("inner caught %v", err)
	}
	return returned{2}
}

//agen:generator
func outerCatch(y *agen.Yielder[string, int], tr *difftest.Trace) {
	v := y.YieldFrom(innerCatchGen(tr))
	tr.Log("inner returned %v to outer", v)
	y.Yield(v.Error())
}

// gExit and fExit are test_throwing_GeneratorExit_into_subgen_that_*:
// GeneratorExit thrown into the delegator is Close in agen (the delegate
// is closed, then the delegator unwinds); how f reacts to it: 0 returns
// (its except clause: a deferred call), 1 raises (panics in its deferred
// call).
//
//agen:generator
func gExit(y *agen.Yielder[string, int], tr *difftest.Trace, how int) {
	defer tr.Log("g unwinds")
	tr.Log("Enter g")
	y.YieldFrom(fExitGen(tr, how))
	tr.Log("Exit g")
}

//agen:generator
func fExit(y *agen.Yielder[string, int], tr *difftest.Trace, how int) {
	defer func() {
		if how == 1 {
			panic("Vorpal bunny encountered")
		}
		tr.Log("f returns")
	}()
	tr.Log("Enter f")
	y.Yield("")
	tr.Log("Exit f")
}

// fromEmpty is test_yield_from_empty.
//
//agen:generator
func fromEmpty(y *agen.Yielder[string, int], tr *difftest.Trace) error {
	return y.YieldFrom(&rangeIter{})
}

type body = func(*difftest.Trace, *agen.Yielder[string, int]) error

// sync returns the differential case of a body.
func sync(name string, g func(*difftest.Trace) gen, b body) difftest.Case {
	return difftest.Sync(name, g, b, 1, 2, 3, 4)
}

// loopBody runs g1Loop under the reference driver behind a delegation, so
// that it can be handed its own generator.
var loopBody = func(tr *difftest.Trace, y *agen.Yielder[string, int]) error {
	me := &loopSelf{}
	me.g = agen.Goroutine(func(y *agen.Yielder[string, int]) error { g1Loop(y, tr, me); return nil })
	return y.YieldFrom(me.g)
}

func loopGen(tr *difftest.Trace) gen {
	me := &loopSelf{}
	me.g = g1LoopGen(tr, me)
	return me.g
}

// Suite is the differential suite of this package, and the checks of
// Python's documented results (checks.go).
var Suite = append(difftest.Suite{
	sync("initialNext",
		func(tr *difftest.Trace) gen { return g1InitialGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Initial(y, tr) }),
	sync("raisingInitialNext",
		func(tr *difftest.Trace) gen { return g1RaisingGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Raising(y, tr) }),
	sync("spam",
		func(tr *difftest.Trace) gen { return g1SpamGen(tr, 0) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Spam(y, tr, 0) }),
	sync("spam/raises",
		func(tr *difftest.Trace) gen { return g1SpamGen(tr, 1) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Spam(y, tr, 1) }),
	sync("spam/finallyPanics",
		func(tr *difftest.Trace) gen { return g1SpamGen(tr, 2) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Spam(y, tr, 2) }),
	sync("send",
		func(tr *difftest.Trace) gen { return g1SendGen(tr, false) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Send(y, tr, false) }),
	sync("send/raises",
		func(tr *difftest.Trace) gen { return g1SendGen(tr, true) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Send(y, tr, true) }),
	sync("returnValue",
		func(tr *difftest.Trace) gen { return g1ReturnGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { g1Return(y, tr); return nil }),
	sync("fromRange",
		func(tr *difftest.Trace) gen { return fromRangeGen(tr, 3) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return fromRange(y, tr, 3) }),
	sync("zero",
		func(tr *difftest.Trace) gen { return g1ZeroGen(tr, 0) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { g1Zero(y, tr, 0); return nil }),
	sync("loop", loopGen, loopBody),
	sync("lunch",
		func(tr *difftest.Trace) gen { return g1LunchGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Lunch(y, tr) }),
	sync("returnsValue",
		func(tr *difftest.Trace) gen { return returnsValueGen(tr, 42) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return returnsValue(y, tr, 42) }),
	sync("outerCatch",
		func(tr *difftest.Trace) gen { return outerCatchGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { outerCatch(y, tr); return nil }),
	sync("exit/returns",
		func(tr *difftest.Trace) gen { return gExitGen(tr, 0) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { gExit(y, tr, 0); return nil }),
	sync("exit/raises",
		func(tr *difftest.Trace) gen { return gExitGen(tr, 1) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { gExit(y, tr, 1); return nil }),
	sync("fromEmpty",
		func(tr *difftest.Trace) gen { return fromEmptyGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return fromEmpty(y, tr) }),
}, checks...)
