// Package evalorder holds bodies with suspension points inside
// expressions: call arguments, composite literals, index and slice
// expressions, assignments, nested yields, returns, conversions and
// operators, all evaluated in Go's order.
package asyncevalorder

import (
	"fmt"
	"strings"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// val logs its name and returns v.
func val(tr *difftest.Trace, name string, v int) int {
	tr.Log("eval %s", name)
	return v
}

// resumed logs that a yield returned.
func resumed(tr *difftest.Trace, _ agen.None) int {
	tr.Log("resumed")
	return 0
}

func sum3(tr *difftest.Trace, a, b, c int) int {
	tr.Log("sum3(%d, %d, %d)", a, b, c)
	return a + b + c
}

// callArgs yields in the middle of a call's arguments.
//
//agen:generator
func callArgs(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	r := sum3(tr, val(tr, "a", 1), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10)))), val(tr, "b", 2))
	tr.Log("r=%d", r)
	tr.Log("args %d %d %d", val(tr, "c", 3), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](20)))), val(tr, "d", 4))
	r = sum3(tr, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](30)))), sum3(tr, val(tr, "e", 5), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](40)))), val(tr, "f", 6)), val(tr, "g", 7))
	tr.Log("r=%d", r)
	r = sum3(tr, val(tr, "h", 8), val(tr, "i", 9)+y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](50)))), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](60)))))
	tr.Log("r=%d", r)
}

type point struct {
	X, Y int
}

// composites yields inside slice, map, struct and nested literals.
//
//agen:generator
func composites(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	xs := []int{val(tr, "a", 1), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))), val(tr, "b", 2)}
	tr.Log("xs=%v", xs)
	m := map[string]int{"a": val(tr, "c", 3), fmt.Sprint("k", y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))): val(tr, "d", 4), "y": y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))}
	tr.Log("m=%v", m)
	p := point{Y: val(tr, "e", 5), X: y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))}
	tr.Log("p=%v", p)
	ps := []point{{val(tr, "f", 6), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5))))}, {y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6)))), val(tr, "g", 7)}}
	tr.Log("ps=%v", ps)
	pp := &point{X: y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7))))}
	tr.Log("pp=%v", *pp)
	arr := [...]int{2: y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](8)))), 0: val(tr, "h", 8)}
	tr.Log("arr=%v", arr)
	nested := map[int][]point{val(tr, "i", 9): {{X: y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](9))))}}}
	tr.Log("nested=%v", nested)
}

// indexes yields inside index and slice expressions, on both sides of
// assignments.
//
//agen:generator
func indexes(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	xs := []int{10, 11, 12, 13, 14}
	v := xs[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))]
	tr.Log("v=%d", v)
	tr.Log("sub=%v", xs[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))):y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))])
	tr.Log("sub3=%v", xs[:y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))):4])
	xs[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))] = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5))))
	tr.Log("xs=%v", xs)
	m := map[int]string{}
	m[val(tr, "k", 7)] = fmt.Sprint("v", y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6)))))
	m[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7))))] += "x"
	tr.Log("m=%v", m)
	grid := [][]int{{1, 2}, {3, 4}}
	grid[val(tr, "row", 1)][y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](8))))%2] = val(tr, "new", 9)
	tr.Log("grid=%v", grid)
	s := "hello"
	tr.Log("byte=%c", s[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](9))))%5])
}

// assigns yields in multi-assignments, definitions and operator
// assignments.
//
//agen:generator
func assigns(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	a, b := 1, 2
	a, b = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](a)))), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](b))))
	tr.Log("a=%d b=%d", a, b)
	a, b = b, a+y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))
	tr.Log("a=%d b=%d", a, b)
	x := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4)))) + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5))))
	tr.Log("x=%d", x)
	x += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6))))
	tr.Log("x=%d", x)
	x *= val(tr, "m", 2) + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7))))
	tr.Log("x=%d", x)
	c, d := val(tr, "c", 3), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](8))))
	tr.Log("c=%d d=%d", c, d)
	var e, f = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](9)))), val(tr, "f", 4)
	tr.Log("e=%d f=%d", e, f)
	var g int = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10))))
	tr.Log("g=%d", g)
	_, h := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](11)))), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](12))))
	tr.Log("h=%d", h)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](13))))
}

// nested yields the result of a yield.
//
//agen:generator
func nested(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))))))
	tr.Log("v=%d", v)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))+1))))*2))))
	tr.Log("w=%d", y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))+y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4)))))))))
}

