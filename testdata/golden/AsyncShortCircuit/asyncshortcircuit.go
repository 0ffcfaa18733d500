// Package shortcircuit holds bodies with suspension points in the
// operands of && and ||: the right operand, and its yield, runs only when
// the left one does not decide.
package asyncshortcircuit

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// cond logs its name and returns v.
func cond(tr *difftest.Trace, name string, v bool) bool {
	tr.Log("cond %s=%v", name, v)
	return v
}

// right yields on the right of && and ||, after a call on the left.
//
//agen:generator
func right(y *agen.AsyncYielder[int, bool], tr *difftest.Trace) {
	for i := range 4 {
		a := cond(tr, "a", i%2 == 0) && y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		tr.Log("and=%v", a)
		o := cond(tr, "o", i >= 2) || y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10+i))))
		tr.Log("or=%v", o)
	}
}

// left yields on the left of && and ||: the right operand is a call that
// runs only when needed.
//
//agen:generator
func left(y *agen.AsyncYielder[int, bool], tr *difftest.Trace) {
	a := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) && cond(tr, "a", true)
	tr.Log("and=%v", a)
	o := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))) || cond(tr, "o", false)
	tr.Log("or=%v", o)
	both := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))) && y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))
	tr.Log("both=%v", both)
	either := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5)))) || y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6))))
	tr.Log("either=%v", either)
}

// chains mixes && and || with yields at several depths.
//
//agen:generator
func chains(y *agen.AsyncYielder[int, bool], tr *difftest.Trace) {
	v := cond(tr, "a", false) || (y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) && cond(tr, "b", true)) || y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	tr.Log("v=%v", v)
	w := (cond(tr, "c", true) && y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))) || (cond(tr, "d", true) && !y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4)))))
	tr.Log("w=%v", w)
	x := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5)))) && (y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6)))) || cond(tr, "e", false)) && y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7))))
	tr.Log("x=%v", x)
	z := !(cond(tr, "f", true) && y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](8))))) == (y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](9)))) || cond(tr, "g", true))
	tr.Log("z=%v", z)
}

// positions uses short circuits with yields in conditions, arguments,
// returns of closures' results and assignments to existing variables.
//
//agen:generator
func positions(y *agen.AsyncYielder[int, bool], tr *difftest.Trace) error {
	if cond(tr, "if", true) && y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) {
		tr.Log("then")
	} else {
		tr.Log("else")
	}
	tr.Log("arg %v %v", cond(tr, "p", false) || y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))), cond(tr, "q", true) && y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))))
	var flags [2]bool
	flags[0] = cond(tr, "r", true) && y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))
	flags[1] = flags[0] || y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5))))
	tr.Log("flags=%v", flags)
	n := 0
	for n < 5 && (n < 2 || y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100+n))))) {
		tr.Log("n=%d", n)
		n++
	}
	ok := false
	ok = ok || cond(tr, "s", false) || y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6))))
	if !ok {
		return nil
	}
	return errorIf(cond(tr, "t", false) || y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7)))))
}

// lazy has other lazily evaluated operands: switch cases, evaluated in
// order until one matches, and loop conditions.
//
//agen:generator
func lazy(y *agen.AsyncYielder[int, bool], tr *difftest.Trace) {
	for round := range 3 {
		switch {
		case cond(tr, "first", round == 0):
			tr.Log("case first")
		case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](round)))), cond(tr, "second", round == 1):
			tr.Log("case second")
		case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10+round)))) && cond(tr, "third", true):
			tr.Log("case third")
		default:
			tr.Log("default")
		}
	}
	i := 0
	for y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](20+i)))) && i < 3 {
		i++
	}
	tr.Log("i=%d", i)
	flag := false
	set := func() bool {
		flag = true
		tr.Log("set")
		return false
	}
	r := set() || flag && y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](30))))
	tr.Log("r=%v flag=%v", r, flag)
}

func errorIf(b bool) error {
	if b {
		return errBody
	}
	return nil
}

type bodyError struct{}

func (bodyError) Error() string { return "body error" }

var errBody error = bodyError{}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("right",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, bool] { return rightGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, bool]) error { right(y, tr); return nil },
		true, false),
	difftest.Async("left",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, bool] { return leftGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, bool]) error { left(y, tr); return nil },
		true, false, true),
	difftest.Async("chains",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, bool] { return chainsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, bool]) error { chains(y, tr); return nil },
		true, true, false),
	difftest.Async("positions",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, bool] { return positionsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, bool]) error { return positions(y, tr) },
		true, false, true, true),
	difftest.Async("lazy",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, bool] { return lazyGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, bool]) error { lazy(y, tr); return nil },
		false, true, true),
}
