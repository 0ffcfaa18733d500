// Package loops holds generators whose for loops suspend: three-clause,
// condition-only and infinite loops, yields in the init, condition and post
// statements, nested loops, and Go 1.22 per-iteration loop variables.
package asyncloops

import (
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// threeClause yields in a three-clause loop, with continue and break.
//
//agen:generator
func threeClause(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace, n int) {
	tr.Log("start")
	for i := 0; i < n; i++ {
		if i == 1 {
			tr.Log("skip %d", i)
			continue
		}
		tr.Log("before %d", i)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i*10))))
		tr.Log("after %d", i)
		if i == 4 {
			tr.Log("break %d", i)
			break
		}
	}
	tr.Log("end")
}

// condOnly yields in a condition-only loop; the counter is sent in.
//
//agen:generator
func condOnly(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	i := 0
	for i < 5 {
		got := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		tr.Log("i %d got %d", i, got)
		i += 1 + got
	}
	tr.Log("end i %d", i)
}

// infinite breaks out of an infinite loop on what is sent.
//
//agen:generator
func infinite(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	n := 0
	for {
		v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
		tr.Log("n %d v %d", n, v)
		if v < 0 || n >= 6 {
			tr.Log("breaking")
			break
		}
		n++
	}
	tr.Log("end n %d", n)
}

// yieldInCond yields in the loop condition.
//
//agen:generator
func yieldInCond(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i := 0; y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))) >= 0 && i < 5; i++ {
		tr.Log("body %d", i)
	}
	tr.Log("end")
}

// yieldInPost yields in the post statement and in the body.
//
//agen:generator
func yieldInPost(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i := 0; i < 8; i += 1 + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-i)))) {
		tr.Log("body %d", i)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	tr.Log("end")
}

// yieldInInit yields in the init statement.
//
//agen:generator
func yieldInInit(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100)))); i < 3; i++ {
		tr.Log("body %d", i)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	tr.Log("end")
}

// nested nests loops that yield at both levels.
//
//agen:generator
func nested(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	for i := 0; i < 3; i++ {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i*100))))
		for j := 0; j < i; j++ {
			if j == 1 {
				continue
			}
			tr.Log("inner %d %d", i, j)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i*100+j))))
			for k := 0; k < 2; k++ {
				tr.Log("innermost %d %d %d", i, j, k)
			}
		}
		tr.Log("outer %d", i)
	}
}

// perIteration creates closures capturing the loop variable, calls each
// after later yields, and changes the variable through a pointer before the
// next iteration copies it.
//
//agen:generator
func perIteration(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	var fs []func() int
	var prev func() int
	for i := 0; i < 6; i++ {
		if prev != nil {
			tr.Log("prev sees %d", prev())
		}
		fs = append(fs, func() int { return i })
		prev = func() int { return i }
		p := &i
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		*p += 1
		tr.Log("i now %d", i)
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))
	for k, f := range fs {
		tr.Log("closure %d sees %d", k, f())
	}
}

// perIterationIncrement has closures that change their iteration's
// variable: the change is seen by the loop only in that iteration.
//
//agen:generator
func perIterationIncrement(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	var incs []func() int
	for i := 0; i < 3; i++ {
		inc := func() int { i += 10; return i }
		incs = append(incs, inc)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		tr.Log("iteration %d", i)
	}
	for k, inc := range incs {
		tr.Log("inc %d -> %d", k, inc())
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](k))))
		tr.Log("inc %d again -> %d", k, inc())
	}
}

// perIterationTwoVars has two loop variables, both captured.
//
//agen:generator
func perIterationTwoVars(y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace) {
	var fs []func() string
	for i, s := 0, "a"; i < 3; i, s = i+1, s+"b" {
		fs = append(fs, func() string { return s + ":" + string(rune('0'+i)) })
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](s))))
	}
	for _, f := range fs {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](f()))))
	}
}

// perIterationPost yields in the post statement of a loop whose variable
// closures capture, and continues past some iterations: the post statement
// changes the next iteration's variable, not the captured one.
//
//agen:generator
func perIterationPost(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	var fs []func() int
	for i := 0; i < 6; i += 1 + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i*10)))) {
		fs = append(fs, func() int { return i })
		if i == 2 {
			tr.Log("continue %d", i)
			continue
		}
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		tr.Log("body %d", i)
	}
	for k, f := range fs {
		tr.Log("closure %d sees %d", k, f())
	}
}

