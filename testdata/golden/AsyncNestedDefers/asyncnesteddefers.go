// Package asyncnesteddefers holds async bodies whose deferred functions
// await and defer calls of their own (Python's try/finally inside a
// finally that awaits): those run when the deferred function returns,
// LIFO, or as Go runs them when it panics, and recover() in them sees its
// panic, not the one the body unwinds with.
package asyncnesteddefers

import (
	"errors"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// locked releases a lock in a deferred call of a deferred function that
// awaits while it holds it; which says how the body ends: 0 returns, 1
// returns an error, 2 panics.
//
//agen:generator
func locked(y *agen.AsyncYielder[int, int], tr *difftest.Trace, which int) (err error) {
	defer func() {
		tr.Log("outer deferred, err=%v, recovered %v", err, recover())
	}()
	defer func() {
		tr.Log("lock")
		defer tr.Log("unlock")
		n := 1
		defer tr.Log("deferred with n=%d", n) // evaluated here
		n = 2
		v, e := agen.Await(y, difftest.Later(n))
		tr.Log("drained %d %v", v, e)
		for i := range 3 {
			defer tr.Log("deferred in a loop, i=%d", i)
		}
		agen.Await(y, difftest.Ready(0))
	}()
	got := y.Yield(1)
	tr.Log("got %d", got)
	switch which {
	case 1:
		return errors.New("failed")
	case 2:
		panic("boom")
	}
	y.Yield(2)
	return nil
}

// recovering panics in a deferred function that awaits; a deferred call
// of its own recovers that panic, and the body's own panic, if any, goes
// on (as in Go). which: 0 the body returns, 1 it panics.
//
//agen:generator
func recovering(y *agen.AsyncYielder[int, int], tr *difftest.Trace, which int) {
	defer func() {
		tr.Log("outer recovered %v", recover())
	}()
	defer func() {
		defer func() {
			tr.Log("inner recovered %v", recover())
		}()
		agen.Await(y, difftest.Later(0))
		panic("in the deferred function")
	}()
	y.Yield(1)
	if which == 1 {
		panic("in the body")
	}
}

// plain ends a deferred function that awaits normally while the body
// panics: recover() in its own deferred call returns nil, as in Go, and
// the body's panic reaches the outer deferred call.
//
//agen:generator
func plain(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer func() {
		tr.Log("outer recovered %v", recover())
	}()
	defer func() {
		defer func() {
			tr.Log("inner recovered %v", recover())
		}()
		agen.Await(y, difftest.Later(0))
		tr.Log("deferred function ends")
	}()
	y.Yield(1)
	panic("in the body")
}

// replacing has a deferred call of a deferred function that awaits panic:
// the panic replaces the body's, as in Go.
//
//agen:generator
func replacing(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer func() {
		tr.Log("outer recovered %v", recover())
	}()
	defer func() {
		defer panic("replaced")
		agen.Await(y, difftest.Later(0))
	}()
	y.Yield(1)
	panic("in the body")
}

// forms defers, in a deferred function that awaits and takes a
// parameter, a closure over its variables (it sees their last values), a
// call whose argument awaits, a builtin, and recover() itself (which
// recovers nothing, deferred directly); the body is generic.
//
//agen:generator
func forms[T any](y *agen.AsyncYielder[T, int], tr *difftest.Trace, v T) {
	defer func(label string) {
		x := 1
		defer func() { tr.Log("%s: x=%d", label, x) }()
		defer tr.Log("%s: awaited argument %d", label, difftest.Value(agen.Await(y, difftest.Later(5))))
		m := map[string]int{"k": 1}
		defer delete(m, "k")
		defer func() { tr.Log("%s: m=%v", label, m) }()
		defer recover()
		x = 2
		agen.Await(y, difftest.Later(0))
		x = 3
	}("cleanup")
	y.Yield(v)
	y.Yield(v)
}

// Suite is the differential suite of this package.
var Suite = func() difftest.Suite {
	var s difftest.Suite
	for which, name := range []string{"returns", "fails", "panics"} {
		s = append(s, difftest.Async("locked/"+name,
			func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return lockedGen(tr, which) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return locked(y, tr, which) },
			5, 6))
	}
	for which, name := range []string{"returns", "panics"} {
		s = append(s, difftest.Async("recovering/"+name,
			func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return recoveringGen(tr, which) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { recovering(y, tr, which); return nil }))
	}
	return append(s,
		difftest.Async("plain",
			func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return plainGen(tr) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { plain(y, tr); return nil }),
		difftest.Async("forms",
			func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return formsGen(tr, "v") },
			func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { forms(y, tr, "v"); return nil }),
		difftest.Async("replacing",
			func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return replacingGen(tr) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { replacing(y, tr); return nil }),
	)
}()
