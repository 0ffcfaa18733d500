// Package advdefers holds adversarial deferred calls: in loops that do
// not suspend inside loops that do, of interface method values, of
// builtins, variadic, and named results after Throw.
package asyncadvdefers

import (
	"errors"
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type shower interface {
	show(tr *difftest.Trace, what string)
}

type named struct{ name string }

func (n named) show(tr *difftest.Trace, what string) { tr.Log("%s %s", n.name, what) }

type ptrNamed struct{ name string }

func (n *ptrNamed) show(tr *difftest.Trace, what string) { tr.Log("*%s %s", n.name, what) }

// innerLoops defers in a loop with no yield, nested in a loop that yields.
//
//agen:generator
func innerLoops(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i := range 3 {
		for j := range 2 {
			defer tr.Log("inner %d/%d", i, j)
			if j == 1 {
				defer func() { tr.Log("literal %d/%d", i, j) }()
			}
		}
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		for k := 0; k < 2; k++ {
			if k == i {
				continue
			}
			defer tr.Log("k %d %d", i, k)
		}
	}
	tr.Log("end")
}

// ifaceMethod defers method values of interfaces: the receiver is bound
// when the defer statement runs.
//
//agen:generator
func ifaceMethod(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	var s shower = named{"a"}
	defer s.show(tr, "first")
	m := s.show
	s = &ptrNamed{"b"}
	defer s.show(tr, "second")
	p := s.(*ptrNamed)
	v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	p.name = fmt.Sprint("b", v)
	defer m(tr, "m")
	s = named{"c"}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	defer shower.show(s, tr, "expr")
	s = nil
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))
}

// nilIface defers a method of a nil interface: Go panics at the defer
// statement.
//
//agen:generator
func nilIface(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer func() { tr.Log("recovered %v", recover() != nil) }()
	var s shower
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	defer s.show(tr, "never")
	tr.Log("not reached")
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
}

// builtins defers builtins and variadic calls.
//
//agen:generator
func builtins(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	ch := make(chan int, 3)
	m := map[string]int{"a": 1, "b": 2}
	defer func() {
		tr.Log("len m=%d", len(m))
		for v := range ch {
			tr.Log("ch %d", v)
		}
	}()
	defer close(ch)
	defer delete(m, "a")
	xs := []any{1, 2}
	defer tr.Log("%v %v", xs...)
	xs[0] = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	ch <- y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	defer tr.Log("%v %v", xs...)
	xs = []any{"x", "y"}
	dst := make([]int, 2)
	defer copy(dst, []int{7, 8})
	defer func() { tr.Log("dst %v", dst) }()
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))
}

// recoverDirect defers recover itself, which does not stop a panic, and
// panics from a defer.
//
//agen:generator
func recoverDirect(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v", r)
		}
	}()
	defer recover()
	v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	if v == 2 {
		defer panic("deferred panic")
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	if v > 0 {
		panic(v)
	}
	return nil
}

// namedAfterThrow: a deferred closure changes the named result while a
// Throw or a Close unwinds: the body's end error is still the thrown one.
//
//agen:generator
func namedAfterThrow(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	n := 0
	defer func() {
		tr.Log("deferred n=%d err=%v", n, err)
		err = errors.New("from defer")
		n = -1
	}()
	n = 1
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	n = 2
	_, err = y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	if err != nil {
		tr.Log("caught %v", err)
		n = 3
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))
	n = 4
	return nil
}

// namedErr returns through a named result changed by two defers.
//
//agen:generator
func namedErr(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("outer(%w)", err)
		}
	}()
	for i := range 3 {
		defer func() {
			if i == 1 && err == nil {
				err = errors.New("set by defer")
			}
		}()
		if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))) > 5 {
			return errors.New("big")
		}
	}
	return
}

func two(v int) (int, string) { return v, "two" }

func show(tr *difftest.Trace, a int, b string) { tr.Log("show %d %s", a, b) }

func pair[K any, V any](tr *difftest.Trace, k K, v V) { tr.Log("pair %v %v", k, v) }

type logger struct{ tr *difftest.Trace }

func (l logger) log(a int, b string) { l.tr.Log("log %d %s", a, b) }

func (l logger) all(args ...any) { l.tr.Log("all %v", args) }

func three() (any, any, any) { return 1, "x", 2.5 }

//agen:generator
func deferForms(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	lg := logger{tr}
	x := 1
	defer lg.log(two(x))
	defer lg.all(three())
	defer pair[int](tr, x, "partial")
	x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
	defer lg.log(two(x))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("innerLoops",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return innerLoopsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { innerLoops(y, tr); return nil }),
	difftest.Async("ifaceMethod",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return ifaceMethodGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { ifaceMethod(y, tr); return nil },
		5),
	difftest.Async("nilIface",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return nilIfaceGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { nilIface(y, tr); return nil }),
	difftest.Async("builtins",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return builtinsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { builtins(y, tr); return nil },
		5, 6),
	difftest.Async("recoverDirect",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return recoverDirectGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return recoverDirect(y, tr) },
		2, 1, 0),
	difftest.Async("namedAfterThrow",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return namedAfterThrowGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return namedAfterThrow(y, tr) }),
	difftest.Async("namedErr",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return namedErrGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return namedErr(y, tr) },
		1, 9),
	difftest.Async("deferForms",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return deferFormsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { deferForms(y, tr); return nil },
		5),
}
