// Package cpyasyncnested ports the tests of CPython's
// Lib/test/test_asyncgen.py where one async generator consumes another:
// athrow into an inner generator caught by the outer one
// (test_async_gen_exception_11), asynchronous generator expressions
// (test_async_gen_expression_01, _02), and an outer generator that closes
// its inner one in its finally, awaiting the close (contextlib.aclosing).
package cpyasyncnested

import (
	"errors"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// errExit stands for the GeneratorExit thrown in by athrow.
var errExit = errors.New("GeneratorExit")

type gen = agen.AsyncGenerator[int, int]

// inner is async_gen of test_async_gen_exception_11.
//
//agen:generator
func inner(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer tr.Log("inner finally")
	y.Yield(10)
	y.Yield(20)
}

// wrapper is async_gen_wrapper: the exception thrown into the inner
// generator comes out of its athrow, and the wrapper catches it.
//
//agen:generator
func wrapper(y *agen.AsyncYielder[int, int], tr *difftest.Trace, mk func() gen) {
	y.Yield(1)
	asg := mk()
	v, err := agen.Await(y, asg.ASend(0))
	tr.Log("asend: %d %v", v, err)
	if _, err := agen.Await(y, asg.AThrow(errExit)); err != nil {
		tr.Log("caught %v", err)
		y.Yield(2)
	}
	y.Yield(3)
}

// arange is arange of test_async_gen_expression_01.
//
//agen:generator
func arange(y *agen.AsyncYielder[int, int], tr *difftest.Trace, n int) {
	defer tr.Log("arange finally")
	for i := range n {
		agen.Await(y, difftest.Later(0))
		y.Yield(i)
	}
}

// doubled is (i * 2 async for i in arange(n)).
//
//agen:generator
func doubled(y *agen.AsyncYielder[int, int], tr *difftest.Trace, src gen) error {
	for {
		i, err := agen.Await(y, src.ANext())
		if errors.Is(err, agen.Done) {
			return nil
		}
		if err != nil {
			return err
		}
		y.Yield(i * 2)
	}
}

// filtered is (i * 2 for i in range(n) if await wrap(i)) of
// test_async_gen_expression_02.
//
//agen:generator
func filtered(y *agen.AsyncYielder[int, int], tr *difftest.Trace, n int) {
	for i := range n {
		if w, _ := agen.Await(y, difftest.Later(i)); w != 0 {
			y.Yield(i * 2)
		}
	}
}

// slowInner awaits in its finally.
//
//agen:generator
func slowInner(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer func() {
		v, err := agen.Await(y, difftest.Later(5))
		tr.Log("inner closing awaited %d %v", v, err)
	}()
	for i := 0; ; i++ {
		y.Yield(i)
	}
}

// endless ends only by a return inside its endless loop, or by Close or
// Throw; its finally awaits. (agen once generated code for it that did not
// compile: the unwinding section went with the unreachable end.)
//
//agen:generator
func endless(y *agen.AsyncYielder[int, int], tr *difftest.Trace) error {
	defer func() {
		v, err := agen.Await(y, difftest.Later(5))
		tr.Log("finally awaited %d %v", v, err)
	}()
	for i := 0; ; i++ {
		if s := y.Yield(i); s > 10 {
			return errors.New("sent too much")
		}
	}
}

// endlessDelegation delegates to a fresh arange forever; its finally
// awaits (the end is unreachable, and Close reaches a delegate).
//
//agen:generator
func endlessDelegation(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer func() {
		v, err := agen.Await(y, difftest.Later(6))
		tr.Log("finally awaited %d %v", v, err)
	}()
	for {
		y.YieldFrom(arangeGen(tr, 2))
	}
}

// panicsAtEnd ends by a panic, never by falling off its end; its finally
// awaits and recovers (the same bug as endless).
//
//agen:generator
func panicsAtEnd(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		agen.Await(y, difftest.Later(0))
		if p := recover(); p != nil {
			err = errors.New("recovered")
		}
		tr.Log("finally: %v", err)
	}()
	y.Yield(1)
	panic("1 / 0")
}

// aclosing consumes an inner generator a few values at a time and closes
// it in its finally, awaiting the close: async with aclosing(inner()).
//
//agen:generator
func aclosing(y *agen.AsyncYielder[int, int], tr *difftest.Trace, mk func() gen) error {
	in := mk()
	defer func() {
		_, err := agen.Await(y, in.AClose())
		tr.Log("inner closed: %v", err)
	}()
	for range 3 {
		v, err := agen.Await(y, in.ANext())
		if err != nil {
			return err
		}
		y.Yield(v + 100)
	}
	return nil
}

// Suite is the differential suite of this package, and the checks of
// Python's documented results (checks.go).
var Suite = append(difftest.Suite{
	difftest.Async("wrapper",
		func(tr *difftest.Trace) gen { return wrapperGen(tr, func() gen { return innerGen(tr) }) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			wrapper(y, tr, func() gen { return innerGen(tr) })
			return nil
		}),
	difftest.Async("wrapperOverReference",
		func(tr *difftest.Trace) gen { return wrapperGen(tr, func() gen { return innerRef(tr) }) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			wrapper(y, tr, func() gen { return innerRef(tr) })
			return nil
		}),
	difftest.Async("doubled",
		func(tr *difftest.Trace) gen { return doubledGen(tr, arangeGen(tr, 4)) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			return doubled(y, tr, arangeGen(tr, 4))
		}),
	difftest.Async("filtered",
		func(tr *difftest.Trace) gen { return filteredGen(tr, 5) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { filtered(y, tr, 5); return nil }),
	difftest.Async("aclosing",
		func(tr *difftest.Trace) gen { return aclosingGen(tr, func() gen { return slowInnerGen(tr) }) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			return aclosing(y, tr, func() gen { return slowInnerGen(tr) })
		}),
	difftest.Async("aclosingOverReference",
		func(tr *difftest.Trace) gen { return aclosingGen(tr, func() gen { return slowInnerRef(tr) }) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			return aclosing(y, tr, func() gen { return slowInnerRef(tr) })
		}),
	difftest.Async("endless",
		func(tr *difftest.Trace) gen { return endlessGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return endless(y, tr) },
		1, 20),
	difftest.Async("endlessDelegation",
		func(tr *difftest.Trace) gen { return endlessDelegationGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { endlessDelegation(y, tr); return nil }),
	difftest.Async("panicsAtEnd",
		func(tr *difftest.Trace) gen { return panicsAtEndGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return panicsAtEnd(y, tr) }),
}, checks...)

func innerRef(tr *difftest.Trace) gen {
	return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { inner(y, tr); return nil })
}

func slowInnerRef(tr *difftest.Trace) gen {
	return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { slowInner(y, tr); return nil })
}