// perIterationCond captures the loop variable in closures made by the
// condition and takes its address in the post statement.
//
//agen:generator
func perIterationCond(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	var fs []func() int
	bump := func(p *int) { *p += 2 }
	for i := 0; func() bool { fs = append(fs, func() int { return i }); return i < 5 }(); bump(&i) {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		tr.Log("body %d, %d closures", i, len(fs))
	}
	for k, f := range fs {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](f()))))
		tr.Log("closure %d", k)
	}
}

// loopLocals declares variables in the loop body that live across yields:
// each iteration has fresh ones, zeroed where declared without a value.
//
//agen:generator
func loopLocals(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	var ptrs []*int
	var fs []func() []int
	for i := 0; i < 3; i++ {
		var acc int
		var list []int
		x := i * 2
		acc += i
		list = append(list, i)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x+acc))))
		x++
		acc++
		list = append(list, x)
		tr.Log("x %d acc %d list %v", x, acc, list)
		ptrs = append(ptrs, &x)
		fs = append(fs, func() []int { return list })
	}
	for k, p := range ptrs {
		*p += 100
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](*p))))
		tr.Log("ptr %d -> %d, list %v", k, *ptrs[k], fs[k]())
	}
}

// coldBranches has break and continue statements in statements that do
// not yield, inside a loop that does: a break of a switch, a select or an
// inner loop stays there; a continue of the outer loop leaves them; a
// function literal's own loop keeps its branches.
//
//agen:generator
func coldBranches(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	ch := make(chan int, 1)
	for i := 0; i < 5; i++ {
		switch i {
		case 1:
			if i > 0 {
				tr.Log("break switch %d", i)
				break
			}
			tr.Log("not reached %d", i)
		case 2:
			tr.Log("continue from switch %d", i)
			continue
		}
		ch <- i
		select {
		case v := <-ch:
			if v == 3 {
				tr.Log("break select %d", v)
				break
			}
			tr.Log("select got %d", v)
		}
		for j := range 3 {
			if j == 1 {
				continue
			}
			if j == 2 {
				break
			}
			tr.Log("inner %d %d", i, j)
		}
		count := func() int {
			n := 0
		loop:
			for {
				switch {
				case n >= i:
					break loop
				}
				n++
			}
			return n
		}
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](count()))))
		if i == 3 {
			tr.Log("continue after yield %d", i)
			continue
		}
		tr.Log("end %d", i)
	}
}

// redeclared declares in the body a variable of the loop variable's
// name, and copies the loop variable the pre-1.22 way.
//
//agen:generator
func redeclared(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i * 10
		fs = append(fs, func() int { return i })
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		i++
		tr.Log("inner i %d", i)
	}
	for _, f := range fs {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](f()))))
	}
}

// catching catches what is thrown at YieldErr inside loops and breaks or
// continues on it.
//
//agen:generator
func catching(y *agen.AsyncYielder[int, int], tr *difftest.Trace) error {
	caught := 0
	for i := 0; i < 6; i++ {
		s, err := y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		if err != nil {
			caught++
			tr.Log("caught %v at %d", err, i)
			if caught > 1 {
				break
			}
			continue
		}
		for j := 0; j < s; j++ {
			if _, err := y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](100+j)))); err != nil {
				tr.Log("inner caught %v", err)
				continue
			}
			tr.Log("inner %d", j)
		}
	}
	if caught > 1 {
		return fmt.Errorf("caught %d", caught)
	}
	return nil
}

// emptyBodies has loops whose only statement that suspends is the
// condition or the post statement.
//
//agen:generator
func emptyBodies(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	n := 0
	for y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n)))) > 0 {
		n++
	}
	tr.Log("n %d", n)
	for i := 0; i < 3; i += 1 + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-i)))) {
	}
	for i := 0; i < 3 && y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100+i)))) >= 0; i++ {
	}
	tr.Log("end")
}

