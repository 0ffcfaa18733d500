// Package recover holds bodies that panic and recover in deferred calls:
// the body then returns normally, with the named results the deferred
// calls set.
package asyncrecover

import (
	"errors"
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// literal recovers in a deferred function literal and sets the named
// result.
//
//agen:generator
func literal(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		if r := recover(); r != nil {
			tr.Log("recovered %v", r)
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for i := range 5 {
		v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		if v == i+1 {
			panic(fmt.Sprintf("sent %d at %d", v, i))
		}
	}
	return errors.New("normal end")
}

// handle recovers into *err: deferred directly, recover works in it.
func handle(tr *difftest.Trace, err *error) {
	r := recover()
	tr.Log("handle: recover=%v", r)
	if r != nil {
		*err = fmt.Errorf("handled: %v", r)
	}
}

// named defers a named helper that recovers.
//
//agen:generator
func named(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer handle(tr, &err)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	var xs []int
	idx := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	tr.Log("xs[%d]", idx)
	_ = xs[idx] // index out of range
	return nil
}

// indirect calls recover from a function that the deferred literal
// calls: not directly deferred, recover returns nil and the panic goes
// on; an outer deferred call recovers it.
//
//agen:generator
func indirect(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		r := recover()
		tr.Log("outer recover=%v", r)
		err = fmt.Errorf("outer: %v", r)
	}()
	defer func() {
		handle(tr, &err)
		tr.Log("after indirect handle err=%v", err)
	}()
	if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) >= 0 {
		panic(errors.New("boom"))
	}
	return errors.New("negative")
}

// repanic recovers and panics again with a new value; an earlier
// deferred call recovers that one.
//
//agen:generator
func repanic(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		r := recover()
		tr.Log("second recover=%v", r)
		err = fmt.Errorf("final: %v", r)
	}()
	defer tr.Log("middle")
	defer func() {
		r := recover()
		tr.Log("first recover=%v", r)
		panic(fmt.Sprintf("again(%v)", r))
	}()
	if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) >= 0 {
		panic("first")
	}
	return nil
}

// unnamed recovers in a body whose result is not named: it returns nil.
//
//agen:generator
func unnamed(y *agen.AsyncYielder[int, int], tr *difftest.Trace) error {
	defer func() {
		tr.Log("recovered %v", recover())
	}()
	if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) > 0 {
		panic("positive")
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	return errors.New("not recovered")
}

// noPanic calls recover in deferred calls when nothing panics, after a
// normal return, and recover outside deferred calls.
//
//agen:generator
func noPanic(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	tr.Log("recover in body=%v", recover())
	defer func() {
		tr.Log("recover=%v err=%v", recover(), err)
	}()
	defer handle(tr, &err)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	return errors.New("returned")
}

type customErr struct {
	code int
}

func (e *customErr) Error() string { return fmt.Sprintf("custom %d", e.code) }

// values recovers panics of several kinds of values and tells them apart.
//
//agen:generator
func values(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i := range 6 {
		v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		func() {
			defer func() {
				r := recover()
				var ce *customErr
				if err, ok := r.(error); ok && errors.As(err, &ce) {
					tr.Log("custom error code %d", ce.code)
					return
				}
				tr.Log("recovered %T %v", r, r)
			}()
			switch i {
			case 0:
				panic(&customErr{code: v})
			case 1:
				panic(v)
			case 2:
				var m map[string]int
				m["x"] = v
			case 3:
				panic(nil)
			case 4:
				var p *customErr
				tr.Log("%d", p.code)
			case 5:
				tr.Log("%d", 10/v)
			}
		}()
	}
}

// afterRecover goes on yielding after a recovered panic in a call of the
// body, then panics for good after more yields and recovers at the end.
//
//agen:generator
func afterRecover(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("end: %v", r)
		}
	}()
	safe := func(f func()) {
		defer func() {
			if r := recover(); r != nil {
				tr.Log("safe: %v", r)
			}
		}()
		f()
	}
	safe(func() { panic("inner") })
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	safe(func() { tr.Log("fine") })
	if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))) == 0 {
		panic("outer")
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))
	return nil
}

type guard struct {
	tr   *difftest.Trace
	name string
}

func (g *guard) recoverInto(err *error) {
	if r := recover(); r != nil {
		g.tr.Log("%s recovered %v", g.name, r)
		*err = fmt.Errorf("%s: %v", g.name, r)
	}
}

// shapes recovers with a deferred method value, and with recover itself
// deferred (which does not recover: it is not called by a deferred
// function).
//
//agen:generator
func shapes(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	g := &guard{tr: tr, name: "guard"}
	defer g.recoverInto(&err)
	defer recover()
	defer tr.Log("first deferred")
	v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	tr.Log("v=%d", v)
	if v >= 0 {
		panic(fmt.Sprintf("v=%d", v))
	}
	return nil
}

// latePanic returns normally, then a deferred call panics and an earlier
// one recovers: the body ends with the result it returned, as changed.
//
//agen:generator
func latePanic(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		r := recover()
		tr.Log("recover=%v err=%v", r, err)
		if r != nil && err == nil {
			err = errors.New("late")
		}
	}()
	defer func() {
		tr.Log("panicking in defer")
		panic("in defer")
	}()
	if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) > 0 {
		return errors.New("positive")
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	return nil
}

// finalPanic ends with a panic that a deferred call recovers: nothing
// runs after it.
//
//agen:generator
func finalPanic(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		err = fmt.Errorf("recovered %v", recover())
	}()
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	panic("final")
}

// deferredPanic defers the builtin panic itself, with its argument
// evaluated at the defer statement; an earlier deferred call recovers it.
//
//agen:generator
func deferredPanic(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		r := recover()
		tr.Log("recovered %v", r)
		if r != nil {
			err = fmt.Errorf("got %v", r)
		}
	}()
	v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	defer panic(fmt.Sprintf("deferred panic %d", v))
	defer tr.Log("runs first")
	v = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	if v > 0 {
		return errors.New("positive")
	}
	return nil
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("literal",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return literalGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return literal(y, tr) },
		1, 2, 3),
	difftest.Async("named",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return namedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return named(y, tr) },
		0, 1),
	difftest.Async("indirect",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return indirectGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return indirect(y, tr) }),
	difftest.Async("repanic",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return repanicGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return repanic(y, tr) }),
	difftest.Async("unnamed",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return unnamedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return unnamed(y, tr) },
		0, 1),
	difftest.Async("noPanic",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return noPanicGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return noPanic(y, tr) }),
	difftest.Async("values",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return valuesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { values(y, tr); return nil },
		0, 3),
	difftest.Async("afterRecover",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return afterRecoverGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return afterRecover(y, tr) },
		0, 1),
	difftest.Async("shapes",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return shapesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return shapes(y, tr) },
		-1, 1),
	difftest.Async("latePanic",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return latePanicGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return latePanic(y, tr) },
		0, 1),
	difftest.Async("finalPanic",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return finalPanicGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return finalPanic(y, tr) }),
	difftest.Async("deferredPanic",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return deferredPanicGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return deferredPanic(y, tr) },
		3, 0),
}
