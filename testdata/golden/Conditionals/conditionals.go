// Package conditionals holds generators whose if statements suspend: in
// the branches, in the conditions, in init statements, in else-if chains.
package conditionals

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// ifElse yields in both branches of an if/else and logs after the join.
//
//agen:generator
func ifElse(y *agen.Yielder[int, agen.None], tr *difftest.Trace, n int) {
	for i := range n {
		if i%2 == 0 {
			tr.Log("even %d", i)
			y.Yield(i)
			tr.Log("even resumed %d", i)
		} else {
			tr.Log("odd %d", i)
			y.Yield(-i)
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
func ifNoElse(y *agen.Yielder[int, int], tr *difftest.Trace) {
	last := 0
	for i := range 5 {
		if last%2 == 0 {
			last = y.Yield(i)
			tr.Log("then %d got %d", i, last)
		}
		tr.Log("join %d last %d", i, last)
		last++
	}
}

// condYields branches on the value a yield returns.
//
//agen:generator
func condYields(y *agen.Yielder[string, int], tr *difftest.Trace) {
	for i := range 4 {
		if y.Yield("cond") > 0 {
			tr.Log("positive %d", i)
			y.Yield("pos")
		} else {
			tr.Log("not positive %d", i)
		}
		if v := y.Yield("second"); v < 0 {
			tr.Log("negative %d", v)
		}
	}
}

// elseIfChain has yields in the init statements and conditions of an
// else-if chain; the variables of earlier inits are visible in later
// branches.
//
//agen:generator
func elseIfChain(y *agen.Yielder[int, int], tr *difftest.Trace) {
	for i := 0; i < 4; i++ {
		if a := y.Yield(i); a > 10 {
			tr.Log("a big %d", a)
		} else if b := y.Yield(a + 100); b > 10 {
			tr.Log("b big %d %d", a, b)
			a = y.Yield(a + b)
			tr.Log("a now %d", a)
		} else if c := a + b; c == 0 {
			tr.Log("zero %d %d", a, b)
			y.Yield(-1)
			tr.Log("c %d", c)
		} else if y.Yield(c) == 7 {
			tr.Log("seven %d %d %d", a, b, c)
		} else {
			tr.Log("else %d %d %d", a, b, c)
			b = y.Yield(1000)
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
func shortCircuit(y *agen.Yielder[int, int], tr *difftest.Trace) {
	for i := range 4 {
		if check(tr, "a", i%2 == 0) && y.Yield(10+i) > 0 {
			tr.Log("and true %d", i)
		}
		if check(tr, "b", i < 2) || y.Yield(20+i) > 0 {
			tr.Log("or true %d", i)
		}
		if (y.Yield(30+i) > 1 || check(tr, "c", i == 3)) && (check(tr, "d", i != 1) || y.Yield(40+i) == 7) {
			tr.Log("mixed true %d", i)
		} else {
			tr.Log("mixed false %d", i)
		}
		ok := !(y.Yield(50+i) == 0) && check(tr, "e", true)
		tr.Log("ok %v", ok)
	}
}

// initShadow declares in an if's init a variable shadowing an outer one.
//
//agen:generator
func initShadow(y *agen.Yielder[int, int], tr *difftest.Trace) {
	x := 1
	if x := y.Yield(x) + x; x > 3 {
		tr.Log("inner x %d", x)
		x = y.Yield(x)
		tr.Log("inner x now %d", x)
	} else {
		tr.Log("else inner x %d", x)
		x++
		y.Yield(x)
	}
	tr.Log("outer x %d", x)
	if x := x * 10; x > 0 {
		y.Yield(x)
	}
	tr.Log("outer x still %d", x)
}

// nestedIfs nests yielding ifs three deep, returning early from inside.
//
//agen:generator
func nestedIfs(y *agen.Yielder[int, int], tr *difftest.Trace) error {
	a := y.Yield(1)
	if a >= 0 {
		b := y.Yield(2)
		if b >= 0 {
			if c := y.Yield(3); c > 5 {
				tr.Log("deep return %d %d %d", a, b, c)
				return nil
			} else if c < 0 {
				tr.Log("deep error")
				return errBody
			}
			tr.Log("after deep")
		} else {
			y.Yield(-2)
		}
		tr.Log("after middle")
	}
	y.Yield(4)
	tr.Log("end %d", a)
	return nil
}

// catchInConditions catches what is thrown at YieldErr in conditions: of
// an if, an else-if, a switch tag and a loop.
//
//agen:generator
func catchInConditions(y *agen.Yielder[int, int], tr *difftest.Trace) {
	caught := func(s int, err error) bool {
		tr.Log("caught? %d %v", s, err)
		return err != nil
	}
	if caught(y.YieldErr(1)) {
		tr.Log("if caught")
	} else if !caught(y.YieldErr(2)) && caught(y.YieldErr(3)) {
		tr.Log("else-if caught")
	}
	switch caught(y.YieldErr(4)) {
	case true:
		tr.Log("switch caught")
		y.Yield(40)
	}
	n := 0
	for !caught(y.YieldErr(5)) && n < 3 {
		n++
	}
	tr.Log("end %d", n)
}

type bodyError struct{}

func (bodyError) Error() string { return "body error" }

var errBody error = bodyError{}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("ifElse",
		func(tr *difftest.Trace) agen.Generator[int, agen.None] { return ifElseGen(tr, 5) },
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { ifElse(y, tr, 5); return nil }),
	difftest.Sync("ifNoElse",
		func(tr *difftest.Trace) agen.Generator[int, int] { return ifNoElseGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { ifNoElse(y, tr); return nil },
		1, 2, 4),
	difftest.Sync("condYields",
		func(tr *difftest.Trace) agen.Generator[string, int] { return condYieldsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { condYields(y, tr); return nil },
		1, -1, 0, 5),
	difftest.Sync("elseIfChain",
		func(tr *difftest.Trace) agen.Generator[int, int] { return elseIfChainGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { elseIfChain(y, tr); return nil },
		20, 0, 15, 7, 3, -3),
	difftest.Sync("shortCircuit",
		func(tr *difftest.Trace) agen.Generator[int, int] { return shortCircuitGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { shortCircuit(y, tr); return nil },
		1, 7, 2, 0),
	difftest.Sync("initShadow",
		func(tr *difftest.Trace) agen.Generator[int, int] { return initShadowGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { initShadow(y, tr); return nil },
		5, 1, -1),
	difftest.Sync("catchInConditions",
		func(tr *difftest.Trace) agen.Generator[int, int] { return catchInConditionsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { catchInConditions(y, tr); return nil },
		7, 8),
	difftest.Sync("nestedIfs",
		func(tr *difftest.Trace) agen.Generator[int, int] { return nestedIfsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return nestedIfs(y, tr) },
		0, 6, -1, 1),
}
