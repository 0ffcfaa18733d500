// Package cpysyncprotocol ports the PEP 342 tests of CPython's
// Lib/test/test_generators.py (coroutine_tests and friends) to sync
// generators: send into started and new generators, throw caught and
// uncaught, throw into a new generator, close and GeneratorExit (a
// deferred call), a generator that ignores close, finalization of an
// abandoned generator, and a generator running itself.
package cpysyncprotocol

import (
	"errors"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type gen = agen.Generator[int, int]

var (
	errValue = errors.New("ValueError")
	errType  = errors.New("TypeError")
)

// printsSent is `def f(): print((yield 1)); yield 2`.
//
//agen:generator
func printsSent(y *agen.Yielder[int, int], tr *difftest.Trace) {
	tr.Log("print %d", y.Yield(1))
	y.Yield(2)
}

// catcher is the ValueError catcher of coroutine_tests:
//
//	while True:
//	    try: print((yield))
//	    except ValueError as v: print("caught ValueError (%s)" % v)
//
//agen:generator
func catcher(y *agen.Yielder[int, int], tr *difftest.Trace) error {
	for {
		v, err := y.YieldErr(0)
		if errors.Is(err, errValue) {
			tr.Log("caught ValueError (%v)", err)
			continue
		}
		if err != nil {
			return err
		}
		tr.Log("print %d", v)
	}
}

// exiting is `def f(): try: yield; except GeneratorExit: print("exiting")`:
// the except clause is a deferred call, which Close runs.
//
//agen:generator
func exiting(y *agen.Yielder[int, int], tr *difftest.Trace) {
	defer tr.Log("exiting")
	y.Yield(0)
}

// ignores is `try: yield; except GeneratorExit: yield "foo!"`, for the
// reference driver only (a yield in a deferred call is rejected statically
// in generated code).
var ignores = func(y *agen.Yielder[int, int], tr *difftest.Trace) error {
	defer func() {
		tr.Log("yields while closing")
		y.Yield(-1)
	}()
	y.Yield(0)
	return nil
}

func ignoresRef(tr *difftest.Trace) gen {
	return agen.Goroutine(func(y *agen.Yielder[int, int]) error { return ignores(y, tr) })
}

// delegatesToIgnoring delegates to a generator that ignores close: its
// Close's ErrIgnoredClose is the delegator's (test_pep380's
// test_throwing_GeneratorExit_into_subgenerator_that_yields).
//
//agen:generator
func delegatesToIgnoring(y *agen.Yielder[int, int], tr *difftest.Trace, mk func() gen) error {
	defer tr.Log("delegator unwinds")
	tr.Log("Enter g")
	err := y.YieldFrom(mk())
	tr.Log("Exit g: %v", err)
	return err
}

// self is how a body finds its own generator.
type self struct{ g gen }

// reenters is `def g(): i = next(me); yield i`: "generator already
// executing" (agen.ErrRunning panics).
//
//agen:generator
func reenters(y *agen.Yielder[int, int], tr *difftest.Trace, me *self) {
	defer tr.Log("unwinds")
	i, _ := me.g.Next()
	y.Yield(i)
}

// forward runs a reference generator behind a delegation, so that it can
// be handed its own generator.
var forward = func(y *agen.Yielder[int, int], tr *difftest.Trace) error {
	me := &self{}
	me.g = agen.Goroutine(func(y *agen.Yielder[int, int]) error { reenters(y, tr, me); return nil })
	return y.YieldFrom(me.g)
}

func reentersGenSelf(tr *difftest.Trace) gen {
	me := &self{}
	me.g = reentersGen(tr, me)
	return me.g
}

// Suite is the differential suite of this package, and the checks of
// Python's documented results (checks.go).
var Suite = append(difftest.Suite{
	difftest.Sync("printsSent",
		func(tr *difftest.Trace) gen { return printsSentGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { printsSent(y, tr); return nil },
		42, 7),
	difftest.Sync("catcher",
		func(tr *difftest.Trace) gen { return catcherGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return catcher(y, tr) },
		1, 2),
	difftest.Sync("exiting",
		func(tr *difftest.Trace) gen { return exitingGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { exiting(y, tr); return nil }),
	difftest.Sync("delegatesToIgnoring",
		func(tr *difftest.Trace) gen { return delegatesToIgnoringGen(tr, func() gen { return ignoresRef(tr) }) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error {
			return delegatesToIgnoring(y, tr, func() gen { return ignoresRef(tr) })
		}),
	difftest.Sync("reenters", reentersGenSelf,
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return forward(y, tr) }),
}, checks...)
