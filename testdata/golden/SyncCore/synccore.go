// Package synccore holds bodies with deferred calls whose state lives in an
// agen.SyncCore: deferred calls that panic, recover, call runtime.Goexit
// or set the result, at every way a body ends.
package synccore

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// rec recovers and logs, without touching any result.
func rec(tr *difftest.Trace) {
	tr.Log("rec: %v", recover())
}

// namedLocal assigns its named result, which nothing captures, then
// panics; a deferred call recovers: the body returns the value assigned.
//
//agen:generator
func namedLocal(y *agen.Yielder[int, int], tr *difftest.Trace) (err error) {
	defer rec(tr)
	v := y.Yield(1)
	err = fmt.Errorf("assigned %d", v)
	if v > 0 {
		panic("positive")
	}
	y.Yield(2)
	return
}

// namedLocalBeforeYield assigns its named result before a yield, then
// panics after it.
//
//agen:generator
func namedLocalBeforeYield(y *agen.Yielder[int, int], tr *difftest.Trace) (err error) {
	defer rec(tr)
	err = errors.New("early")
	if y.Yield(1) > 0 {
		panic("positive")
	}
	y.Yield(2)
	return errors.New("late")
}

// returnThenPanic returns, then a deferred call panics and an earlier one
// recovers: the unnamed result keeps the value returned.
//
//agen:generator
func returnThenPanic(y *agen.Yielder[int, int], tr *difftest.Trace) error {
	defer rec(tr)
	defer func() {
		tr.Log("panicking")
		panic("late")
	}()
	if y.Yield(1) > 0 {
		return errors.New("positive")
	}
	y.Yield(2)
	return errors.New("end")
}

// returnThenPanicNamed is returnThenPanic with a named result that the
// recovering call sets.
//
//agen:generator
func returnThenPanicNamed(y *agen.Yielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v after %v", r, err)
		}
	}()
	defer func() { panic("late") }()
	if y.Yield(1) > 0 {
		return errors.New("positive")
	}
	y.Yield(2)
	return errors.New("end")
}

// returnPanicsUnrecovered returns, then a deferred call panics for good.
//
//agen:generator
func returnPanicsUnrecovered(y *agen.Yielder[int, int], tr *difftest.Trace) error {
	defer tr.Log("first deferred")
	defer func() { panic("late") }()
	y.Yield(1)
	return errors.New("end")
}

// noResult has no result; a deferred call recovers.
//
//agen:generator
func noResult(y *agen.Yielder[int, int], tr *difftest.Trace) {
	defer rec(tr)
	if y.Yield(1) > 0 {
		panic("positive")
	}
	y.Yield(2)
}

// goexitBody calls runtime.Goexit in the body.
//
//agen:generator
func goexitBody(y *agen.Yielder[int, int], tr *difftest.Trace) (err error) {
	defer func() { tr.Log("deferred, recover=%v", recover()); err = errors.New("set") }()
	if y.Yield(1) > 0 {
		runtime.Goexit()
	}
	y.Yield(2)
	return nil
}

// goexitRecoveredPanic: during a Goexit of the body, a deferred call
// panics and an earlier one recovers: the goroutine still exits.
//
//agen:generator
func goexitRecoveredPanic(y *agen.Yielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		r := recover()
		tr.Log("recovered %v", r)
		err = fmt.Errorf("rec %v", r)
	}()
	defer func() { panic("during") }()
	if y.Yield(1) > 0 {
		runtime.Goexit()
	}
	y.Yield(2)
	return errors.New("end")
}

// loopDefers defers in a loop: many pending.
//
//agen:generator
func loopDefers(y *agen.Yielder[int, int], tr *difftest.Trace) (err error) {
	for i := range 4 {
		defer func() {
			tr.Log("deferred %d err=%v recover=%v", i, err, recover())
			if i == 2 {
				err = fmt.Errorf("set by %d", i)
			}
		}()
		if y.Yield(i) == 7 {
			panic("seven")
		}
	}
	return errors.New("end")
}

// conditional defers only when sent a positive value, after a yield.
//
//agen:generator
func conditional(y *agen.Yielder[int, int], tr *difftest.Trace) error {
	if y.Yield(1) > 0 {
		defer func() { tr.Log("conditional deferred, recover=%v", recover()) }()
	}
	v := y.Yield(2)
	if v > 1 {
		panic(v)
	}
	y.Yield(3)
	return errors.New("end")
}

