// Package switches holds generators whose expression switches suspend: in
// the clause bodies, in the tag, in the init statement and in the case
// expressions, which are evaluated lazily in order; with fallthrough,
// default in the middle, and break inside a switch inside a loop.
package asyncswitches

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// tagged switches on a tag with yields in the clause bodies.
//
//agen:generator
func tagged(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	for i := range 5 {
		switch i {
		case 0:
			tr.Log("zero")
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))
		case 1, 2:
			tr.Log("one or two %d", i)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](12))))
			tr.Log("after 12")
		case 3:
			tr.Log("three, no yield")
		default:
			tr.Log("default %d", i)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-i))))
		}
		tr.Log("after switch %d", i)
	}
}

// hotTag switches on what a yield returns.
//
//agen:generator
func hotTag(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	for i := range 4 {
		switch v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("tag")))); v {
		case 1:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("one"))))
		case 2, 3:
			tr.Log("two or three %d", v)
		default:
			tr.Log("default %d", v)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("default"))))
		}
		switch y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("bare")))) {
		case 0:
			tr.Log("bare zero %d", i)
		}
	}
}

// tagless switches with no tag, conditions with yields in bodies.
//
//agen:generator
func tagless(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	x := 0
	for range 4 {
		switch {
		case x < 0:
			tr.Log("negative %d", x)
			x = -x
		case x == 0:
			x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
			tr.Log("zero, got %d", x)
		case x > 10:
			tr.Log("big %d", x)
			x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x)))) - 1
		default:
			tr.Log("small %d", x)
			x += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
		}
	}
	tr.Log("x %d", x)
}

// fallsThrough has fallthrough chains through clauses that yield.
//
//agen:generator
func fallsThrough(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	for i := range 4 {
		switch i {
		case 0:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100))))
			fallthrough
		case 1:
			tr.Log("case 1 from %d", i)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](101))))
			fallthrough
		case 2:
			tr.Log("case 2 from %d", i)
			fallthrough
		default:
			tr.Log("default from %d", i)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](103))))
		}
	}
}

// defaultMiddle has its default between cases, falling through to the
// next case.
//
//agen:generator
func defaultMiddle(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	for i := range 4 {
		switch i {
		case 1:
			tr.Log("one")
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
		default:
			tr.Log("default %d", i)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))
			fallthrough
		case 3:
			tr.Log("three from %d", i)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))
		case 2:
			tr.Log("two")
		}
	}
}

func val(tr *difftest.Trace, name string, v int) int {
	tr.Log("eval %s", name)
	return v
}

// lazyCases has yields in the case expressions: they are evaluated in
// order, up to the first match only.
//
//agen:generator
func lazyCases(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i := range 4 {
		switch val(tr, "tag", i) {
		case val(tr, "a", 0), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10)))):
			tr.Log("first clause %d", i)
		case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](20)))) + val(tr, "b", 0):
			tr.Log("second clause %d", i)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](21))))
		case val(tr, "c", 3):
			tr.Log("third clause %d", i)
		default:
			tr.Log("default %d", i)
		}
	}
}

// lazyTagless has yields in the conditions of a tagless switch.
//
//agen:generator
func lazyTagless(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i := range 3 {
		switch {
		case val(tr, "a", i) == 2:
			tr.Log("a %d", i)
		case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))) > 0:
			tr.Log("yield positive %d", i)
			fallthrough
		case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-i)))) > 5:
			tr.Log("second yield %d", i)
		}
	}
}

// breakInLoop breaks out of switches inside loops, and continues the loop
// from inside them.
//
//agen:generator
func breakInLoop(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i := 0; i < 5; i++ {
		switch i % 3 {
		case 0:
			v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
			if v > 0 {
				tr.Log("break switch %d", i)
				break
			}
			tr.Log("case 0 rest %d", i)
		case 1:
			if i > 2 {
				tr.Log("continue %d", i)
				continue
			}
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i*10))))
		default:
			for j := range 3 {
				switch j {
				case 1:
					tr.Log("inner break %d", j)
					break
				}
				y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i*100+j))))
			}
		}
		tr.Log("loop end %d", i)
	}
}

// withInit has an init statement declaring a variable used across yields.
//
//agen:generator
func withInit(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	x := 5
	switch x := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x)))); {
	case x > 3:
		tr.Log("big %d", x)
		x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
		tr.Log("x now %d", x)
	default:
		tr.Log("small %d", x)
	}
	switch x, z := x*2, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1)))); x + z {
	case 10:
		tr.Log("ten")
	default:
		tr.Log("sum %d", x+z)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x+z))))
	}
	tr.Log("outer x %d", x)
}

