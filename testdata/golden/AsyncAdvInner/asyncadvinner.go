// Package advinner holds control flow inside function literals of a
// body: their own defers, returns, labels, gotos and recovers must stay
// theirs, in statements that suspend and in statements kept as written.
package asyncadvinner

import (
	"errors"
	"fmt"
	"sync"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// innerDefers: literals with their own defer and return, called in
// statements that suspend and in statements that do not.
//
//agen:generator
func innerDefers(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer tr.Log("outer defer")
	f := func(v int) (r int) {
		defer func() { r *= 2 }()
		defer tr.Log("inner defer %d", v)
		if v > 3 {
			return v + 100
		}
		return v
	}
	n := f(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))))
	tr.Log("n=%d", n)
	for i := range 3 {
		n += func() int {
			defer tr.Log("loop literal %d", i)
			if i == 1 {
				return -1
			}
			return i
		}()
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](f(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))))+func() (r int) {
		defer func() { r = 7 }()
		return 0
	}()))))
	e := func() (err error) {
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("inner recovered %v", p)
			}
		}()
		panic("inner")
	}()
	tr.Log("e=%v", e)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))
	return e
}

// innerLabels: literals with labels and gotos named like the body's and
// like the generated ones.
//
//agen:generator
func innerLabels(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	count := 0
loop:
	for i := range 3 {
		count += func() int {
			n := 0
		loop:
			for j := range 4 {
				switch {
				case j == i:
					continue loop
				case j > 2:
					break loop
				}
				n++
			}
			goto done
		done:
			return n
		}()
		if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](count)))) == 9 {
			break loop
		}
	}
	g := func(k int) int {
		i := 0
	resume1:
		if i < k {
			i++
			goto resume1
		}
		return i
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](g(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](count)))))))))
	tr.Log("count=%d", count)
}

// innerGo: goroutines with their own defers, started from a suspending
// statement and from a kept one.
//
//agen:generator
func innerGo(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	add := func(v int) {
		defer wg.Done()
		defer mu.Unlock()
		mu.Lock()
		sum += v
	}
	wg.Add(1)
	v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	go add(v)
	wg.Wait()
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if recover() != nil {
					mu.Lock()
					sum += 1000
					mu.Unlock()
				}
			}()
			if i == 2 {
				panic("in goroutine")
			}
			mu.Lock()
			sum += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](sum))))
	tr.Log("sum=%d", sum)
}

// closureReturnsClosure: literals returning literals that capture
// variables living across yields, and deferred literals calling them.
//
//agen:generator
func closureReturnsClosure(y *agen.AsyncYielder[int, int], tr *difftest.Trace) error {
	base := 1
	mk := func(d int) func() int {
		return func() int {
			base += d
			return base
		}
	}
	var fs []func() int
	for i := range 3 {
		f := mk(i)
		defer func() { tr.Log("deferred f%d=%d", i, f()) }()
		fs = append(fs, f)
		base += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](f()))))
	}
	for _, f := range fs {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](f()))))
	}
	if base > 100 {
		return errors.New("big")
	}
	return nil
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("innerDefers",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return innerDefersGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return innerDefers(y, tr) },
		5, 1),
	difftest.Async("innerLabels",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return innerLabelsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { innerLabels(y, tr); return nil },
		9, 1),
	difftest.Async("innerGo",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return innerGoGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { innerGo(y, tr); return nil },
		3),
	difftest.Async("closureReturnsClosure",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return closureReturnsClosureGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return closureReturnsClosure(y, tr) },
		50, 1),
}