// returns returns an error built from a yield.
//
//agen:generator
func returns(y *agen.AsyncYielder[int, int], tr *difftest.Trace) error {
	if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) > 2 {
		return fmt.Errorf("early %d %d", val(tr, "a", 1), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))))
	}
	tr.Log("late")
	return fmt.Errorf("got %d", y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))))
}

// returnsNil returns the result of an expression with a yield, nil or not.
//
//agen:generator
func returnsNil(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	check := func(v int) error {
		tr.Log("check %d", v)
		if v%2 == 1 {
			return fmt.Errorf("odd %d", v)
		}
		return nil
	}
	if err := check(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))); err != nil {
		tr.Log("first: %v", err)
	}
	return check(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))))
}

type word string

func (w word) upper() word { return word(strings.ToUpper(string(w))) }

func (w word) twice() string { return string(w + w) }

// methods calls methods and functions on the results of yields, and
// converts them.
//
//agen:generator
func methods(y *agen.AsyncYielder[string, word], tr *difftest.Trace) {
	tr.Log("upper=%s", y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("a")))).upper())
	tr.Log("twice=%s", y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("b")))).upper().twice())
	tr.Log("len=%d", len(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("c"))))))
	bs := []byte(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("d")))))
	tr.Log("bs=%v", bs)
	rs := []rune(string(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("e"))))) + "!")
	tr.Log("rs=%v", rs)
	tr.Log("has=%v", strings.Contains(string(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("f"))))), "x"))
	tr.Log("join=%s", strings.Join([]string{string(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("g"))))), y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("h")))).twice()}, "+"))
}

// operators uses yields as operands of unary and binary operators and
// comparisons.
//
//agen:generator
func operators(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	tr.Log("neg=%d", -y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))))
	tr.Log("not=%d", ^y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))))
	tr.Log("shift=%d", 1<<(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))%8))
	tr.Log("shift2=%d", y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))<<2>>1)
	tr.Log("eq=%v", y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5)))) == y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6)))))
	tr.Log("lt=%v", y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7)))) < 3)
	tr.Log("mix=%d", (y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](8))))+1)*(2-y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](9)))))%7)
	tr.Log("f=%.2f", float64(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10)))))/4)
	tr.Log("bool=%v", !(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](11)))) > 0))
	tr.Log("str=%s", fmt.Sprint(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](12)))))+"/"+fmt.Sprint(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](13))))))
}

// plainReads mixes calls with side effects, yields and plain variable
// reads: gc reads the plain operands after the calls of the expression.
//
//agen:generator
func plainReads(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	x := 10
	bump := func() int {
		x += 5
		tr.Log("bump x=%d", x)
		return 1
	}
	r := x + bump() + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
	tr.Log("r=%d x=%d", r, x)
	r = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x)))) + x + bump()
	tr.Log("r=%d x=%d", r, x)
	xs := []int{x, bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x)))), x}
	tr.Log("xs=%v", xs)
	tr.Log("args %d %d %d", x, bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x)))))
	arr := [3]int{1, 2, 3}
	i := 0
	next := func() int {
		i++
		arr[i%3] += 10
		return i
	}
	tr.Log("idx %d %d %d", arr[i], next(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](arr[i])))))
	tr.Log("i=%d arr=%v", i, arr)
}

// gcOrder reads operands of several kinds next to calls that change them
// and a yield: gc copies some of them (slice expressions, values converted
// to interfaces through their address, map reads) in call order, and
// reads the others after the calls.
//
//agen:generator
func gcOrder(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	pt := point{1, 2}
	xs := []int{1, 2, 3}
	m := map[string]int{"a": 1}
	s := "s0"
	arr := [2]int{1, 2}
	n := 1
	bump := func() int {
		pt.X += 10
		xs = []int{7, 8, 9}
		m["a"] += 10
		s += "!"
		arr[0] += 10
		n += 10
		tr.Log("bump")
		return 0
	}
	// A map read next to a call that changes the map is left out: the
	// spec leaves the order unspecified, and gc -race reads the map first.
	tr.Log("map %d %d", bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))))
	_ = m
	tr.Log("struct %v %d %d", pt, bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](14)))))
	tr.Log("string %s %d %d", s, bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4)))))
	tr.Log("array %v %d %d", arr, bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5)))))
	tr.Log("int %d %d %d", n, bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6)))))
	tr.Log("field %d %d %d", pt.X, bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7)))))
	tr.Log("elem %d %d %d", xs[0], bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](8)))))
	r := pt.X + bump() + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](9))))
	tr.Log("sum %d", r)
	ys := []int{1, 2, 3}
	swapYs := func() int {
		ys = []int{7, 8, 9}
		return 0
	}
	tr.Log("slice %v %d %d", ys[1:], swapYs(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](13)))))
	q := []int{n, bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10))))}
	tr.Log("lit %v", q)
	ps := []point{pt, {bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](11))))}}
	tr.Log("lit %v", ps)
	var i any = n + bump() + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](12))))
	tr.Log("iface %v", i)
}

