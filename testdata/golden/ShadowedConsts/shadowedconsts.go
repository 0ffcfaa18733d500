// Package shadowedconsts holds bodies whose constants share their names
// with variables that live across yields: the constants stay constants of
// the generated code, and nothing may declare a name twice there.
package shadowedconsts

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// shadowed declares a variable that shadows a constant of the body and
// lives across a yield.
//
//agen:generator
func shadowed(y *agen.Yielder[int, agen.None], tr *difftest.Trace) {
	const c = 1
	{
		c := 2
		y.Yield(c)
		tr.Log("inner c=%d", c)
	}
	y.Yield(c)
	tr.Log("outer c=%d", c)
}

// twice declares two constants of one name in blocks that the lowering
// flattens, with a variable of that name beside them.
//
//agen:generator
func twice(y *agen.Yielder[int, agen.None], tr *difftest.Trace) {
	for i := range 2 {
		const k = 10
		y.Yield(k + i)
	}
	{
		const k, k2 = 20, 21
		k3 := y.Yield(k + k2)
		tr.Log("k3=%v", k3)
	}
	k := 30
	y.Yield(k)
	tr.Log("k=%d", k)
}

// iotas keeps a constant block with iota, used in a closure and after a
// yield, beside variables named like its constants.
//
//agen:generator
func iotas(y *agen.Yielder[int, agen.None], tr *difftest.Trace) {
	const (
		a = iota * 10
		b
		c
	)
	at := func(i int) int { return []int{a, b, c}[i] }
	for i := range 3 {
		y.Yield(at(i))
	}
	{
		a, b := y.Yield(b), c
		tr.Log("a=%v b=%d", a, b)
	}
	y.Yield(a + b + c)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("shadowed",
		func(tr *difftest.Trace) agen.Generator[int, agen.None] { return shadowedGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { shadowed(y, tr); return nil }),
	difftest.Sync("twice",
		func(tr *difftest.Trace) agen.Generator[int, agen.None] { return twiceGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { twice(y, tr); return nil }),
	difftest.Sync("iotas",
		func(tr *difftest.Trace) agen.Generator[int, agen.None] { return iotasGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { iotas(y, tr); return nil }),
}
