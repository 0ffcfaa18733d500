package advpushodd

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type yield struct{ n int }

type again int

type sent int

// ySent: Y type named sent, S named again
//
//agen:generator
func ySent(y *agen.Yielder[sent, again]) {
	for i := 0; i < 3; i++ {
		i += int(y.Yield(sent(i)))
	}
}

type push struct{ n int }

// yStruct: Y is a struct type named yield.
//
//agen:generator
func yStruct(y *agen.Yielder[yield, int]) {
	for i := 0; i < 3; i++ {
		i += y.Yield(yield{i})
	}
}

// pushVar has a variable named push live across yields, and calls nothing.
//
//agen:generator
func pushVar(y *agen.Yielder[int, int]) {
	push := 0
	resume := 1
	for push < 3 {
		push += y.Yield(push) + resume
	}
}

// pushParam has a parameter named push.
//
//agen:generator
func pushParam(y *agen.Yielder[int, int], push int, yield int) {
	for push < 3 {
		push += y.Yield(push) + yield
	}
}

type Stack[T any] struct{ xs []T }

// items is a method generator of a generic type, with sent values and defers.
//
//agen:generator
func (g *Stack[T]) items(y *agen.Yielder[T, T]) {
	defer func() { _ = recover() }()
	for i := range g.xs {
		if v := y.Yield(g.xs[i]); any(v) != nil {
			g.xs[i] = v
		}
	}
}

// noGen has a sent type of a type parameter and no defers.
//
//agen:generator
func noGen[K comparable, V any](y *agen.Yielder[K, V], m map[K]V) {
	for k := range m {
		m[k] = y.Yield(k)
	}
}

type point struct{ x int }

// shadowY has a local named like its yield type.
//
//agen:generator
func shadowY(y *agen.Yielder[point, int]) {
	for i := 0; i < 3; i++ {
		p := point{i}
		{
			point := y.Yield(p)
			i += point
		}
	}
}

// sendYield receives values of a type named yield: All's push loop, whose
// loop body is a parameter named yield, declares no variable of it.
//
//agen:generator
func sendYield(y *agen.Yielder[int, yield]) {
	for i := 0; i < 3; i++ {
		i += y.Yield(i).n
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("pushVar",
		func(tr *difftest.Trace) agen.Generator[int, int] { return pushVarGen() },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { pushVar(y); return nil }, 0, 1),
	difftest.Sync("pushParam",
		func(tr *difftest.Trace) agen.Generator[int, int] { return pushParamGen(0, 1) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { pushParam(y, 0, 1); return nil }, 0, 1),
	difftest.Sync("yStruct",
		func(tr *difftest.Trace) agen.Generator[yield, int] { return yStructGen() },
		func(tr *difftest.Trace, y *agen.Yielder[yield, int]) error { yStruct(y); return nil }, 0, 1),
	difftest.Sync("sendYield",
		func(tr *difftest.Trace) agen.Generator[int, yield] { return sendYieldGen() },
		func(tr *difftest.Trace, y *agen.Yielder[int, yield]) error { sendYield(y); return nil }, yield{0}, yield{1}),
	difftest.Sync("shadowY",
		func(tr *difftest.Trace) agen.Generator[point, int] { return shadowYGen() },
		func(tr *difftest.Trace, y *agen.Yielder[point, int]) error { shadowY(y); return nil }, 0, 1),
}
