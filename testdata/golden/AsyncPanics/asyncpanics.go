// Package panics holds bodies that panic, or call runtime.Goexit, with
// and without deferred calls: the panic leaves the operation that
// resumed the body with its original value, after the deferred calls.
package asyncpanics

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type codeErr struct {
	code int
}

func (e codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }

// values panics with a value of some kind after a yield, with deferred
// calls that log.
//
//agen:generator
func values(y *agen.AsyncYielder[int, int], tr *difftest.Trace, which int) {
	defer tr.Log("deferred 1")
	v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	defer tr.Log("deferred 2, v=%d", v)
	var xs []int
	var m map[int]int
	var p *codeErr
	var a any = "string"
	ch := make(chan int)
	close(ch)
	switch which {
	case 0:
		panic(errors.New("plain error"))
	case 1:
		panic(fmt.Sprintf("string %d", v))
	case 2:
		panic(codeErr{code: v})
	case 3:
		tr.Log("%d", xs[v+5])
	case 4:
		m[v] = 1
	case 5:
		tr.Log("%d", p.code)
	case 6:
		tr.Log("%d", 7/v)
	case 7:
		tr.Log("%d", a.(int))
	case 8:
		close(ch)
	case 9:
		tr.Log("%v", make([]int, v-1))
	case 10:
		panic(nil)
	case 11:
		var f func()
		f()
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
}

// noDefers panics with no deferred calls pending; the generator is then
// finished.
//
//agen:generator
func noDefers(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i := range 5 {
		if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))) == 3 {
			panic(fmt.Sprintf("three at %d", i))
		}
	}
}

// inClosure panics in a closure and in a method called from the body.
//
//agen:generator
func inClosure(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer tr.Log("deferred")
	check := func(v int) {
		if v < 0 {
			panic(codeErr{code: v})
		}
		tr.Log("ok %d", v)
	}
	for i := range 4 {
		check(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))) - 1)
	}
}

// inDeferred panics in deferred calls: during the normal end, during
// Close and Throw (the panic leaves them after the remaining deferred
// calls ran), and a later panic replacing an earlier one.
//
//agen:generator
func inDeferred(y *agen.AsyncYielder[int, int], tr *difftest.Trace) error {
	defer tr.Log("deferred 1")
	defer func() {
		tr.Log("deferred 2 panics")
		panic("from deferred 2")
	}()
	defer tr.Log("deferred 3")
	if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) == 5 {
		panic("from the body")
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	return errors.New("end")
}

// panicArg yields in the argument of panic.
//
//agen:generator
func panicArg(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer tr.Log("deferred")
	if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) > 0 {
		panic(fmt.Sprint("sent ", y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))))
	}
	if v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))); v >= 0 {
		panic(codeErr{code: y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4)))) + v})
	}
	tr.Log("negative")
}

// thrown panics with the error thrown at a YieldErr.
//
//agen:generator
func thrown(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer tr.Log("deferred")
	for i := range 3 {
		_, err := y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		if err != nil {
			tr.Log("is e1: %v", errors.Is(err, difftest.Thrown(1)))
			panic(err)
		}
	}
}

// goexit calls runtime.Goexit in the body: the deferred calls run, and
// the goroutine of the consumer exits.
//
//agen:generator
func goexit(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer tr.Log("deferred")
	if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) > 0 {
		runtime.Goexit()
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
}

// goexitNoDefers calls runtime.Goexit with no deferred calls pending.
//
//agen:generator
func goexitNoDefers(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	tr.Log("exiting")
	runtime.Goexit()
}

// goexitRecover calls runtime.Goexit with a deferred call that calls
// recover: it returns nil, and the goroutine still exits.
//
//agen:generator
func goexitRecover(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		tr.Log("recover=%v err=%v", recover(), err)
	}()
	if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) > 0 {
		runtime.Goexit()
	}
	return errors.New("normal end")
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("noDefers",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return noDefersGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { noDefers(y, tr); return nil },
		3, 1),
	difftest.Async("inClosure",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return inClosureGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { inClosure(y, tr); return nil },
		1, 5),
	difftest.Async("inDeferred",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return inDeferredGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return inDeferred(y, tr) },
		1, 5),
	difftest.Async("panicArg",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return panicArgGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { panicArg(y, tr); return nil },
		1, 0),
	difftest.Async("thrown",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return thrownGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { thrown(y, tr); return nil }),
	difftest.Async("goexit",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return goexitGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { goexit(y, tr); return nil },
		0, 1),
	difftest.Async("goexitRecover",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return goexitRecoverGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return goexitRecover(y, tr) },
		1, 0),
	difftest.Async("goexitNoDefers",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return goexitNoDefersGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { goexitNoDefers(y, tr); return nil }),
}

func init() {
	for which := range 12 {
		Suite = append(Suite, difftest.Async(fmt.Sprintf("values%d", which),
			func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return valuesGen(tr, which) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { values(y, tr, which); return nil },
			0, 1))
	}
}
