// Package advendings holds the ways a body ends: returns from nested
// loops and range-over-func loops, rethrown errors, and bodies that
// consume other generators and break out of their All loops.
package asyncadvendings

import (
	"errors"
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// maker makes an inner generator.
type maker func(n int) agen.AsyncGenerator[int, int]

// counter is the inner generator: it yields 1..n and logs its end.
//
//agen:generator
func counter(y *agen.AsyncYielder[int, int], tr *difftest.Trace, n int) error {
	defer tr.Log("counter %d ends", n)
	for i := 1; i <= n; i++ {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	if n > 4 {
		return fmt.Errorf("counter %d too long", n)
	}
	return nil
}

func genMaker(tr *difftest.Trace) maker {
	return func(n int) agen.AsyncGenerator[int, int] { return counterGen(tr, n) }
}

func refMaker(tr *difftest.Trace) maker {
	return func(n int) agen.AsyncGenerator[int, int] {
		return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { return counter(y, tr, n) })
	}
}

// breakAll consumes inner generators through All and leaves the loops
// with labelled break and continue, and with return.
//
//agen:generator
func breakAll(y *agen.AsyncYielder[int, int], tr *difftest.Trace, mk maker) error {
	inner := mk(6)
outer:
	for i := range 3 {
		for v := range inner.All(y.Context()) {
			if v == i+2 {
				continue outer
			}
			if v > 4 {
				break outer
			}
			tr.Log("i=%d v=%d", i, v)
		}
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))
	tr.Log("inner closed")
	sum := 0
	for v := range mk(3).All(y.Context()) {
		sum += v
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](sum))))
	other := mk(5)
	stop := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1)))) + 2
	for v := range other.All(y.Context()) {
		if v == stop {
			break
		}
	}
	v, ok := other.Next(y.Context())
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
	tr.Log("ok=%v", ok)
	for v := range mk(4).All(y.Context()) {
		for w := range mk(2).All(y.Context()) {
			if v*w == 6 {
				return fmt.Errorf("found %d*%d", v, w)
			}
		}
	}
	return nil
}

// rethrow catches what is thrown at YieldErr and returns it wrapped, or
// another error, from inside nested loops and a switch.
//
//agen:generator
func rethrow(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		tr.Log("deferred err=%v", err)
		if errors.Is(err, difftest.Thrown(2)) {
			err = nil
		}
	}()
	for i := range 3 {
		for j := range 2 {
			v, e := y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](i*10+j))))
			switch {
			case errors.Is(e, difftest.Thrown(1)):
				return fmt.Errorf("wrapped %w", e)
			case e != nil:
				return e
			case v == 3:
				tr.Log("three")
				return
			case v == 2:
				continue
			}
			tr.Log("v=%d", v)
		}
	}
	return errors.New("fell off")
}

// earlyReturns returns from a select, a type switch and a fallthrough.
//
//agen:generator
func earlyReturns(y *agen.AsyncYielder[int, int], tr *difftest.Trace, which int) error {
	ch := make(chan int, 1)
	defer tr.Log("deferred")
	for i := range 3 {
		ch <- y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		select {
		case v := <-ch:
			if v == which {
				return fmt.Errorf("select %d", v)
			}
		}
		var x any = i
		switch x := x.(type) {
		case int:
			if x == which+1 {
				y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x*100))))
				return nil
			}
		}
		switch i {
		case 0:
			tr.Log("zero")
			fallthrough
		case 1:
			if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-i)))) == 5 {
				return errors.New("five")
			}
		}
	}
	return errors.New("end")
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("counter",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return counterGen(tr, 5) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return counter(y, tr, 5) }),
	// breakAll's loops over All(ctx) await values the reference blocks
	// for: only the blocking operations compare.
	difftest.AsyncBlocking("breakAll",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return breakAllGen(tr, genMaker(tr)) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return breakAll(y, tr, refMaker(tr)) },
		0, 1, 2),
	difftest.Async("rethrow",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return rethrowGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return rethrow(y, tr) },
		1, 2, 3),
	difftest.Async("earlyReturns0",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return earlyReturnsGen(tr, 0) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return earlyReturns(y, tr, 0) },
		1, 5, 0),
	difftest.Async("earlyReturns1",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return earlyReturnsGen(tr, 1) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return earlyReturns(y, tr, 1) },
		0, 2, 5),
}
