// Package cpydelegationforms holds y.YieldFrom in the forms a port of
// Python's `yield from` and `await` code meets: as a statement (its result
// discarded, as Python's bare `yield from g`), assigned to the blank
// identifier, in conditions, loop conditions, short-circuit operands,
// switch tags, return statements and call arguments, sync and async.
package cpydelegationforms

import (
	"errors"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

var errOdd = errors.New("odd")

// count yields 0..n-1 (logging what it is sent) and ends with errOdd when
// n is odd.
//
//agen:generator
func count(y *agen.Yielder[int, int], tr *difftest.Trace, n int) error {
	defer tr.Log("count(%d) ends", n)
	for i := range n {
		tr.Log("count(%d) got %d", n, y.Yield(i))
	}
	if n%2 == 1 {
		return errOdd
	}
	return nil
}

// forms delegates in every form.
//
//agen:generator
func forms(y *agen.Yielder[int, int], tr *difftest.Trace) error {
	y.YieldFrom(countGen(tr, 1))
	_ = y.YieldFrom(countGen(tr, 2))
	if y.YieldFrom(countGen(tr, 1)) != nil {
		tr.Log("if")
	}
	n := 0
	for y.YieldFrom(countGen(tr, n)) == nil && n < 3 {
		n++
	}
	tr.Log("loop ended at %d", n)
	ok := n > 100 || y.YieldFrom(countGen(tr, 2)) == nil
	tr.Log("ok %v", ok)
	switch y.YieldFrom(countGen(tr, 3)) {
	case nil:
		tr.Log("switch nil")
	case errOdd:
		tr.Log("switch odd")
	}
	tr.Log("arg %v %v", y.YieldFrom(countGen(tr, 1)), y.YieldFrom(countGen(tr, 0)))
	return y.YieldFrom(countGen(tr, 1))
}

// acount is count, async.
//
//agen:generator
func acount(y *agen.AsyncYielder[int, int], tr *difftest.Trace, n int) error {
	defer tr.Log("acount(%d) ends", n)
	for i := range n {
		agen.Await(y, difftest.Later(0))
		tr.Log("acount(%d) got %d", n, y.Yield(i))
	}
	if n%2 == 1 {
		return errOdd
	}
	return nil
}

// aforms is forms, async.
//
//agen:generator
func aforms(y *agen.AsyncYielder[int, int], tr *difftest.Trace) error {
	y.YieldFrom(acountGen(tr, 1))
	_ = y.YieldFrom(acountGen(tr, 2))
	if y.YieldFrom(acountGen(tr, 1)) != nil {
		tr.Log("if")
	}
	n := 0
	for y.YieldFrom(acountGen(tr, n)) == nil && n < 3 {
		n++
	}
	tr.Log("loop ended at %d", n)
	ok := n > 100 || y.YieldFrom(acountGen(tr, 2)) == nil
	tr.Log("ok %v", ok)
	switch y.YieldFrom(acountGen(tr, 3)) {
	case nil:
		tr.Log("switch nil")
	case errOdd:
		tr.Log("switch odd")
	}
	tr.Log("arg %v %v", y.YieldFrom(acountGen(tr, 1)), y.YieldFrom(acountGen(tr, 0)))
	return y.YieldFrom(acountGen(tr, 1))
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("forms",
		func(tr *difftest.Trace) agen.Generator[int, int] { return formsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return forms(y, tr) },
		5, 6),
	difftest.Async("aforms",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return aformsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return aforms(y, tr) },
		5, 6),
}