// panicInDeferOnClose has a deferred call that panics and one that
// recovers and sets the result: at Close, Throw and the end.
//
//agen:generator
func panicInDeferOnClose(y *agen.Yielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		r := recover()
		tr.Log("recover=%v err=%v", r, err)
		if r != nil {
			err = fmt.Errorf("from %v", r)
		}
	}()
	defer func() {
		tr.Log("panicking")
		panic("in defer")
	}()
	y.Yield(1)
	y.Yield(2)
	return errors.New("end")
}

// panicInDeferUnrecovered has a deferred call that panics for good.
//
//agen:generator
func panicInDeferUnrecovered(y *agen.Yielder[int, int], tr *difftest.Trace) error {
	defer tr.Log("outer")
	defer func() { panic("in defer") }()
	y.Yield(1)
	y.Yield(2)
	return nil
}

// throwCaught catches a thrown error, defers afterwards.
//
//agen:generator
func throwCaught(y *agen.Yielder[int, int], tr *difftest.Trace) (err error) {
	_, e := y.YieldErr(1)
	tr.Log("caught %v", e)
	defer func() { tr.Log("deferred err=%v recover=%v", err, recover()) }()
	_, e = y.YieldErr(2)
	if e != nil {
		return fmt.Errorf("wrapped %w", e)
	}
	y.Yield(3)
	return nil
}

// Pair is a generic element.
type Pair[T any] struct{ A, B T }

// generic is a generic body with a deferred call that recovers.
//
//agen:generator
func generic[T any](y *agen.Yielder[T, int], tr *difftest.Trace, a, b T) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("generic %v", r)
		}
	}()
	defer tr.Log("generic deferred %v", Pair[T]{a, b})
	if y.Yield(a) > 0 {
		panic(b)
	}
	y.Yield(b)
	return nil
}

// counter has a method generator.
type counter struct {
	tr *difftest.Trace
	n  int
}

// count is a method generator with deferred calls.
//
//agen:generator
func (c *counter) count(y *agen.Yielder[int, int]) (err error) {
	defer func() {
		c.tr.Log("count deferred n=%d recover=%v", c.n, recover())
		err = fmt.Errorf("n=%d", c.n)
	}()
	for {
		c.n++
		if y.Yield(c.n) > 2 {
			panic("big")
		}
		if c.n > 3 {
			return nil
		}
	}
}

// panicThenGoexit panics; a deferred call calls runtime.Goexit, which
// ends the panic and the goroutine.
//
//agen:generator
func panicThenGoexit(y *agen.Yielder[int, int], tr *difftest.Trace, goexit bool) (err error) {
	defer func() { tr.Log("outer recover=%v", recover()); err = errors.New("outer") }()
	panicking := false
	defer func() {
		if goexit && panicking {
			tr.Log("goexit")
			runtime.Goexit()
		}
	}()
	if y.Yield(1) > 0 {
		panicking = true
		panic("body")
	}
	y.Yield(2)
	return errors.New("end")
}

// self is how a body finds its own generator.
type self struct {
	g agen.Generator[int, int]
}

// reenterAtReturn closes its own generator from a deferred call at its
// normal end, or when it panics: ErrRunning, not recovered.
//
//agen:generator
func reenterAtReturn(y *agen.Yielder[int, int], tr *difftest.Trace, me *self) (err error) {
	defer tr.Log("first deferred")
	defer func() {
		tr.Log("closing self")
		tr.Log("Close -> %v", me.g.Close())
	}()
	if y.Yield(1) > 0 {
		panic("body")
	}
	y.Yield(2)
	return errors.New("end")
}

// reenterRecovered recovers the ErrRunning of a deferred call that resumes
// its own generator, and sets the result.
//
//agen:generator
func reenterRecovered(y *agen.Yielder[int, int], tr *difftest.Trace, me *self) (err error) {
	defer func() {
		r := recover()
		tr.Log("recovered %v err=%v Err=%v", r, err, me.g.Err())
		if r != nil {
			err = fmt.Errorf("rec %v", r)
		}
	}()
	defer func() {
		v, ok := me.g.Next()
		tr.Log("unreachable %v %v", v, ok)
	}()
	y.Yield(1)
	y.Yield(2)
	return errors.New("end")
}

