// Package asyncdeferawaits holds async bodies whose deferred functions
// await (PEP 525's await in finally): the unwinding suspends there, for
// every cause — the end, an error return, a panic, Close, Throw at a Yield —
// and recover() in such a function sees the panic it holds.
package asyncdeferawaits

import (
	"errors"
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// cleanup awaits in its deferred function, which changes the named
// result; which says how the body ends: 0 returns, 1 returns an error, 2
// panics, 3 waits (Stall) so that the consumer's context ends.
//
//agen:generator
func cleanup(y *agen.AsyncYielder[int, int], tr *difftest.Trace, which int) (err error) {
	defer tr.Log("plain deferred, err=%v", err)
	defer func() {
		tr.Log("cleanup starts, err=%v", err)
		v, e := agen.Await(y, difftest.Later(7))
		tr.Log("cleanup awaited %d %v", v, e)
		if e != nil {
			err = e
		}
		_, e = agen.Await(y, difftest.Ready(0))
		tr.Log("cleanup ends, ctx err %v", y.Context().Err())
	}()
	defer tr.Log("last deferred")
	got := y.Yield(1)
	tr.Log("got %d", got)
	switch which {
	case 1:
		return errors.New("failed")
	case 2:
		panic("boom")
	case 3:
		_, err := agen.Await(y, difftest.Stall[int]())
		tr.Log("stalled: %v", err)
	}
	y.Yield(2)
	return nil
}

// recovers recovers a panic in a deferred function that awaits first.
//
//agen:generator
func recovers(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		agen.Await(y, difftest.Later(0))
		if p := recover(); p != nil {
			tr.Log("recovered %v", p)
			err = fmt.Errorf("recovered: %v", p)
		}
		func() {
			tr.Log("recover in a nested function: %v", recover())
		}()
	}()
	y.Yield(1)
	var m map[int]int
	m[1] = y.Yield(2)
	return nil
}

// layers has several deferred functions that await, one in a loop, with
// parameters evaluated at the defer statement, and one that panics.
//
//agen:generator
func layers(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i := range 3 {
		defer func(at int) {
			v, _ := agen.Await(y, difftest.Later(at*10))
			tr.Log("layer %d (i=%d) awaited %d", at, i, v)
		}(i)
	}
	defer func() {
		agen.Await(y, difftest.Later(0))
		tr.Log("recovered in the outer one: %v", recover())
	}()
	defer func() {
		agen.Await(y, difftest.Later(0))
		panic("from a deferred function")
	}()
	y.Yield(1)
	y.Yield(2)
}

// catchesThrow catches a Throw at a YieldErr, then unwinds from a Yield.
//
//agen:generator
func catchesThrow(y *agen.AsyncYielder[int, int], tr *difftest.Trace) error {
	defer func() {
		v, err := agen.Await(y, difftest.Later(3))
		tr.Log("deferred awaited %d %v", v, err)
	}()
	if _, err := y.YieldErr(1); err != nil {
		tr.Log("caught %v", err)
	}
	y.Yield(2)
	return nil
}

// stallsInDefer's deferred function waits until the consumer's context
// ends: Await returns its error there, and the unwinding goes on.
//
//agen:generator
func stallsInDefer(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer func() {
		_, err := agen.Await(y, difftest.Stall[int]())
		tr.Log("deferred stall: %v", err)
		v, err := agen.Await(y, difftest.Later(1))
		tr.Log("then %d %v", v, err)
	}()
	y.Yield(1)
}

// Suite is the differential suite of this package.
var Suite = func() difftest.Suite {
	var s difftest.Suite
	for which, name := range []string{"returns", "fails", "panics", "stalls"} {
		s = append(s, difftest.Async("cleanup/"+name,
			func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return cleanupGen(tr, which) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return cleanup(y, tr, which) },
			4, 5))
	}
	return append(s,
		difftest.Async("recovers",
			func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return recoversGen(tr) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return recovers(y, tr) }),
		difftest.Async("layers",
			func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return layersGen(tr) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { layers(y, tr); return nil }),
		difftest.Async("stallsInDefer",
			func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return stallsInDeferGen(tr) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { stallsInDefer(y, tr); return nil }),
		difftest.Async("catchesThrow",
			func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return catchesThrowGen(tr) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return catchesThrow(y, tr) }),
	)
}()