// constTag switches on a constant with yields in the cases.
//
//agen:generator
func constTag(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	switch 2 {
	case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))):
		tr.Log("matched first")
	case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))):
		tr.Log("matched second")
	}
	var a any = 3
	switch a {
	case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))):
		tr.Log("matched any")
	default:
		tr.Log("no match for any")
	}
	switch s := "x"; s {
	case "y":
	case "x":
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](int(s[0])))))
	}
}

// lazyDefaultMiddle has yields in the case expressions and its default
// between cases, falling through out of it: the default runs only after
// every case expression was evaluated.
//
//agen:generator
func lazyDefaultMiddle(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i := range 3 {
		switch val(tr, "tag", i) {
		case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10)))):
			tr.Log("first %d", i)
			fallthrough
		default:
			tr.Log("default %d", i)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](11))))
			fallthrough
		case val(tr, "c", 2):
			tr.Log("third %d", i)
		case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](12)))):
			tr.Log("fourth %d", i)
		}
	}
}

// degenerate has switches with no clause, only a default, and empty
// clauses.
//
//agen:generator
func degenerate(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	switch y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) {
	}
	switch {
	default:
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	}
	switch x := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))); x {
	case 1:
	case 2:
		tr.Log("two")
	default:
	}
	switch {
	case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4)))) > 0:
	case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5)))) > 0:
		tr.Log("five")
	}
	tr.Log("end")
}

// genericSwitch switches on a value of a type parameter, with yields in
// the tag and in the case expressions.
//
//agen:generator
func genericSwitch[T comparable](y *agen.AsyncYielder[T, T], tr *difftest.Trace, a, b T) {
	for range 3 {
		switch v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[T](a)))); v {
		case a:
			tr.Log("a %v", v)
		case y.Yield(difftest.Value(agen.Await(y, difftest.Later[T](b)))):
			tr.Log("b %v", v)
		default:
			tr.Log("other %v", v)
		}
	}
}

type point struct{ x, y int }

// compositeCases compares with composite literals in the cases of
// switches whose cases suspend, with and without a tag.
//
//agen:generator
func compositeCases(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	p := point{1, 2}
	for range 3 {
		switch p {
		case point{1, 2}:
			tr.Log("first %v", p)
			p.x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
		case point{y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0)))), 0}:
			tr.Log("second %v", p)
			p = point{1, 2}
		default:
			tr.Log("default %v", p)
			p.y = 0
		}
		switch {
		case p == point{1, 2}:
			tr.Log("tagless first")
		case (point{y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))), 0}) == p:
			tr.Log("tagless second")
		}
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("tagged",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return taggedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { tagged(y, tr); return nil }),
	difftest.Async("hotTag",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return hotTagGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { hotTag(y, tr); return nil },
		1, 2, 3, 0, 7),
	difftest.Async("tagless",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return taglessGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { tagless(y, tr); return nil },
		3, -2, 20, 9),
	difftest.Async("fallsThrough",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return fallsThroughGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { fallsThrough(y, tr); return nil }),
	difftest.Async("defaultMiddle",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return defaultMiddleGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { defaultMiddle(y, tr); return nil }),
	difftest.Async("lazyCases",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return lazyCasesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { lazyCases(y, tr); return nil },
		1, 2, 0, 3),
	difftest.Async("lazyTagless",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return lazyTaglessGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { lazyTagless(y, tr); return nil },
		1, 6, 0),
	difftest.Async("lazyDefaultMiddle",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return lazyDefaultMiddleGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { lazyDefaultMiddle(y, tr); return nil },
		0, 1, 2),
	difftest.Async("degenerate",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return degenerateGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { degenerate(y, tr); return nil },
		1, 2, 0),
	difftest.Async("genericSwitch",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, string] { return genericSwitchGen(tr, "a", "b") },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, string]) error {
			genericSwitch(y, tr, "a", "b")
			return nil
		},
		"a", "b", "c"),
	difftest.Async("compositeCases",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return compositeCasesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { compositeCases(y, tr); return nil },
		1, 0, 5),
	difftest.Async("breakInLoop",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return breakInLoopGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { breakInLoop(y, tr); return nil },
		1, 0),
	difftest.Async("withInit",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return withInitGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { withInit(y, tr); return nil },
		4, 2, 0),
	difftest.Async("constTag",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return constTagGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { constTag(y, tr); return nil },
		2, 3, 1),
}
