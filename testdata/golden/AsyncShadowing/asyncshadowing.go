// Package shadowing holds generators whose variables shadow one another
// across nested scopes while living across suspension points, and whose
// labels are named like the labels of lowered code.
package asyncshadowing

import (
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// nested shadows a variable in three nested blocks, each of another type,
// each live across a yield.
//
//agen:generator
func nested(y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace) {
	x := 1
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("outer ", x)))))
	{
		x := "two"
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("middle "+x))))
		{
			x := 3.5
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("inner ", x)))))
			x *= 2
			tr.Log("inner x %v", x)
		}
		x += "!"
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("middle again "+x))))
	}
	x++
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("outer again ", x)))))
}

// siblings declares the same name in sibling blocks, each live across a
// yield, with different types.
//
//agen:generator
func siblings(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	for i := range 3 {
		if i%2 == 0 {
			v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("even")))) * 2
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("even v ", v)))))
		} else {
			v := fmt.Sprint("odd", y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("odd")))))
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("odd v "+v))))
		}
		v := []int{i}
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("loop v ", v)))))
	}
}

// params shadows the parameters in inner blocks.
//
//agen:generator
func params(y *agen.AsyncYielder[int, int], tr *difftest.Trace, n int, s string) {
	{
		n := n * 2
		s := len(s)
		n += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
		tr.Log("inner n %d s %d", n, s)
	}
	tr.Log("outer n %d s %s", n, s)
	for n := range n {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
	}
	n = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-n))))
	tr.Log("n assigned %d", n)
}

// closures captures a shadowed variable and the one it shadows in
// closures called after yields.
//
//agen:generator
func closures(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	x := 10
	outer := func() int { x++; return x }
	var inner func() int
	{
		x := 100
		inner = func() int { x--; return x }
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](outer()))))
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](inner()))))
		tr.Log("inner x %d", x)
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](outer()))))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](inner()))))
	tr.Log("outer x %d", x)
}

// shadowYielder shadows the yielder's name in a block with no yield.
//
//agen:generator
func shadowYielder(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	{
		y := 2
		tr.Log("y is %d", y)
	}
	for y := range 2 {
		tr.Log("loop y %d", y)
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))
	{
		tr := "shadowed trace"
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](len(tr)))))
		tr += "!"
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](len(tr)))))
	}
	tr.Log("end")
}

// ifChain shadows in the init statements of an else-if chain and a
// switch.
//
//agen:generator
func ifChain(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	x := 0
	if x := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x)))) + 1; x > 5 {
		tr.Log("big %d", x)
	} else if x := x * 10; x > 20 {
		x := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
		tr.Log("inner %d", x)
	} else {
		tr.Log("else %d", x)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
	}
	switch x := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1)))); x {
	case 0:
		x := "zero"
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](len(x)))))
	default:
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
	}
	tr.Log("x %d", x)
}

// labels uses labels named like the labels lowering makes, jumping over
// yields.
//
//agen:generator
func labels(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	i := 0
loop:
	if i >= 3 {
		goto done
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	i++
	goto next
next:
	for j := range 2 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100+j))))
		if j == 1 && i == 2 {
			goto end
		}
	}
	goto loop
end:
	tr.Log("end %d", i)
done:
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))
	goto resume1
resume1:
	tr.Log("resume1")
	goto skip
skip:
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-2))))
	goto case2
case2:
	goto endif
endif:
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-3))))
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("nested",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] { return nestedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error { nested(y, tr); return nil }),
	difftest.Async("siblings",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return siblingsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { siblings(y, tr); return nil },
		1, 2, 3),
	difftest.Async("params",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return paramsGen(tr, 2, "abc") },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { params(y, tr, 2, "abc"); return nil },
		5, 7),
	difftest.Async("closures",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return closuresGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { closures(y, tr); return nil }),
	difftest.Async("shadowYielder",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return shadowYielderGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { shadowYielder(y, tr); return nil }),
	difftest.Async("ifChain",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return ifChainGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { ifChain(y, tr); return nil },
		5, 2, 0, 1),
	difftest.Async("labels",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return labelsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { labels(y, tr); return nil }),
}
