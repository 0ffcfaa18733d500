// Package advendings holds the ways a body ends: returns from nested
// loops and range-over-func loops, rethrown errors, and bodies that
// consume other generators and break out of their All loops.
package advendings

import (
	"errors"
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// maker makes an inner generator.
type maker func(n int) agen.Generator[int, int]

// counter is the inner generator: it yields 1..n and logs its end.
//
//agen:generator
func counter(y *agen.Yielder[int, int], tr *difftest.Trace, n int) error {
	defer tr.Log("counter %d ends", n)
	for i := 1; i <= n; i++ {
		y.Yield(i)
	}
	if n > 4 {
		return fmt.Errorf("counter %d too long", n)
	}
	return nil
}

func genMaker(tr *difftest.Trace) maker {
	return func(n int) agen.Generator[int, int] { return counterGen(tr, n) }
}

func refMaker(tr *difftest.Trace) maker {
	return func(n int) agen.Generator[int, int] {
		return agen.Goroutine(func(y *agen.Yielder[int, int]) error { return counter(y, tr, n) })
	}
}

// breakAll consumes inner generators through All and leaves the loops
// with labelled break and continue, and with return.
//
//agen:generator
func breakAll(y *agen.Yielder[int, int], tr *difftest.Trace, mk maker) error {
	inner := mk(6)
outer:
	for i := range 3 {
		for v := range inner.All() {
			if v == i+2 {
				continue outer
			}
			if v > 4 {
				break outer
			}
			tr.Log("i=%d v=%d", i, v)
		}
	}
	y.Yield(0)
	tr.Log("inner err %v", inner.Err())
	sum := 0
	for v := range mk(3).All() {
		sum += v
	}
	y.Yield(sum)
	other := mk(5)
	stop := y.Yield(-1) + 2
	for v := range other.All() {
		if v == stop {
			break
		}
	}
	v, ok := other.Next()
	y.Yield(v)
	tr.Log("ok=%v err=%v", ok, other.Err())
	for v := range mk(4).All() {
		for w := range mk(2).All() {
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
func rethrow(y *agen.Yielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		tr.Log("deferred err=%v", err)
		if errors.Is(err, difftest.Thrown(2)) {
			err = nil
		}
	}()
	for i := range 3 {
		for j := range 2 {
			v, e := y.YieldErr(i*10 + j)
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
func earlyReturns(y *agen.Yielder[int, int], tr *difftest.Trace, which int) error {
	ch := make(chan int, 1)
	defer tr.Log("deferred")
	for i := range 3 {
		ch <- y.Yield(i)
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
				y.Yield(x * 100)
				return nil
			}
		}
		switch i {
		case 0:
			tr.Log("zero")
			fallthrough
		case 1:
			if y.Yield(-i) == 5 {
				return errors.New("five")
			}
		}
	}
	return errors.New("end")
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("counter",
		func(tr *difftest.Trace) agen.Generator[int, int] { return counterGen(tr, 5) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return counter(y, tr, 5) }),
	difftest.Sync("breakAll",
		func(tr *difftest.Trace) agen.Generator[int, int] { return breakAllGen(tr, genMaker(tr)) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return breakAll(y, tr, refMaker(tr)) },
		0, 1, 2),
	difftest.Sync("rethrow",
		func(tr *difftest.Trace) agen.Generator[int, int] { return rethrowGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return rethrow(y, tr) },
		1, 2, 3),
	difftest.Sync("earlyReturns0",
		func(tr *difftest.Trace) agen.Generator[int, int] { return earlyReturnsGen(tr, 0) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return earlyReturns(y, tr, 0) },
		1, 5, 0),
	difftest.Sync("earlyReturns1",
		func(tr *difftest.Trace) agen.Generator[int, int] { return earlyReturnsGen(tr, 1) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return earlyReturns(y, tr, 1) },
		0, 2, 5),
}
