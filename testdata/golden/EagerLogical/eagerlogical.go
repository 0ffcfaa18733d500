// Package eagerlogical holds bodies with && and || among operands that a
// later yield follows: gc evaluates such a logical operation where it
// stands, into a temporary, and the calls of its right operand only when
// the left one does not decide.
package eagerlogical

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// cond logs its name and returns v.
func cond(tr *difftest.Trace, name string, v bool) bool {
	tr.Log("cond %s=%v", name, v)
	return v
}

// val logs its name and returns v.
func val(tr *difftest.Trace, name string, v int) int {
	tr.Log("val %s=%d", name, v)
	return v
}

// skipped yields on the left of && and || whose right operand calls, and
// again later in the same expression: the call runs only when Go runs it.
//
//agen:generator
func skipped(y *agen.Yielder[int, int], tr *difftest.Trace) {
	tr.Log("or %v %d", y.Yield(1) > 0 || cond(tr, "f", true), y.Yield(2))
	tr.Log("and %v %d", y.Yield(3) > 0 && cond(tr, "g", true), y.Yield(4))
	tr.Log("nested %v %d", val(tr, "a", y.Yield(5)) > 0 || (cond(tr, "h", false) && cond(tr, "i", true)), y.Yield(6))
	xs := []bool{y.Yield(7) == 0 || cond(tr, "j", true), cond(tr, "k", true) && y.Yield(8) > 0, y.Yield(9) > 1}
	tr.Log("xs %v", xs)
}

// plainReads reads a variable in the right operand of a logical operation
// that a later operand changes: gc reads it where the operation stands.
//
//agen:generator
func plainReads(y *agen.Yielder[int, int], tr *difftest.Trace) {
	flag := false
	set := func(v bool) int {
		flag = v
		tr.Log("set %v", v)
		return 0
	}
	tr.Log("hot %v %d", y.Yield(1) > 0 || flag, y.Yield(set(true)))
	tr.Log("cold %v %d", flag && true, y.Yield(set(false)))
	tr.Log("cold2 %v %d", !flag || flag, y.Yield(set(true)))
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("skipped",
		func(tr *difftest.Trace) agen.Generator[int, int] { return skippedGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { skipped(y, tr); return nil },
		0, 1, 2),
	difftest.Sync("plainReads",
		func(tr *difftest.Trace) agen.Generator[int, int] { return plainReadsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { plainReads(y, tr); return nil },
		0, 1),
}