// forward runs g as the body of a reference generator, passing on what
// the consumer does.
func forward(yieldErr func(int) (int, error), g agen.Generator[int, int]) error {
	defer g.Close()
	v, ok := g.Next()
	for ok {
		s, err := yieldErr(v)
		if err != nil {
			v, ok = g.Throw(err)
		} else {
			v, ok = g.Send(s)
		}
	}
	return g.Err()
}

type selfBody = func(*agen.Yielder[int, int], *difftest.Trace, *self) error

// selfCase returns the case of a body that gets its own generator.
func selfCase(name string, b selfBody, gen func(*difftest.Trace, *self) agen.Generator[int, int], sends ...int) difftest.Case {
	return difftest.Sync(name,
		func(tr *difftest.Trace) agen.Generator[int, int] {
			me := &self{}
			me.g = gen(tr, me)
			return me.g
		},
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error {
			me := &self{}
			me.g = agen.Goroutine(func(y *agen.Yielder[int, int]) error { return b(y, tr, me) })
			return forward(y.YieldErr, me.g)
		}, sends...)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("namedLocal",
		func(tr *difftest.Trace) agen.Generator[int, int] { return namedLocalGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return namedLocal(y, tr) },
		0, 1),
	difftest.Sync("namedLocalBeforeYield",
		func(tr *difftest.Trace) agen.Generator[int, int] { return namedLocalBeforeYieldGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return namedLocalBeforeYield(y, tr) },
		0, 1),
	difftest.Sync("returnThenPanic",
		func(tr *difftest.Trace) agen.Generator[int, int] { return returnThenPanicGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return returnThenPanic(y, tr) },
		0, 1),
	difftest.Sync("returnThenPanicNamed",
		func(tr *difftest.Trace) agen.Generator[int, int] { return returnThenPanicNamedGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return returnThenPanicNamed(y, tr) },
		0, 1),
	difftest.Sync("returnPanicsUnrecovered",
		func(tr *difftest.Trace) agen.Generator[int, int] { return returnPanicsUnrecoveredGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return returnPanicsUnrecovered(y, tr) }),
	difftest.Sync("noResult",
		func(tr *difftest.Trace) agen.Generator[int, int] { return noResultGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { noResult(y, tr); return nil },
		0, 1),
	difftest.Sync("goexitBody",
		func(tr *difftest.Trace) agen.Generator[int, int] { return goexitBodyGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return goexitBody(y, tr) },
		0, 1),
	difftest.Sync("goexitRecoveredPanic",
		func(tr *difftest.Trace) agen.Generator[int, int] { return goexitRecoveredPanicGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return goexitRecoveredPanic(y, tr) },
		0, 1),
	difftest.Sync("loopDefers",
		func(tr *difftest.Trace) agen.Generator[int, int] { return loopDefersGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return loopDefers(y, tr) },
		0, 7),
	difftest.Sync("conditional",
		func(tr *difftest.Trace) agen.Generator[int, int] { return conditionalGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return conditional(y, tr) },
		1, 2, 0),
	difftest.Sync("panicInDeferOnClose",
		func(tr *difftest.Trace) agen.Generator[int, int] { return panicInDeferOnCloseGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return panicInDeferOnClose(y, tr) }),
	difftest.Sync("panicInDeferUnrecovered",
		func(tr *difftest.Trace) agen.Generator[int, int] { return panicInDeferUnrecoveredGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return panicInDeferUnrecovered(y, tr) }),
	difftest.Sync("throwCaught",
		func(tr *difftest.Trace) agen.Generator[int, int] { return throwCaughtGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return throwCaught(y, tr) }),
	difftest.Sync("generic",
		func(tr *difftest.Trace) agen.Generator[string, int] { return genericGen(tr, "a", "b") },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return generic(y, tr, "a", "b") },
		0, 1),
	difftest.Sync("count",
		func(tr *difftest.Trace) agen.Generator[int, int] { return (&counter{tr: tr}).countGen() },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return (&counter{tr: tr}).count(y) },
		0, 3),
	difftest.Sync("panicThenGoexit",
		func(tr *difftest.Trace) agen.Generator[int, int] { return panicThenGoexitGen(tr, true) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return panicThenGoexit(y, tr, true) },
		0, 1),
	difftest.Sync("panicNoGoexit",
		func(tr *difftest.Trace) agen.Generator[int, int] { return panicThenGoexitGen(tr, false) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return panicThenGoexit(y, tr, false) },
		0, 1),
	selfCase("reenterAtReturn", reenterAtReturn,
		func(tr *difftest.Trace, me *self) agen.Generator[int, int] { return reenterAtReturnGen(tr, me) }, 0, 1),
	selfCase("reenterRecovered", reenterRecovered,
		func(tr *difftest.Trace, me *self) agen.Generator[int, int] { return reenterRecoveredGen(tr, me) }, 0, 1),
}

