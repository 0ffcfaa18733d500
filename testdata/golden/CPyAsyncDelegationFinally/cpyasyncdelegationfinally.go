// Package cpyasyncdelegationfinally combines what test_asyncgen.py tests
// one at a time: delegation (PEP 380's forwarding of send, throw and
// close, with y.YieldFrom in async bodies) through generators whose
// finally blocks await, catch thrown errors, recover panics and change
// their results, two and three deep, over generated and reference
// delegates.
package cpyasyncdelegationfinally

import (
	"errors"
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type gen = agen.AsyncGenerator[int, int]

// maker makes the delegates.
type maker func(tr *difftest.Trace, name string, n int) gen

// leaf yields n values; its finally awaits, recovers a panic and changes
// the result. A Throw is caught, except at its second value, where it
// ends the leaf; a sent 99 panics.
//
//agen:generator
func leaf(y *agen.AsyncYielder[int, int], tr *difftest.Trace, name string, n int) (err error) {
	defer func() {
		v, e := agen.Await(y, difftest.Later(1))
		tr.Log("%s finally awaited %d %v, err=%v", name, v, e, err)
		if p := recover(); p != nil {
			tr.Log("%s recovered %v", name, p)
			err = fmt.Errorf("%s recovered", name)
		}
	}()
	for i := range n {
		s, err := y.YieldErr(i)
		if err != nil {
			tr.Log("%s caught %v", name, err)
			if i == 1 {
				return err
			}
			continue
		}
		if s == 99 {
			panic(name + " boom")
		}
		agen.Await(y, difftest.Later(0))
	}
	return errors.New(name + " done")
}

// outer delegates to two leaves in turn, yielding between them; its
// finally awaits too.
//
//agen:generator
func outer(y *agen.AsyncYielder[int, int], tr *difftest.Trace, mk maker) (err error) {
	defer func() {
		agen.Await(y, difftest.Later(2))
		tr.Log("outer finally err=%v", err)
	}()
	for round := range 2 {
		err := y.YieldFrom(mk(tr, fmt.Sprint("leaf", round), 3))
		tr.Log("round %d: %v", round, err)
		y.Yield(100 + round)
	}
	return nil
}

// middle delegates to a leaf, catching nothing: what the leaf ends with,
// middle returns.
//
//agen:generator
func middle(y *agen.AsyncYielder[int, int], tr *difftest.Trace, name string, n int) error {
	defer func() {
		_, err := agen.Await(y, difftest.Later(3))
		tr.Log("%s finally %v", name, err)
	}()
	tr.Log("%s starts", name)
	return y.YieldFrom(leafGen(tr, name+"/leaf", n))
}

// exploding is g2 of test_pep380's
// test_handing_exception_while_delegating_close, async: its finally awaits,
// then raises.
//
//agen:generator
func exploding(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer func() {
		agen.Await(y, difftest.Later(0))
		tr.Log("Finishing g2")
		panic("nybbles have exploded with delight")
	}()
	tr.Log("Starting g2")
	y.Yield(1)
	y.Yield(2)
}

// delegatesToExploding is g1 there: the panic of g2's close reaches the
// consumer after g1's finally, which awaits, ran.
//
//agen:generator
func delegatesToExploding(y *agen.AsyncYielder[int, int], tr *difftest.Trace, g2 func() gen) {
	defer func() {
		v, err := agen.Await(y, difftest.Later(5))
		tr.Log("Finishing g1 (%d %v)", v, err)
	}()
	tr.Log("Starting g1")
	y.Yield(0)
	y.YieldFrom(g2())
	y.Yield(3)
}

func leafRef(tr *difftest.Trace, name string, n int) gen {
	return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { return leaf(y, tr, name, n) })
}

func middleRef(tr *difftest.Trace, name string, n int) gen {
	return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { return middle(y, tr, name, n) })
}

var (
	generatedLeaf maker = func(tr *difftest.Trace, name string, n int) gen { return leafGen(tr, name, n) }
	referenceLeaf maker = leafRef
	generatedMid  maker = func(tr *difftest.Trace, name string, n int) gen { return middleGen(tr, name, n) }
	referenceMid  maker = middleRef
)

// Suite is the differential suite of this package, and a check of
// Python's documented result (checks.go).
var Suite = append(func() difftest.Suite {
	var s difftest.Suite
	for _, c := range []struct {
		name string
		mk   maker
	}{{"leaf", generatedLeaf}, {"referenceLeaf", referenceLeaf}, {"middle", generatedMid}, {"referenceMiddle", referenceMid}} {
		s = append(s, difftest.Async("outer/"+c.name,
			func(tr *difftest.Trace) gen { return outerGen(tr, c.mk) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return outer(y, tr, c.mk) },
			1, 99, 3, 4))
	}
	return append(s,
		difftest.Async("exploding",
			func(tr *difftest.Trace) gen {
				return delegatesToExplodingGen(tr, func() gen { return explodingGen(tr) })
			},
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
				delegatesToExploding(y, tr, func() gen { return explodingGen(tr) })
				return nil
			}),
		difftest.Async("explodingReference",
			func(tr *difftest.Trace) gen {
				return delegatesToExplodingGen(tr, func() gen { return explodingRef(tr) })
			},
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
				delegatesToExploding(y, tr, func() gen { return explodingRef(tr) })
				return nil
			}),
	)
}(), checks...)

func explodingRef(tr *difftest.Trace) gen {
	return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { exploding(y, tr); return nil })
}
