// Package asyncdelegation holds async bodies that delegate to other async
// generators with YieldFrom: the delegate's operations are awaited inline,
// and Close awaits the delegate's close before the body unwinds.
package asyncdelegation

import (
	"errors"
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// maker makes the generators a body delegates to.
type maker struct {
	leaf func(tr *difftest.Trace, name string, n int) agen.AsyncGenerator[int, int]
}

// leaf yields n values after awaits, logging what it gets, catching throws
// at even values and ending with an error.
//
//agen:generator
func leaf(y *agen.AsyncYielder[int, int], tr *difftest.Trace, name string, n int) (err error) {
	defer func() { tr.Log("%s ends: %v", name, err) }()
	for i := range n {
		v, _ := agen.Await(y, difftest.Later(i*10))
		if i%2 == 0 {
			s, err := y.YieldErr(v)
			if err != nil {
				tr.Log("%s caught %v", name, err)
				y.Yield(-i)
				continue
			}
			tr.Log("%s got %d", name, s)
		} else {
			tr.Log("%s got %d", name, y.Yield(v))
		}
	}
	return errors.New(name + " done")
}

// slowClose is a leaf for the reference driver only: its deferred call
// awaits while it closes (agen does not generate that yet), so a Close
// waits for it.
var slowClose = func(y *agen.AsyncYielder[int, int], tr *difftest.Trace, name string, n int) error {
	defer func() {
		v, err := agen.Await(y, difftest.Later(5))
		tr.Log("%s closing awaited %d %v", name, v, err)
	}()
	return leaf(y, tr, name, n)
}

// chain delegates to a leaf, then to another, and yields what YieldFrom
// returned in between.
//
//agen:generator
func chain(y *agen.AsyncYielder[int, int], tr *difftest.Trace, mk maker) error {
	defer tr.Log("chain deferred")
	y.Yield(1)
	err := y.YieldFrom(mk.leaf(tr, "a", 3))
	tr.Log("from a: %v", err)
	if err := y.YieldFrom(mk.leaf(tr, "b", 2)); err != nil {
		tr.Log("from b: %v", err)
		v, _ := agen.Await(y, difftest.Later(2))
		y.Yield(v)
	}
	return fmt.Errorf("chain: %w", err)
}

// middle delegates to a leaf, and is delegated to by top: three deep.
//
//agen:generator
func middle(y *agen.AsyncYielder[int, int], tr *difftest.Trace, mk maker) {
	defer tr.Log("middle deferred")
	if err := y.YieldFrom(mk.leaf(tr, "leaf", 4)); err != nil {
		tr.Log("middle: %v", err)
		y.Yield(500)
	}
}

// top delegates to a middle generator.
//
//agen:generator
func top(y *agen.AsyncYielder[int, int], tr *difftest.Trace, mid func() agen.AsyncGenerator[int, int]) {
	defer tr.Log("top deferred")
	err := y.YieldFrom(mid())
	tr.Log("top: %v", err)
	y.Yield(y.Yield(7) + 1)
}

// started delegates to a generator it already advanced, then to the same
// one finished.
//
//agen:generator
func started(y *agen.AsyncYielder[int, int], tr *difftest.Trace, mk maker) {
	g := mk.leaf(tr, "s", 3)
	v, err := agen.Await(y, g.ANext())
	tr.Log("advanced: %d %v", v, err)
	tr.Log("first: %v", y.YieldFrom(g))
	tr.Log("again: %v", y.YieldFrom(g))
}

// stalled delegates to a generator that waits until the consumer's context
// ends: the cancellation reaches it.
//
//agen:generator
func stalled(y *agen.AsyncYielder[int, int], tr *difftest.Trace, inner func() agen.AsyncGenerator[int, int]) {
	tr.Log("from: %v", y.YieldFrom(inner()))
	y.Yield(9)
}

// waits yields, then waits for a stalled awaitable.
//
//agen:generator
func waits(y *agen.AsyncYielder[int, int], tr *difftest.Trace) error {
	y.Yield(3)
	_, err := agen.Await(y, difftest.Stall[int]())
	tr.Log("waits: %v", err)
	return err
}

var (
	generated = maker{leaf: func(tr *difftest.Trace, name string, n int) agen.AsyncGenerator[int, int] {
		return leafGen(tr, name, n)
	}}
	reference = maker{leaf: func(tr *difftest.Trace, name string, n int) agen.AsyncGenerator[int, int] {
		return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { return leaf(y, tr, name, n) })
	}}
	slow = maker{leaf: func(tr *difftest.Trace, name string, n int) agen.AsyncGenerator[int, int] {
		return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { return slowClose(y, tr, name, n) })
	}}
)

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("chain",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return chainGen(tr, generated) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return chain(y, tr, generated) },
		5, 6),
	difftest.Async("chainOverReference",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return chainGen(tr, reference) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return chain(y, tr, reference) },
		5, 6),
	difftest.Async("chainOverSlowClose",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return chainGen(tr, slow) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return chain(y, tr, slow) },
		5, 6),
	difftest.Async("top",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] {
			return topGen(tr, func() agen.AsyncGenerator[int, int] { return middleGen(tr, generated) })
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			top(y, tr, func() agen.AsyncGenerator[int, int] { return middleGen(tr, generated) })
			return nil
		},
		3),
	difftest.Async("started",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return startedGen(tr, generated) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { started(y, tr, generated); return nil }),
	difftest.Async("stalled",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] {
			return stalledGen(tr, func() agen.AsyncGenerator[int, int] { return waitsGen(tr) })
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			stalled(y, tr, func() agen.AsyncGenerator[int, int] { return waitsGen(tr) })
			return nil
		}),
}