// laterYields has calls that enclose a yield followed by another yield in
// the same expression, on both sides of assignments.
//
//agen:generator
func laterYields(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	r := sum3(tr, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))), sum3(tr, val(tr, "e", 5), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))), val(tr, "f", 6)), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))))
	tr.Log("r=%d", r)
	tr.Log("%d %d", val(tr, "outer", val(tr, "inner", 1)+y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5)))))
	b := &box{}
	getBox(tr, b).n = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6))))
	tr.Log("n=%d", b.n)
	getBox(tr, b).xs = append(getBox(tr, b).xs, val(tr, "a", 1), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7)))), val(tr, "b", 2))
	tr.Log("xs=%v", b.xs)
	*getPtr(tr, &b.n) += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](8))))
	tr.Log("n=%d", b.n)
}

func getPtr(tr *difftest.Trace, p *int) *int {
	tr.Log("getPtr")
	return p
}

// yieldErrs uses YieldErr in expressions, and its two results as the
// arguments of a call.
//
//agen:generator
func yieldErrs(y *agen.AsyncYielder[int, int], tr *difftest.Trace) error {
	show := func(v int, err error) string {
		return fmt.Sprintf("%d/%v", v, err)
	}
	tr.Log("show=%s", show(y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](1))))))
	v, err := y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	tr.Log("v=%d err=%v", v, err)
	for i := range 3 {
		v, err := y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](10+i))))
		if err != nil {
			tr.Log("caught %v at %d", err, i)
			continue
		}
		tr.Log("sent %d at %d", v, i)
	}
	_, err = y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](20))))
	return err
}

// panicOrder yields in expressions whose plain operands panic: an index
// out of range, a failed type assertion, a division by zero, a nil
// dereference. Which happens first, the panic or the yield, is gc's order.
//
//agen:generator
func panicOrder(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace, which int) {
	xs := []int{1, 2}
	zero := 0
	var p *int
	var m map[string]int
	if which == 0 {
		tr.Log("index %d", xs[val(tr, "i", 5)]+resumed(tr, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))))
	}
	if which == 1 {
		var fn func() int
		tr.Log("nil func %d %d", fn(), resumed(tr, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))))
	}
	if which == 6 {
		var v any = "str"
		tr.Log("assert %d", v.(int)+val(tr, "a", 1)+resumed(tr, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))))
	}
	if which == 7 {
		var v any = "str"
		tr.Log("assert %v %d", v.(*point) == nil, val(tr, "a", 1)+resumed(tr, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))))

	}
	if which == 8 {
		tr.Log("slice %v %d", xs[:val(tr, "s", 5)], resumed(tr, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))))
	}
	if which == 2 {
		tr.Log("div %d", val(tr, "n", 1)/zero+resumed(tr, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))))
	}
	if which == 3 {
		tr.Log("deref %d", *p+val(tr, "d", 1)+resumed(tr, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))))
	}
	if which == 4 {
		m[fmt.Sprint(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))))] = val(tr, "m", 1)
	}
	if which == 5 {
		xs[val(tr, "j", 7)] = resumed(tr, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))))
	}
	tr.Log("unreachable")
}

type box struct {
	n  int
	xs []int
}

func (b *box) add(tr *difftest.Trace, v int) int {
	tr.Log("add %d to %d", v, b.n)
	b.n += v
	return b.n
}

func getBox(tr *difftest.Trace, b *box) *box {
	tr.Log("getBox")
	return b
}

// moreShapes yields in selectors of call results, function values,
// builtins, receives and appends.
//
//agen:generator
func moreShapes(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	b := &box{}
	b.n = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	tr.Log("n=%d", b.n)
	getBox(tr, b).add(tr, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))))
	tr.Log("n=%d", b.n)
	b.xs = append(getBox(tr, b).xs, val(tr, "a", 1), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))), val(tr, "b", 2))
	tr.Log("xs=%v", b.xs)
	fns := []func(int) int{
		func(v int) int { tr.Log("f0 %d", v); return v },
		func(v int) int { tr.Log("f1 %d", v); return -v },
	}
	tr.Log("call=%d", fns[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))%2](val(tr, "c", 3)))
	tr.Log("minmax=%d %d", min(val(tr, "d", 4), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5))))), max(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6)))), val(tr, "e", 5)))
	ch := make(chan int, 3)
	ch <- y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7))))
	ch <- 2
	tr.Log("recv=%d", <-ch+y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](8))))+<-ch)
	var arr [4]int
	arr[val(tr, "i", 1)], arr[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](9))))%4] = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10)))), val(tr, "v", 9)
	tr.Log("arr=%v", arr)
	tr.Log("len=%d", len(b.xs)+cap(make([]int, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](11))))%5, 8)))
}

