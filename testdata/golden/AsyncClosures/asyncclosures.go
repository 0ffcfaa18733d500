// Package closures holds bodies whose closures capture variables that
// live across suspension points, by reference.
package asyncclosures

import (
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// shared: a closure writes a variable, the body reads it after a yield,
// and the body writes it, the closure reads it after a yield.
//
//agen:generator
func shared(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	n := 0
	inc := func(d int) { n += d }
	show := func(what string) { tr.Log("%s n=%d", what, n) }
	inc(1)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
	show("after first")
	n = 10 + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
	show("after assign")
	inc(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n)))))
	tr.Log("body n=%d", n)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
	show("end")
}

// createdBefore creates closures before a yield and calls them after.
//
//agen:generator
func createdBefore(y *agen.AsyncYielder[string, int], tr *difftest.Trace, greeting string) {
	count := 0
	greet := func(name string) string {
		count++
		return fmt.Sprintf("%s %s #%d", greeting, name, count)
	}
	s := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("ready"))))
	tr.Log("sent %d", s)
	greeting = "bye"
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](greet("a")))))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](greet("b")))))
	tr.Log("count=%d", count)
}

// loopVars captures per-iteration loop variables (Go 1.22) in closures
// that run after later yields; one of them changes its own copy.
//
//agen:generator
func loopVars(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * 10 })
		bump := func() { i++ }
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		if i == 1 {
			bump() // skips 2: the next iteration copies i after this
		}
	}
	for _, f := range fs {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](f()))))
	}
	var gs []func() string
	for k, v := range []string{"x", "y", "z"} {
		gs = append(gs, func() string { return fmt.Sprint(k, v) })
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](k))))
	}
	for _, g := range gs {
		tr.Log("g=%s", g())
	}
}

// nestedClosures has closures returning closures, a recursive closure and
// a closure capturing a parameter.
//
//agen:generator
func nestedClosures(y *agen.AsyncYielder[int, int], tr *difftest.Trace, base int) {
	adder := func(d int) func() int {
		return func() int {
			base += d
			return base
		}
	}
	add2, add5 := adder(2), adder(5)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](add2()))))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](add5()))))
	tr.Log("base=%d", base)
	base = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](add2()))))
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](fib(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))%10)))))
	tr.Log("fib(7)=%d", fib(7))
}

// namedResult sets the named result from a closure between yields.
//
//agen:generator
func namedResult(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	fail := func(v int) {
		if v%2 == 1 {
			err = fmt.Errorf("odd %d", v)
		}
	}
	fail(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))))
	tr.Log("err=%v", err)
	fail(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))))
	if err != nil {
		return
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))
	return err
}

type counter struct {
	n int
}

func (c counter) get() int { return c.n }

func (c *counter) add(d int) int {
	c.n += d
	return c.n
}

// methodValues binds method values before yields: a value receiver is
// copied when bound, a pointer receiver is not.
//
//agen:generator
func methodValues(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	c := counter{n: 1}
	get := c.get
	add := c.add
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](get()))))
	add(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))))
	tr.Log("c.n=%d get=%d", c.n, get())
	c.n = 100
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](add(1)))))
	tr.Log("c.n=%d get=%d", c.n, get())
	getExpr := counter.get
	addExpr := (*counter).add
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](getExpr(c)+addExpr(&c, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))))))))
	tr.Log("c.n=%d", c.n)
}

// immediate calls function literals in place, next to yields.
//
//agen:generator
func immediate(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	x := 1
	v := func() int { x *= 2; return x }() + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
	tr.Log("v=%d x=%d", v, x)
	w := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](func() int { x += 3; return x }()))))
	tr.Log("w=%d x=%d", w, x)
	func() {
		tr.Log("inner x=%d", x)
		x = 0
	}()
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
}

// perIteration declares captured variables inside a loop body, so that
// every iteration has its own, and inside blocks after yields.
//
//agen:generator
func perIteration(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	var incs []func() int
	for i := range 3 {
		v := i * 10
		incs = append(incs, func() int { v++; return v })
		v += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
		tr.Log("v=%d", v)
	}
	for round := range 2 {
		for k, inc := range incs {
			tr.Log("round %d inc %d = %d", round, k, inc())
		}
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](round))))
	}
	{
		w := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100))))
		get := func() int { return w }
		w *= 2
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](get()))))
	}
	n := 0
again:
	m := n
	show := func() { tr.Log("m=%d", m) }
	m = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](m)))) + n
	show()
	n++
	if n < 3 {
		goto again
	}
}

type hooks struct {
	before, after func()
}

// stored keeps closures in a map and a struct across yields.
//
//agen:generator
func stored(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	total := 0
	ops := map[string]func(int){
		"add": func(v int) { total += v },
		"sub": func(v int) { total -= v },
	}
	h := hooks{
		before: func() { tr.Log("before total=%d", total) },
		after:  func() { tr.Log("after total=%d", total) },
	}
	for _, name := range []string{"add", "sub", "add"} {
		h.before()
		ops[name](y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](name)))))
		h.after()
	}
	h.after = func() { tr.Log("replaced total=%d", total) }
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("end"))))
	h.after()
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("shared",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return sharedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { shared(y, tr); return nil },
		5, 7),
	difftest.Async("createdBefore",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return createdBeforeGen(tr, "hi") },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error {
			createdBefore(y, tr, "hi")
			return nil
		},
		3),
	difftest.Async("loopVars",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return loopVarsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { loopVars(y, tr); return nil }),
	difftest.Async("nestedClosures",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return nestedClosuresGen(tr, 10) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { nestedClosures(y, tr, 10); return nil },
		20, 7),
	difftest.Async("methodValues",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return methodValuesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { methodValues(y, tr); return nil },
		4, 9),
	difftest.Async("immediate",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return immediateGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { immediate(y, tr); return nil },
		1, 2),
	difftest.Async("stored",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return storedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { stored(y, tr); return nil },
		3, 5),
	difftest.Async("perIteration",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return perIterationGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { perIteration(y, tr); return nil },
		1, 2),
	difftest.Async("namedResult",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return namedResultGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return namedResult(y, tr) },
		2, 3),
}
