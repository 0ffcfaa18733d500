// Package cpyasyncprotocol ports the protocol tests of CPython's
// Lib/test/test_asyncgen.py (PEP 525) to agen: iteration with awaits, asend,
// athrow caught and uncaught, exceptions from awaits and from the body, and
// the ends of a generator. Python's try/except around a yield is YieldErr;
// its finally is a deferred function (which may await); raising is
// returning an error or panicking.
package cpyasyncprotocol

import (
	"errors"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// errAwait is AwaitException; errZero stands for ZeroDivisionError.
var (
	errAwait = errors.New("AwaitException")
	errZero  = errors.New("ZeroDivisionError")
)

// iteration01 is test_async_gen_iteration_01: awaits between yields, and
// what a plain Next sends in (None: the zero value).
//
//agen:generator
func iteration01(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	agen.Await(y, difftest.Later(0))
	a := y.Yield(123)
	tr.Log("a = %d", a)
	agen.Await(y, difftest.Later(0))
	y.Yield(456)
	agen.Await(y, difftest.Later(0))
	y.Yield(789)
}

// iteration02 is test_async_gen_iteration_02 and test_async_gen_asyncio_01:
// the await after the last yield suspends the Next that ends the body, and
// a return ends it early.
//
//agen:generator
func iteration02(y *agen.AsyncYielder[int, int], tr *difftest.Trace, early bool) {
	agen.Await(y, difftest.Later(0))
	y.Yield(123)
	v, err := agen.Await(y, difftest.Later(1))
	tr.Log("awaited %d %v", v, err)
	if early {
		return
	}
	y.Yield(3)
}

// exception03 is test_async_gen_exception_03: an await that fails; the
// error propagates out of the body.
//
//agen:generator
func exception03(y *agen.AsyncYielder[int, int], tr *difftest.Trace) error {
	agen.Await(y, difftest.Later(0))
	y.Yield(123)
	if _, err := agen.Await(y, difftest.Fail[int](errAwait)); err != nil {
		return err
	}
	y.Yield(456)
	return nil
}

// exception04 is test_async_gen_exception_04 and test_async_gen_asyncio_02:
// 1 / 0 after a yield panics out of the Next that resumed it.
//
//agen:generator
func exception04(y *agen.AsyncYielder[int, int], tr *difftest.Trace, zero int) {
	agen.Await(y, difftest.Later(0))
	y.Yield(123)
	tr.Log("dividing")
	y.Yield(1 / zero)
	y.Yield(3)
}

// exception05 is test_async_gen_exception_05: the body ends with the
// error that marks the end (Python's raise StopAsyncIteration, which it
// turns into RuntimeError); in agen the consumer sees the end, Done,
// generated and under the reference driver alike.
//
//agen:generator
func exception05(y *agen.AsyncYielder[int, int], tr *difftest.Trace) error {
	y.Yield(123)
	return agen.Done
}

// anext04 is test_async_gen_asyncio_anext_04: a ZeroDivisionError thrown
// at yield 2 or 3 is caught, and the handler yields 1000.
//
//agen:generator
func anext04(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	y.Yield(1)
	agen.Await(y, difftest.Later(0))
	caught := false
	if _, err := y.YieldErr(2); err != nil {
		caught = true
		tr.Log("caught %v at 2", err)
	} else if _, err := y.YieldErr(3); err != nil {
		caught = true
		tr.Log("caught %v at 3", err)
	}
	if caught {
		y.Yield(1000)
	}
	agen.Await(y, difftest.Later(0))
	y.Yield(4)
}

// anext05 is test_async_gen_asyncio_anext_05: sent values come back.
//
//agen:generator
func anext05(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	v := y.Yield(1)
	v = y.Yield(v)
	y.Yield(v * 100)
}

// catchAll is test_async_gen_asyncio_anext_06, _athrow_03 and _aclose_10:
// a bare except around a yield, then the end. A Throw is caught; Close is
// not (SPEC §1: Close still unwinds at YieldErr, where Python's bare
// except catches GeneratorExit), so "DONE" is logged only after a Next, a
// Send or a Throw.
//
//agen:generator
func catchAll(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer tr.Log("deferred")
	if _, err := y.YieldErr(0); err != nil {
		tr.Log("caught %v", err)
	}
	tr.Log("DONE")
}

// athrow01 is test_async_gen_asyncio_athrow_01: FooEr caught at yield 1
// (v = 1000, then an await in the handler), yield v*2; the finally
// awaits twice, on every way out.
//
//agen:generator
func athrow01(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer func() {
		agen.Await(y, difftest.Later(0))
		agen.Await(y, difftest.Later(0))
		tr.Log("DONE = 1")
	}()
	agen.Await(y, difftest.Later(0))
	v, err := y.YieldErr(1)
	if err != nil {
		tr.Log("caught %v", err)
		v = 1000
		agen.Await(y, difftest.Later(0))
	}
	y.Yield(v * 2)
	agen.Await(y, difftest.Later(0))
}

// asend01 is test_async_gen_asyncio_asend_01: a return inside the try,
// the finally awaits.
//
//agen:generator
func asend01(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer func() {
		agen.Await(y, difftest.Later(0))
		agen.Await(y, difftest.Later(0))
		tr.Log("DONE = 1")
	}()
	agen.Await(y, difftest.Later(0))
	v := y.Yield(1)
	agen.Await(y, difftest.Later(0))
	y.Yield(v * 2)
	agen.Await(y, difftest.Later(0))
}

// asend02 is test_async_gen_asyncio_asend_02: an awaited coroutine fails
// after a sleep (sleep_n_crash); the finally awaits, then the error
// reaches the consumer's asend.
//
//agen:generator
func asend02(y *agen.AsyncYielder[int, int], tr *difftest.Trace) error {
	defer func() {
		agen.Await(y, difftest.Later(0))
		agen.Await(y, difftest.Later(0))
		tr.Log("DONE = 1")
	}()
	agen.Await(y, difftest.Later(0))
	v := y.Yield(1)
	agen.Await(y, difftest.Later(0))
	if _, err := agen.Await(y, difftest.Fail[int](errZero)); err != nil {
		return err
	}
	tr.Log("DONE += 1000")
	y.Yield(v * 2)
	return nil
}

// asend03 is test_async_gen_asyncio_asend_03 and _athrow_02: the awaited
// work is cancelled (the consumer's context ends while it waits); the
// finally still runs, and the cancellation reaches the consumer.
//
//agen:generator
func asend03(y *agen.AsyncYielder[int, int], tr *difftest.Trace, inHandler bool) error {
	defer func() {
		_, err := agen.Await(y, difftest.Later(0))
		tr.Log("DONE = 1 (finally's await: %v)", err)
	}()
	agen.Await(y, difftest.Later(0))
	v, err := y.YieldErr(1)
	if err != nil && inHandler || !inHandler {
		if _, err := agen.Await(y, difftest.Stall[int]()); err != nil {
			tr.Log("cancelled: %v", err)
			return err
		}
	}
	tr.Log("DONE += 1000")
	y.Yield(v * 2)
	return nil
}

// aclose07 is test_async_gen_asyncio_aclose_07 and _aclose_08: closed at
// yield 1, the finally awaits twice and the code after the yield never
// runs (a Go body has no code after its deferred calls).
//
//agen:generator
func aclose07(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer func() {
		agen.Await(y, difftest.Later(0))
		agen.Await(y, difftest.Later(0))
		tr.Log("DONE += 1")
	}()
	y.Yield(1)
	agen.Await(y, difftest.Stall[int]())
	tr.Log("DONE += 1000")
	y.Yield(2)
}

// aclose12 is test_async_gen_asyncio_aclose_12: the finally awaits a
// task that fails, and catches its error.
//
//agen:generator
func aclose12(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	task := agen.NewFuture[int]()
	defer func() {
		task.Reject(errZero)
		if _, err := agen.Await(y, task); errors.Is(err, errZero) {
			tr.Log("DONE = 1")
		}
	}()
	y.Yield(1)
}

type (
	gen  = agen.AsyncGenerator[int, int]
	body = func(*difftest.Trace, *agen.AsyncYielder[int, int]) error
)

// async returns the differential case of a body.
func async(name string, g func(*difftest.Trace) gen, b body) difftest.Case {
	return difftest.Async(name, g, b, 10, 100, 12)
}

// Suite is the differential suite of this package, and the checks of
// Python's documented results (checks.go).
var Suite = append(difftest.Suite{
	async("iteration01",
		func(tr *difftest.Trace) gen { return iteration01Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { iteration01(y, tr); return nil }),
	async("iteration02",
		func(tr *difftest.Trace) gen { return iteration02Gen(tr, false) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { iteration02(y, tr, false); return nil }),
	async("iteration02/early",
		func(tr *difftest.Trace) gen { return iteration02Gen(tr, true) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { iteration02(y, tr, true); return nil }),
	async("exception03",
		func(tr *difftest.Trace) gen { return exception03Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return exception03(y, tr) }),
	async("exception04",
		func(tr *difftest.Trace) gen { return exception04Gen(tr, 0) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { exception04(y, tr, 0); return nil }),
	async("exception05",
		func(tr *difftest.Trace) gen { return exception05Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return exception05(y, tr) }),
	async("anext04",
		func(tr *difftest.Trace) gen { return anext04Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { anext04(y, tr); return nil }),
	async("anext05",
		func(tr *difftest.Trace) gen { return anext05Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { anext05(y, tr); return nil }),
	async("catchAll",
		func(tr *difftest.Trace) gen { return catchAllGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { catchAll(y, tr); return nil }),
	async("athrow01",
		func(tr *difftest.Trace) gen { return athrow01Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { athrow01(y, tr); return nil }),
	async("asend01",
		func(tr *difftest.Trace) gen { return asend01Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { asend01(y, tr); return nil }),
	async("asend02",
		func(tr *difftest.Trace) gen { return asend02Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return asend02(y, tr) }),
	async("asend03",
		func(tr *difftest.Trace) gen { return asend03Gen(tr, false) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return asend03(y, tr, false) }),
	async("athrow02",
		func(tr *difftest.Trace) gen { return asend03Gen(tr, true) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return asend03(y, tr, true) }),
	async("aclose07",
		func(tr *difftest.Trace) gen { return aclose07Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { aclose07(y, tr); return nil }),
	async("aclose12",
		func(tr *difftest.Trace) gen { return aclose12Gen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { aclose12(y, tr); return nil }),
}, checks...)
