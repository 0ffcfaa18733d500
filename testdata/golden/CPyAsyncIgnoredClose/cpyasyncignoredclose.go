// Package cpyasyncignoredclose ports the "ignored GeneratorExit" tests of
// CPython's Lib/test/test_asyncgen.py (test_async_gen_asyncio_aclose_06,
// _aclose_11, test_async_gen_exception_07 to _09). A yield in a deferred
// call is rejected statically in generated code (SPEC §1), so the
// generator that ignores Close here is one the reference driver runs, and
// the generated body delegates to it with YieldFrom or closes it in its
// own deferred function: its close's ErrIgnoredClose reaches the
// consumer, as Python's RuntimeError propagates out of the delegating
// generator.
package cpyasyncignoredclose

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type gen = agen.AsyncGenerator[int, int]

// ignoring is foo of test_async_gen_asyncio_aclose_06 (try: yield 1;
// finally: await; yield 12), for the reference driver only.
var ignoring = func(y *agen.AsyncYielder[int, int], tr *difftest.Trace) error {
	defer func() {
		agen.Await(y, difftest.Later(0))
		tr.Log("inner yields in its finally")
		y.Yield(12)
		tr.Log("not reached while closing")
	}()
	y.Yield(1)
	y.Yield(2)
	return nil
}

func ignoringRef(tr *difftest.Trace) gen {
	return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { return ignoring(y, tr) })
}

// delegates delegates to a generator that ignores Close.
//
//agen:generator
func delegates(y *agen.AsyncYielder[int, int], tr *difftest.Trace, mk func() gen) error {
	defer tr.Log("outer finally")
	err := y.YieldFrom(mk())
	tr.Log("from: %v", err)
	y.Yield(100)
	return err
}

// closesInFinally consumes a generator that ignores Close and awaits its
// close in its own finally.
//
//agen:generator
func closesInFinally(y *agen.AsyncYielder[int, int], tr *difftest.Trace, mk func() gen) (err error) {
	in := mk()
	defer func() {
		_, err = agen.Await(y, in.AClose())
		tr.Log("inner close: %v", err)
	}()
	v, err := agen.Await(y, in.ANext())
	if err != nil {
		return err
	}
	y.Yield(v)
	return nil
}

// catchAllThenYield is gen of test_async_gen_asyncio_aclose_11: a bare
// except around a yield, then another yield. Python's bare except catches
// GeneratorExit and the next yield makes aclose raise "ignored
// GeneratorExit"; per SPEC §1 Close unwinds at YieldErr, so Close
// succeeds and nothing after the YieldErr runs.
//
//agen:generator
func catchAllThenYield(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer tr.Log("deferred")
	if _, err := y.YieldErr(0); err != nil {
		tr.Log("caught %v", err)
	}
	y.Yield(1)
	tr.Log("DONE += 1")
}

// Suite is the differential suite of this package, and the checks of
// Python's documented results (checks.go).
var Suite = append(difftest.Suite{
	difftest.Async("delegates",
		func(tr *difftest.Trace) gen { return delegatesGen(tr, func() gen { return ignoringRef(tr) }) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			return delegates(y, tr, func() gen { return ignoringRef(tr) })
		}),
	difftest.Async("closesInFinally",
		func(tr *difftest.Trace) gen { return closesInFinallyGen(tr, func() gen { return ignoringRef(tr) }) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			return closesInFinally(y, tr, func() gen { return ignoringRef(tr) })
		}),
	difftest.Async("catchAllThenYield",
		func(tr *difftest.Trace) gen { return catchAllThenYieldGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { catchAllThenYield(y, tr); return nil }),
}, checks...)
