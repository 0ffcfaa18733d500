// Package conditionals holds generators whose if statements suspend: in
// the branches, in the conditions, in init statements, in else-if chains.
package asyncconditionals

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// ifElse yields in both branches of an if/else and logs after the join.
//
//agen:generator
func ifElse(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace, n int) {
	for i := range n {
		if i%2 == 0 {
			tr.Log("even %d", i)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
			tr.Log("even resumed %d", i)
		} else {
			tr.Log("odd %d", i)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-i))))
			tr.Log("odd resumed %d", i)
		}
		tr.Log("after if %d", i)
	}
	tr.Log("end")
}

// ifNoElse yields only inside the then-branch; the condition depends on
// what was sent.
//
//agen:generator
func ifNoElse(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	last := 0
	for i := range 5 {
		if last%2 == 0 {
			last = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
			tr.Log("then %d got %d", i, last)
		}
		tr.Log("join %d last %d", i, last)
		last++
	}
}

// condYields branches on the value a yield returns.
//
//agen:generator
func condYields(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	for i := range 4 {
		if y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("cond")))) > 0 {
			tr.Log("positive %d", i)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("pos"))))
		} else {
			tr.Log("not positive %d", i)
		}
		if v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("second")))); v < 0 {
			tr.Log("negative %d", v)
		}
	}
}

// elseIfChain has yields in the init statements and conditions of an
// else-if chain; the variables of earlier inits are visible in later
// branches.
//
//agen:generator
func elseIfChain(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i := 0; i < 4; i++ {
		if a := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))); a > 10 {
			tr.Log("a big %d", a)
		} else if b := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](a+100)))); b > 10 {
			tr.Log("b big %d %d", a, b)
			a = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](a+b))))
			tr.Log("a now %d", a)
		} else if c := a + b; c == 0 {
			tr.Log("zero %d %d", a, b)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))
			tr.Log("c %d", c)
		} else if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](c)))) == 7 {
			tr.Log("seven %d %d %d", a, b, c)
		} else {
			tr.Log("else %d %d %d", a, b, c)
			b = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1000))))
			tr.Log("else b %d", b)
		}
		tr.Log("iteration %d done", i)
	}
}

func check(tr *difftest.Trace, name string, v bool) bool {
	tr.Log("check %s %v", name, v)
	return v
}

// shortCircuit has yields on both sides of && and ||: a right operand is
// evaluated only when needed.
//
//agen:generator
func shortCircuit(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i := range 4 {
		if check(tr, "a", i%2 == 0) && y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10+i)))) > 0 {
			tr.Log("and true %d", i)
		}
		if check(tr, "b", i < 2) || y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](20+i)))) > 0 {
			tr.Log("or true %d", i)
		}
		if (y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](30+i)))) > 1 || check(tr, "c", i == 3)) && (check(tr, "d", i != 1) || y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](40+i)))) == 7) {
			tr.Log("mixed true %d", i)
		} else {
			tr.Log("mixed false %d", i)
		}
		ok := !(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](50+i)))) == 0) && check(tr, "e", true)
		tr.Log("ok %v", ok)
	}
}

// initShadow declares in an if's init a variable shadowing an outer one.
//
//agen:generator
func initShadow(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	x := 1
	if x := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x)))) + x; x > 3 {
		tr.Log("inner x %d", x)
		x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
		tr.Log("inner x now %d", x)
	} else {
		tr.Log("else inner x %d", x)
		x++
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
	}
	tr.Log("outer x %d", x)
	if x := x * 10; x > 0 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
	}
	tr.Log("outer x still %d", x)
}

// nestedIfs nests yielding ifs three deep, returning early from inside.
//
//agen:generator
func nestedIfs(y *agen.AsyncYielder[int, int], tr *difftest.Trace) error {
	a := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	if a >= 0 {
		b := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
		if b >= 0 {
			if c := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))); c > 5 {
				tr.Log("deep return %d %d %d", a, b, c)
				return nil
			} else if c < 0 {
				tr.Log("deep error")
				return errBody
			}
			tr.Log("after deep")
		} else {
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-2))))
		}
		tr.Log("after middle")
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))
	tr.Log("end %d", a)
	return nil
}

// catchInConditions catches what is thrown at YieldErr in conditions: of
// an if, an else-if, a switch tag and a loop.
//
//agen:generator
func catchInConditions(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	caught := func(s int, err error) bool {
		tr.Log("caught? %d %v", s, err)
		return err != nil
	}
	if caught(y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](1))))) {
		tr.Log("if caught")
	} else if !caught(y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](2))))) && caught(y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](3))))) {
		tr.Log("else-if caught")
	}
	switch caught(y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](4))))) {
	case true:
		tr.Log("switch caught")
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](40))))
	}
	n := 0
	for !caught(y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](5))))) && n < 3 {
		n++
	}
	tr.Log("end %d", n)
}

type bodyError struct{}

func (bodyError) Error() string { return "body error" }

var errBody error = bodyError{}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("ifElse",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return ifElseGen(tr, 5) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { ifElse(y, tr, 5); return nil }),
	difftest.Async("ifNoElse",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return ifNoElseGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { ifNoElse(y, tr); return nil },
		1, 2, 4),
	difftest.Async("condYields",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return condYieldsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { condYields(y, tr); return nil },
		1, -1, 0, 5),
	difftest.Async("elseIfChain",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return elseIfChainGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { elseIfChain(y, tr); return nil },
		20, 0, 15, 7, 3, -3),
	difftest.Async("shortCircuit",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return shortCircuitGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { shortCircuit(y, tr); return nil },
		1, 7, 2, 0),
	difftest.Async("initShadow",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return initShadowGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { initShadow(y, tr); return nil },
		5, 1, -1),
	difftest.Async("catchInConditions",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return catchInConditionsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { catchInConditions(y, tr); return nil },
		7, 8),
	difftest.Async("nestedIfs",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return nestedIfsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return nestedIfs(y, tr) },
		0, 6, -1, 1),
}