type valRecv struct {
	tr *difftest.Trace
	n  int
}

func (v valRecv) show(a, b int) {
	v.tr.Log("show n=%d a=%d b=%d", v.n, a, b)
}

func (v *valRecv) showPtr(a, b int) {
	v.tr.Log("showPtr n=%d a=%d b=%d", v.n, a, b)
}

type shower interface {
	show(a, b int)
}

// callees changes the callee of a call (function value, receiver,
// interface) in one of its arguments, next to a yield.
//
//agen:generator
func callees(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	v := valRecv{tr: tr, n: 1}
	pv := &valRecv{tr: tr, n: 100}
	var s shower = valRecv{tr: tr, n: 1000}
	fn := func(a, b int) { tr.Log("fn1 %d %d", a, b) }
	bump := func() int {
		v.n++
		pv = &valRecv{tr: tr, n: pv.n + 1}
		s = valRecv{tr: tr, n: 2000}
		fn = func(a, b int) { tr.Log("fn2 %d %d", a, b) }
		tr.Log("bump")
		return 0
	}
	v.show(bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))))
	v.showPtr(bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))))
	pv.showPtr(bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))))
	s.show(bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4)))))
	fn(bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5)))))
	mv := v.show
	mv(bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6)))))
	fns := []func(a, b int){fn}
	fns[0](bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7)))))
	tr.Log("%d %d", v.n, pv.n)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("callArgs",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return callArgsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { callArgs(y, tr); return nil },
		100, 200, 300),
	difftest.Async("composites",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return compositesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { composites(y, tr); return nil },
		1, 2, 3),
	difftest.Async("indexes",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return indexesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { indexes(y, tr); return nil },
		1, 2, 3, 4),
	difftest.Async("assigns",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return assignsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { assigns(y, tr); return nil },
		5, 6, 7),
	difftest.Async("nested",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return nestedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { nested(y, tr); return nil },
		3, 4, 5),
	difftest.Async("returns",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return returnsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return returns(y, tr) },
		1, 5, 7),
	difftest.Async("returnsNil",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return returnsNilGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return returnsNil(y, tr) },
		1, 2, 3),
	difftest.Async("methods",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, word] { return methodsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, word]) error { methods(y, tr); return nil },
		"ab", "xy", ""),
	difftest.Async("operators",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return operatorsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { operators(y, tr); return nil },
		3, -2, 0, 9),
	difftest.Async("plainReads",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return plainReadsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { plainReads(y, tr); return nil },
		100, 200),
	difftest.Async("yieldErrs",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return yieldErrsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return yieldErrs(y, tr) },
		4, 5),
	difftest.Async("panicOrder0",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return panicOrderGen(tr, 0) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { panicOrder(y, tr, 0); return nil }),
	difftest.Async("panicOrder1",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return panicOrderGen(tr, 1) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { panicOrder(y, tr, 1); return nil }),
	difftest.Async("panicOrder2",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return panicOrderGen(tr, 2) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { panicOrder(y, tr, 2); return nil }),
	difftest.Async("panicOrder3",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return panicOrderGen(tr, 3) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { panicOrder(y, tr, 3); return nil }),
	difftest.Async("panicOrder4",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return panicOrderGen(tr, 4) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { panicOrder(y, tr, 4); return nil }),
	difftest.Async("panicOrder5",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return panicOrderGen(tr, 5) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { panicOrder(y, tr, 5); return nil }),
	difftest.Async("moreShapes",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return moreShapesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { moreShapes(y, tr); return nil },
		1, 2, 3),
	difftest.Async("gcOrder",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return gcOrderGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { gcOrder(y, tr); return nil },
		100),
	difftest.Async("panicOrder6",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return panicOrderGen(tr, 6) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { panicOrder(y, tr, 6); return nil }),
	difftest.Async("panicOrder7",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return panicOrderGen(tr, 7) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { panicOrder(y, tr, 7); return nil }),
	difftest.Async("panicOrder8",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return panicOrderGen(tr, 8) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { panicOrder(y, tr, 8); return nil }),
	difftest.Async("laterYields",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return laterYieldsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { laterYields(y, tr); return nil },
		1, 2, 3),
	difftest.Async("callees",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return calleesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { callees(y, tr); return nil },
		5),
}
