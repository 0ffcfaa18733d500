// Package reentry holds bodies that call operations on their own
// generator while it runs: each panics with agen.ErrRunning.
package reentry

import (
	"errors"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// self is how a body finds a generator (its own, or another one): set
// after construction.
type self struct {
	g agen.Generator[int, agen.None]
}

// try runs op and logs how it ended.
func try(tr *difftest.Trace, name string, op func()) {
	defer func() {
		r := recover()
		err, _ := r.(error)
		tr.Log("%s: recovered %v, ErrRunning=%v", name, r, errors.Is(err, agen.ErrRunning))
	}()
	op()
}

// reenter calls every operation of its own generator from the body.
//
//agen:generator
func reenter(y *agen.Yielder[int, agen.None], tr *difftest.Trace, me *self) {
	try(tr, "Next before the first yield", func() { me.g.Next() })
	y.Yield(1)
	try(tr, "Next", func() { me.g.Next() })
	try(tr, "Send", func() { me.g.Send(agen.None{}) })
	try(tr, "Throw", func() { me.g.Throw(errors.New("x")) })
	y.Yield(2)
	try(tr, "Close", func() { tr.Log("Close -> %v", me.g.Close()) })
	try(tr, "All", func() {
		for v := range me.g.All() {
			tr.Log("All -> %d", v)
		}
	})
	tr.Log("Err -> %v", me.g.Err())
	y.Yield(3)
}

// unrecovered calls Next on its own generator without recovering: the
// panic ends the body and leaves the operation that resumed it.
//
//agen:generator
func unrecovered(y *agen.Yielder[int, agen.None], tr *difftest.Trace, me *self) {
	defer tr.Log("deferred runs")
	y.Yield(1)
	me.g.Next()
	tr.Log("unreachable")
}

// inDefer calls its own generator from deferred calls, which run at the
// normal end, on Close, and on Throw.
//
//agen:generator
func inDefer(y *agen.Yielder[int, agen.None], tr *difftest.Trace, me *self) {
	defer try(tr, "deferred Next", func() { me.g.Next() })
	defer try(tr, "deferred Close", func() { tr.Log("Close -> %v", me.g.Close()) })
	y.Yield(1)
	y.Yield(2)
}

// nested drives another generator of its own type, which drives a third:
// none of them is re-entered.
//
//agen:generator
func nested(y *agen.Yielder[int, agen.None], tr *difftest.Trace, depth int) {
	if depth == 0 {
		y.Yield(0)
		y.Yield(1)
		return
	}
	inner := nestedGen(tr, depth-1)
	defer func() { tr.Log("depth %d closes inner: %v", depth, inner.Close()) }()
	for v, ok := inner.Next(); ok; v, ok = inner.Next() {
		y.Yield(v + depth*10)
	}
}

// forward runs g as the body of the generator of yieldErr, so that a reference
// generator can be handed to its own body: it passes on what the
// consumer does.
func forward(yieldErr func(int) (agen.None, error), g agen.Generator[int, agen.None]) error {
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

type body = func(*agen.Yielder[int, agen.None], *difftest.Trace, *self)

// selfCase returns the case of a body that gets its own generator.
func selfCase(name string, b body, gen func(*difftest.Trace, *self) agen.Generator[int, agen.None]) difftest.Case {
	return difftest.Sync(name,
		func(tr *difftest.Trace) agen.Generator[int, agen.None] {
			me := &self{}
			me.g = gen(tr, me)
			return me.g
		},
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error {
			me := &self{}
			me.g = agen.Goroutine(func(y *agen.Yielder[int, agen.None]) error { b(y, tr, me); return nil })
			return forward(y.YieldErr, me.g)
		})
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	selfCase("reenter", reenter, func(tr *difftest.Trace, me *self) agen.Generator[int, agen.None] { return reenterGen(tr, me) }),
	selfCase("unrecovered", unrecovered, func(tr *difftest.Trace, me *self) agen.Generator[int, agen.None] { return unrecoveredGen(tr, me) }),
	selfCase("inDefer", inDefer, func(tr *difftest.Trace, me *self) agen.Generator[int, agen.None] { return inDeferGen(tr, me) }),
	difftest.Sync("nested",
		func(tr *difftest.Trace) agen.Generator[int, agen.None] { return nestedGen(tr, 2) },
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { nested(y, tr, 2); return nil }),
}