// valueRecv has a method with a value receiver: a method value of a nil
// *valueRecv panics where it is evaluated, at the defer statement.
type valueRecv struct{ name string }

func (v valueRecv) log(tr *difftest.Trace) { tr.Log("valueRecv %s", v.name) }

// deferEvalPanics defers calls, then a defer statement whose method value
// panics when evaluated: the pending deferred calls run, and one recovers.
//
//agen:generator
func deferEvalPanics(y *agen.Yielder[int, int], tr *difftest.Trace, p *valueRecv) (_ error) {
	defer rec(tr)
	defer tr.Log("pending")
	if y.Yield(1) > 0 {
		defer p.log(tr)
	}
	y.Yield(2)
	return errors.New("end")
}

// operandYield yields among the operands of a defer statement: closed
// there, the call is not deferred yet.
//
//agen:generator
func operandYield(y *agen.Yielder[int, int], tr *difftest.Trace) error {
	defer tr.Log("first")
	defer tr.Log("operand %d", y.Yield(1))
	y.Yield(2)
	return nil
}

// gotoDefers defers in a loop made of goto, with a switch around the
// defer statement.
//
//agen:generator
func gotoDefers(y *agen.Yielder[int, int], tr *difftest.Trace) (err error) {
	i := 0
again:
	switch v := y.Yield(i); {
	case v > 2:
		defer func(n int) {
			tr.Log("deferred %d recover=%v err=%v", n, recover(), err)
			err = fmt.Errorf("last %d", n)
		}(v)
	case v == 1:
		panic(i)
	}
	i++
	if i < 4 {
		goto again
	}
	return errors.New("end")
}

// deferredPanicNil defers panic(nil): a deferred call recovers a
// *runtime.PanicNilError.
//
//agen:generator
func deferredPanicNil(y *agen.Yielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		r := recover()
		_, isNil := r.(*runtime.PanicNilError)
		tr.Log("recovered PanicNilError=%v", isNil)
		if r != nil {
			err = errors.New("recovered")
		}
	}()
	defer panic(nil)
	y.Yield(1)
	return errors.New("end")
}

// list is a generic receiver.
type list[T any] struct {
	tr    *difftest.Trace
	items []T
}

// each is a generic method generator whose deferred call recovers and
// sets the result.
//
//agen:generator
func (l *list[T]) each(y *agen.Yielder[T, int]) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("each: %v", r)
		}
		l.tr.Log("each ends err=%v", err)
	}()
	for i, it := range l.items {
		defer l.tr.Log("item %d deferred", i)
		if y.Yield(it) > 0 {
			panic(it)
		}
	}
	return nil
}

// Suite2 is the second part of the suite.
var Suite2 = difftest.Suite{
	difftest.Sync("deferEvalPanics",
		func(tr *difftest.Trace) agen.Generator[int, int] { return deferEvalPanicsGen(tr, nil) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return deferEvalPanics(y, tr, nil) },
		0, 1),
	difftest.Sync("operandYield",
		func(tr *difftest.Trace) agen.Generator[int, int] { return operandYieldGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return operandYield(y, tr) },
		5, 6),
	difftest.Sync("gotoDefers",
		func(tr *difftest.Trace) agen.Generator[int, int] { return gotoDefersGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return gotoDefers(y, tr) },
		3, 4, 0, 1),
	difftest.Sync("deferredPanicNil",
		func(tr *difftest.Trace) agen.Generator[int, int] { return deferredPanicNilGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return deferredPanicNil(y, tr) }),
	difftest.Sync("each",
		func(tr *difftest.Trace) agen.Generator[string, int] {
			return (&list[string]{tr: tr, items: []string{"a", "b", "c"}}).eachGen()
		},
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error {
			return (&list[string]{tr: tr, items: []string{"a", "b", "c"}}).each(y)
		},
		0, 1),
}

func init() { Suite = append(Suite, Suite2...) }
