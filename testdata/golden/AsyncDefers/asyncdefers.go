// Package defers holds bodies with deferred calls around suspension
// points: what runs them (a normal end, Close, Throw) and with what.
package asyncdefers

import (
	"errors"
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

func logIt(tr *difftest.Trace, what string, v int) {
	tr.Log("deferred %s %d", what, v)
}

type closer struct {
	tr   *difftest.Trace
	name string
	n    int
}

func (c *closer) Close() {
	c.tr.Log("close %s n=%d", c.name, c.n)
}

func (c closer) Show() {
	c.tr.Log("show %s n=%d", c.name, c.n)
}

// kinds defers a function literal, a named function, method values with
// pointer and value receivers, and a method of an interface.
//
//agen:generator
func kinds(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer func() { tr.Log("literal") }()
	x := 1
	defer logIt(tr, "named", x)
	c := &closer{tr: tr, name: "ptr"}
	defer c.Close()
	v := closer{tr: tr, name: "val"}
	defer v.Show()
	show := v.Show
	var s fmt.Stringer = stringer("iface")
	defer tr.Log("stringer %s", s.String())
	defer fmt.Sprint(s)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	c.n = x
	v.n = x
	show()
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))
}

type stringer string

func (s stringer) String() string { return string(s) }

// loop defers in a loop: LIFO, each with its own arguments.
//
//agen:generator
func loop(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i := range 4 {
		defer tr.Log("loop defer %d", i)
		defer func() { tr.Log("loop literal %d", i) }()
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	tr.Log("loop done")
}

// argsAtDefer evaluates the arguments of deferred calls when the defer
// statement runs, and the function value too.
//
//agen:generator
func argsAtDefer(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	x := 1
	f := func(v int) { tr.Log("first f %d", v) }
	defer f(x)
	defer func(v int) { tr.Log("literal arg %d, x now %d", v, x) }(x)
	f = func(v int) { tr.Log("second f %d", v) }
	x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
	defer f(x)
	xs := []int{1, 2}
	defer tr.Log("slice %v", xs)
	xs[0] = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
	v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100)))) + x
	defer logIt(tr, "yielded", v)
	x = 99
}

// namedResults changes the named result in deferred calls after a
// normal return.
//
//agen:generator
func namedResults(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
		tr.Log("deferred sees err=%v", err)
	}()
	v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	if v > 5 {
		return errors.New("too big")
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	if v == 0 {
		return nil
	}
	return fmt.Errorf("got %d", v)
}

// clearErr drops the error of a normal return in a deferred call.
//
//agen:generator
func clearErr(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		tr.Log("clearing %v", err)
		err = nil
	}()
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	return errors.New("dropped")
}

// recoverNil runs deferred calls that call recover while Close or Throw
// unwinds the body: recover returns nil there.
//
//agen:generator
func recoverNil(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		r := recover()
		tr.Log("recover=%v err=%v", r, err)
	}()
	for i := range 3 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	return errors.New("end")
}

// throwAtYield unwinds at a Yield on Throw and at YieldErr catches it,
// with deferred calls registered in between.
//
//agen:generator
func throwAtYield(y *agen.AsyncYielder[int, int], tr *difftest.Trace) error {
	defer tr.Log("outer defer")
	_, err := y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	tr.Log("caught %v", err)
	defer func() { tr.Log("inner defer, err=%v", err) }()
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	_, err = y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](3))))
	if err != nil {
		return fmt.Errorf("returned %w", err)
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))
	return nil
}

// builtins defers close, delete and a builtin through a literal.
//
//agen:generator
func builtins(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	ch := make(chan int, 1)
	m := map[string]int{"a": 1, "b": 2}
	defer func() {
		_, open := <-ch
		tr.Log("open=%v m=%v", open, m)
	}()
	defer close(ch)
	defer delete(m, "a")
	defer tr.Log("len before delete %d", len(m))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](len(m)))))
	m["c"] = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))
	defer func() { tr.Log("len=%d", len(m)) }()
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](len(m)))))
}

// scoped defers inside nested blocks and conditions: deferred calls run
// when the function ends, not the block.
//
//agen:generator
func scoped(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) > 0 {
		defer tr.Log("defer in if")
		tr.Log("leaving if")
	} else {
		defer tr.Log("defer in else")
	}
	{
		defer tr.Log("defer in block")
	}
	switch y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))) {
	case 0:
		defer tr.Log("defer in case 0")
	default:
		defer tr.Log("defer in default")
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))
	tr.Log("end of body")
}

type wrapper struct {
	*closer
	extra int
}

// trace logs entering and returns what logs leaving.
func trace(tr *difftest.Trace, name string) func() {
	tr.Log("enter %s", name)
	return func() { tr.Log("leave %s", name) }
}

// moreKinds defers a function returned by a call, a promoted method of
// an embedded field, a method expression, a spread variadic call, and
// the builtins copy and clear.
//
//agen:generator
func moreKinds(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer trace(tr, "body")()
	w := wrapper{closer: &closer{tr: tr, name: "embedded"}}
	defer w.Close()
	defer (*closer).Close(&closer{tr: tr, name: "method expr"})
	args := []any{1, "two"}
	defer tr.Log("spread %v %v", args...)
	dst := make([]int, 3)
	src := []int{7, 8, 9}
	defer func() { tr.Log("dst=%v", dst) }()
	defer copy(dst, src)
	m := map[string]int{"a": 1}
	defer func() { tr.Log("m=%v", m) }()
	defer clear(m)
	w.closer = &closer{tr: tr, name: "replaced"}
	src[0] = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	args[0] = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	m["b"] = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))
}

// returnYields returns the result of an expression with yields, which a
// deferred call then wraps; Close or Throw at those yields ignores it.
//
//agen:generator
func returnYields(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		tr.Log("deferred sees %v", err)
		if err != nil {
			err = fmt.Errorf("wrapped(%w)", err)
		}
	}()
	if v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))); v > 0 {
		return fmt.Errorf("sum %d", v+y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))))
	}
	return errorIf(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))) > 0, "third")
}

func errorIf(b bool, msg string) error {
	if b {
		return errors.New(msg)
	}
	return nil
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("kinds",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return kindsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { kinds(y, tr); return nil },
		5),
	difftest.Async("loop",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return loopGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { loop(y, tr); return nil }),
	difftest.Async("argsAtDefer",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return argsAtDeferGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { argsAtDefer(y, tr); return nil },
		5, 6),
	difftest.Async("namedResults",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return namedResultsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return namedResults(y, tr) },
		0, 3, 9),
	difftest.Async("clearErr",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return clearErrGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return clearErr(y, tr) }),
	difftest.Async("recoverNil",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return recoverNilGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return recoverNil(y, tr) }),
	difftest.Async("throwAtYield",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return throwAtYieldGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return throwAtYield(y, tr) }),
	difftest.Async("builtins",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return builtinsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { builtins(y, tr); return nil },
		7),
	difftest.Async("scoped",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return scopedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { scoped(y, tr); return nil },
		0, 1),
	difftest.Async("moreKinds",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return moreKindsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { moreKinds(y, tr); return nil },
		5, 6),
	difftest.Async("returnYields",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return returnYieldsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return returnYields(y, tr) },
		1, 0, 2),
}
