// Package cpyasyncfinalize ports the finalization tests of CPython's
// Lib/test/test_asyncgen.py: loop.shutdown_asyncgens (agen's
// Loop.Shutdown) with finally blocks that await or raise
// (test_async_gen_asyncio_shutdown_01, _shutdown_exception_01), a task
// cancelled while its generator waits, and an abandoned generator closed
// by the runtime on its loop (test_async_gen_asyncio_gc_aclose_09).
package cpyasyncfinalize

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type gen = agen.AsyncGenerator[int, int]

// waiter is waiter of test_async_gen_asyncio_shutdown_01: it waits (for
// longer than the test runs), and its finally awaits.
//
//agen:generator
func waiter(y *agen.AsyncYielder[int, int], tr *difftest.Trace, wait agen.Awaitable[int]) error {
	defer func() {
		_, err := agen.Await(y, difftest.Later(0))
		tr.Log("finalized (finally's await: %v)", err)
	}()
	if _, err := agen.Await(y, wait); err != nil {
		return err
	}
	y.Yield(1)
	return nil
}

// suspended yields twice; its finally awaits: left suspended at a yield,
// it is what shutdown_asyncgens closes.
//
//agen:generator
func suspended(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer func() {
		v, err := agen.Await(y, difftest.Later(3))
		tr.Log("finalized, awaited %d %v", v, err)
	}()
	y.Yield(1)
	y.Yield(2)
}

// raising is async_iterate of test_async_gen_asyncio_shutdown_exception_01:
// its finally raises (1 / 0).
//
//agen:generator
func raising(y *agen.AsyncYielder[int, int], tr *difftest.Trace, zero int) {
	defer func() {
		tr.Log("finally")
		tr.Log("%d", 1/zero)
	}()
	y.Yield(1)
	y.Yield(2)
}

// forever is gen of test_async_gen_asyncio_gc_aclose_09: while True: yield
// 1, and a finally that awaits twice.
//
//agen:generator
func forever(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer func() {
		agen.Await(y, difftest.Later(0))
		agen.Await(y, difftest.Later(0))
		tr.Log("DONE = 1")
	}()
	for {
		y.Yield(1)
	}
}

// waitsForever yields, then waits for an awaitable that is never ready;
// its finally awaits.
//
//agen:generator
func waitsForever(y *agen.AsyncYielder[int, int], tr *difftest.Trace, never agen.Awaitable[int]) {
	defer func() {
		v, err := agen.Await(y, difftest.Later(4))
		tr.Log("finally awaited %d %v", v, err)
	}()
	y.Yield(1)
	agen.Await(y, never)
	tr.Log("never here")
}

// Suite is the differential suite of this package, and the checks of
// Python's documented results (checks.go).
var Suite = append(difftest.Suite{
	difftest.Async("waiter",
		func(tr *difftest.Trace) gen { return waiterGen(tr, difftest.Stall[int]()) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			return waiter(y, tr, difftest.Stall[int]())
		}),
	difftest.Async("suspended",
		func(tr *difftest.Trace) gen { return suspendedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { suspended(y, tr); return nil }),
	difftest.Async("raising",
		func(tr *difftest.Trace) gen { return raisingGen(tr, 0) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { raising(y, tr, 0); return nil }),
	difftest.Async("forever",
		func(tr *difftest.Trace) gen { return foreverGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { forever(y, tr); return nil }),
	difftest.Async("waitsForever",
		func(tr *difftest.Trace) gen { return waitsForeverGen(tr, difftest.Stall[int]()) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			waitsForever(y, tr, difftest.Stall[int]())
			return nil
		}),
}, checks...)
