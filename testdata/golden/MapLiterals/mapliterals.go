// Package mapliterals holds bodies with yields among the entries of map
// literals. gc builds a map literal where it stands, one entry after the
// other, each entry whole (its operands read, its panics raised) before
// the next one: so do the generated bodies.
package mapliterals

import (
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// val logs its name and returns v.
func val(tr *difftest.Trace, name string, v int) int {
	tr.Log("val %s=%d", name, v)
	return v
}

type pt struct{ x, y int }

// panics yields in map literals whose other entries panic: the entries
// before the yield panic before it, those after it after it.
//
//agen:generator
func panics(y *agen.Yielder[int, int], tr *difftest.Trace, which int) {
	zero := 0
	xs := []int{1}
	var p *int
	var v any = "s"
	var m any
	switch which {
	case 0:
		m = map[int]int{1: 1 / zero, 2: y.Yield(1)}
	case 1:
		m = map[int]int{1 / zero: 1, 2: y.Yield(1)}
	case 2:
		m = map[int]int{val(tr, "k", 1): 1 / zero, 2: y.Yield(1)}
	case 3:
		tr.Log("%v %d", map[int]int{1: 1 / zero}, y.Yield(1))
	case 4:
		m = []map[int]int{{1: 1 / zero}, {2: y.Yield(1)}}
	case 5:
		m = map[int]pt{1: {1 / zero, 0}, 2: {y.Yield(1), 0}}
	case 6:
		m = map[pt]int{{1 / zero, 0}: 1, {y.Yield(1), 0}: 2}
	case 7:
		m = map[int]int{2: y.Yield(1), 1: 1 / zero}
	case 8:
		m = map[int]int{1: xs[val(tr, "i", 5)], 2: y.Yield(1)}
	case 9:
		m = map[int]int{1: *p, 2: y.Yield(1)}
	case 10:
		m = map[int]int{1: v.(int), 2: y.Yield(1)}
	case 11:
		m = map[int]int{1: 1/zero + y.Yield(1)}
	}
	tr.Log("m=%v", m)
}

// reads reads variables in map literals next to calls that change them
// and yields: an entry before a yield is read before it.
//
//agen:generator
func reads(y *agen.Yielder[int, int], tr *difftest.Trace) {
	x := 0
	set := func(v int) int {
		x = v
		tr.Log("set %d", v)
		return v
	}
	m := map[string]int{"x": x, "y": y.Yield(set(1))}
	tr.Log("m=%v", m)
	tr.Log("%v %d", map[string]int{"x": x}, y.Yield(set(2)))
	m2 := map[int]int{x: y.Yield(set(3))}
	tr.Log("m2=%v", m2)
	m3 := map[int]int{x: set(4), 5: y.Yield(5), x + 1: set(6)}
	tr.Log("m3=%v", m3)
	m4 := map[int]pt{x: {x, set(7)}, 1: {y.Yield(6), x}}
	tr.Log("m4=%v", m4)
	type named map[string][]int
	m5 := named{"a": {x}, "b": {y.Yield(set(8)), x}}
	tr.Log("m5=%v %T", m5, m5)
	m6 := map[int]*pt{1: {x, 0}, 2: {y.Yield(set(9)), 0}}
	tr.Log("m6=%v %v", *m6[1], *m6[2])
}

// dynamicKeys has a dynamic key equal to a constant one: gc inserts the
// constant entries first.
//
//agen:generator
func dynamicKeys(y *agen.Yielder[int, int], tr *difftest.Trace) {
	one := 1
	m := map[int]string{one: "dynamic", 1: "constant", 2: fmt.Sprint(y.Yield(1))}
	tr.Log("m=%v", m)
}

func panicsCase(which int) difftest.Case {
	return difftest.Sync(fmt.Sprint("panics", which),
		func(tr *difftest.Trace) agen.Generator[int, int] { return panicsGen(tr, which) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { panics(y, tr, which); return nil })
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	panicsCase(0), panicsCase(1), panicsCase(2), panicsCase(3), panicsCase(4), panicsCase(5),
	panicsCase(6), panicsCase(7), panicsCase(8), panicsCase(9), panicsCase(10), panicsCase(11),
	difftest.Sync("reads",
		func(tr *difftest.Trace) agen.Generator[int, int] { return readsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { reads(y, tr); return nil }),
	difftest.Sync("dynamicKeys",
		func(tr *difftest.Trace) agen.Generator[int, int] { return dynamicKeysGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { dynamicKeys(y, tr); return nil }),
}
