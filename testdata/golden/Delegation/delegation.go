// Package delegation holds bodies that delegate to other generators with
// YieldFrom (PEP 380): values and sends pass through, throws are thrown
// into the delegate, Close closes the delegate first, and YieldFrom
// returns the error the delegate ended with.
package delegation

import (
	"errors"
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// maker makes the generators a body delegates to: generated ones, or
// agen.Goroutine ones for the reference.
type maker struct {
	leaf func(tr *difftest.Trace, name string, n int) agen.Generator[int, int]
}

// leaf yields n values, logging what it gets, catching throws at even
// values and ending with an error at a throw on an odd one.
//
//agen:generator
func leaf(y *agen.Yielder[int, int], tr *difftest.Trace, name string, n int) (err error) {
	defer func() { tr.Log("%s ends: %v", name, err) }()
	for i := range n {
		if i%2 == 0 {
			s, err := y.YieldErr(i * 10)
			if err != nil {
				tr.Log("%s caught %v", name, err)
				y.Yield(-i)
				continue
			}
			tr.Log("%s got %d", name, s)
		} else {
			tr.Log("%s got %d", name, y.Yield(i*10))
		}
	}
	return errors.New(name + " done")
}

// chain delegates to a leaf, then to another, and yields what YieldFrom
// returned in between.
//
//agen:generator
func chain(y *agen.Yielder[int, int], tr *difftest.Trace, mk maker) error {
	defer tr.Log("chain deferred")
	y.Yield(1)
	err := y.YieldFrom(mk.leaf(tr, "a", 3))
	tr.Log("from a: %v", err)
	if err := y.YieldFrom(mk.leaf(tr, "b", 2)); err != nil {
		tr.Log("from b: %v", err)
		y.Yield(2)
	}
	return fmt.Errorf("chain: %w", err)
}

// middle delegates to a leaf, and is delegated to by top: three deep.
//
//agen:generator
func middle(y *agen.Yielder[int, int], tr *difftest.Trace, mk maker) {
	defer tr.Log("middle deferred")
	if err := y.YieldFrom(mk.leaf(tr, "leaf", 4)); err != nil {
		tr.Log("middle: %v", err)
		y.Yield(500)
	}
}

// top delegates to a middle generator (made by self, generated or not).
//
//agen:generator
func top(y *agen.Yielder[int, int], tr *difftest.Trace, mid func() agen.Generator[int, int]) {
	defer tr.Log("top deferred")
	err := y.YieldFrom(mid())
	tr.Log("top: %v", err)
	y.Yield(y.Yield(7) + 1)
}

// started delegates to a generator it already advanced, then to the same
// one finished.
//
//agen:generator
func started(y *agen.Yielder[int, int], tr *difftest.Trace, mk maker) {
	g := mk.leaf(tr, "s", 3)
	v, ok := g.Next()
	tr.Log("advanced: %d %v", v, ok)
	tr.Log("first: %v", y.YieldFrom(g))
	tr.Log("again: %v", y.YieldFrom(g))
}

// panicky delegates to a generator whose body panics, recovering it in a
// deferred call.
//
//agen:generator
func panicky(y *agen.Yielder[int, int], tr *difftest.Trace, boom func() agen.Generator[int, int]) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("recovered %v", p)
		}
	}()
	y.Yield(1)
	return y.YieldFrom(boom())
}

// boom panics after a yield.
//
//agen:generator
func boom(y *agen.Yielder[int, int]) {
	y.Yield(10)
	panic("boom")
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("chain",
		func(tr *difftest.Trace) agen.Generator[int, int] { return chainGen(tr, generated) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return chain(y, tr, generated) },
		5, 6),
	difftest.Sync("chainOverReference",
		func(tr *difftest.Trace) agen.Generator[int, int] { return chainGen(tr, reference) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return chain(y, tr, reference) },
		5, 6),
	difftest.Sync("top",
		func(tr *difftest.Trace) agen.Generator[int, int] {
			return topGen(tr, func() agen.Generator[int, int] { return middleGen(tr, generated) })
		},
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error {
			top(y, tr, func() agen.Generator[int, int] { return middleGen(tr, generated) })
			return nil
		},
		3),
	difftest.Sync("started",
		func(tr *difftest.Trace) agen.Generator[int, int] { return startedGen(tr, generated) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { started(y, tr, generated); return nil }),
	difftest.Sync("panicky",
		func(tr *difftest.Trace) agen.Generator[int, int] {
			return panickyGen(tr, func() agen.Generator[int, int] { return boomGen() })
		},
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error {
			return panicky(y, tr, func() agen.Generator[int, int] { return boomGen() })
		}),
}

var (
	generated = maker{leaf: func(tr *difftest.Trace, name string, n int) agen.Generator[int, int] { return leafGen(tr, name, n) }}
	reference = maker{leaf: func(tr *difftest.Trace, name string, n int) agen.Generator[int, int] {
		return agen.Goroutine(func(y *agen.Yielder[int, int]) error { return leaf(y, tr, name, n) })
	}}
)