// initCaptured captures, in closures called after the loop, variables
// declared in the init statements of an if, a switch and a type switch,
// and by var, inside a loop: each execution has its own.
//
//agen:generator
func initCaptured(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	var fs []func() int
	for i := range 3 {
		if x := i * 10; x >= 0 {
			fs = append(fs, func() int { x++; return x })
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
		}
		switch z := i * 100; {
		case z >= 0:
			fs = append(fs, func() int { return z })
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](z))))
		}
		var w int
		w += i
		fs = append(fs, func() int { return w })
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](w))))
		switch v := any(i).(type) {
		case int:
			fs = append(fs, func() int { return v })
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
		}
	}
	for _, f := range fs {
		tr.Log("%d", f())
	}
}

// initCapturedElse captures variables of the init statements of an
// else-if chain inside a loop.
//
//agen:generator
func initCapturedElse(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	var fs []func() int
	for i := range 3 {
		if a := i; a > 5 {
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))
		} else if b := a * 2; b >= 0 {
			fs = append(fs, func() int { return a*1000 + b })
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](b))))
		}
	}
	for _, f := range fs {
		tr.Log("%d", f())
	}
}

// oddClauses has loops whose init is an assignment, and whose post
// statements are a send, an increment of a map element and a tuple
// assignment, each suspending.
//
//agen:generator
func oddClauses(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	var i int
	for i = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1)))); i < 3; i++ {
		tr.Log("first loop %d", i)
	}
	ch := make(chan int, 10)
	for j := 0; j < 3; ch <- y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100+j)))) {
		j++
	}
	close(ch)
	for v := range ch {
		tr.Log("ch %d", v)
	}
	m := map[int]int{}
	for k := 0; k < 3; m[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](200+k))))%2]++ {
		k++
	}
	tr.Log("m %v", m)
	for x := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](300)))); x < 2; x, i = x+1, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](400+x)))) {
		tr.Log("x %d i %d", x, i)
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("threeClause",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return threeClauseGen(tr, 6) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
			threeClause(y, tr, 6)
			return nil
		}),
	difftest.Async("condOnly",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return condOnlyGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { condOnly(y, tr); return nil },
		0, 1, 2),
	difftest.Async("infinite",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return infiniteGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { infinite(y, tr); return nil },
		1, 2, -1),
	difftest.Async("yieldInCond",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return yieldInCondGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { yieldInCond(y, tr); return nil },
		1, 2, 3, -1),
	difftest.Async("yieldInPost",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return yieldInPostGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { yieldInPost(y, tr); return nil },
		0, 1, 2),
	difftest.Async("yieldInInit",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return yieldInInitGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { yieldInInit(y, tr); return nil },
		1, -2, 5),
	difftest.Async("nested",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return nestedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { nested(y, tr); return nil }),
	difftest.Async("perIteration",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return perIterationGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { perIteration(y, tr); return nil }),
	difftest.Async("perIterationIncrement",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return perIterationIncrementGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
			perIterationIncrement(y, tr)
			return nil
		}),
	difftest.Async("perIterationTwoVars",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] { return perIterationTwoVarsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			perIterationTwoVars(y, tr)
			return nil
		}),
	difftest.Async("perIterationPost",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return perIterationPostGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { perIterationPost(y, tr); return nil },
		0, 1, 0, 2),
	difftest.Async("perIterationCond",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return perIterationCondGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
			perIterationCond(y, tr)
			return nil
		}),
	difftest.Async("coldBranches",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return coldBranchesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { coldBranches(y, tr); return nil }),
	difftest.Async("redeclared",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return redeclaredGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { redeclared(y, tr); return nil }),
	difftest.Async("catching",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return catchingGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return catching(y, tr) },
		2, 0, 1),
	difftest.Async("emptyBodies",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return emptyBodiesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { emptyBodies(y, tr); return nil },
		1, 1, 0, -1),
	difftest.Async("initCaptured",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return initCapturedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { initCaptured(y, tr); return nil }),
	difftest.Async("initCapturedElse",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return initCapturedElseGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
			initCapturedElse(y, tr)
			return nil
		}),
	difftest.Async("oddClauses",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return oddClausesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { oddClauses(y, tr); return nil },
		1, 0, 5),
	difftest.Async("loopLocals",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return loopLocalsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { loopLocals(y, tr); return nil }),
}
