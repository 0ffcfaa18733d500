// Package advsyntax holds untyped constants and named bool types around
// suspending operands, deferred calls on addressable receivers, implicit
// address-taking (slicing arrays, pointer methods), comments inside
// statements that suspend, new(expr) and self-referential constraints.
package asyncadvsyntax

import (
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type myBool bool

func takes(b myBool) string { return fmt.Sprint("mb ", b) }

//agen:generator
func untyped(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	x := 1
	var mb myBool = x > 0 && y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) > 0
	tr.Log("mb=%v", mb)
	tr.Log("%s", takes(x < 0 || y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))) > 1))
	mb = !(x == 1 && y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))) == 0)
	var u8 uint8 = 1<<y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))%8 + 1
	var f32 float32 = 1.5 * float32(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5)))))
	tr.Log("mb=%v u8=%d f=%v", mb, u8, f32)
	var c complex64 = complex(float32(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6))))), 2)
	tr.Log("c=%v r=%v", c, real(c))
	m := map[myBool]int{x > 0 && y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7)))) > 0: 1}
	tr.Log("m=%v", m)
	var i any = x > 0 && y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](8)))) > 0
	tr.Log("i=%T %v", i, i)
	var s uint = 3
	var sh int64 = 1 << (s + uint(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](9))))%3))
	tr.Log("sh=%d", sh)
}

type closer struct {
	tr *difftest.Trace
	n  int
}

func (c *closer) Close()         { c.tr.Log("close n=%d", c.n) }
func (c closer) Show(tag string) { c.tr.Log("show %s n=%d", tag, c.n) }

type outer struct {
	closer
	arr [2]closer
}

//agen:generator
func deferRecv(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	var c closer
	c.tr = tr
	defer c.Close()
	defer c.Show("val")
	arr := [2]closer{{tr, 10}, {tr, 20}}
	i := 0
	defer arr[i].Close()
	defer arr[i].Show("arr")
	i = 1
	m := map[string]closer{"k": {tr, 30}}
	defer m["k"].Show("map")
	o := &outer{closer: closer{tr, 40}, arr: arr}
	defer o.Close()
	defer o.arr[1].Close()
	sl := []closer{{tr, 50}}
	defer sl[0].Close()
	c.n = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	arr[0].n = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	m["k"] = closer{tr, 31}
	o.n = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))
	o.arr[1].n = 99
	sl[0].n = 51
	sl = append(sl, closer{tr, 52})
	sl[0].n = 53
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))
}

type counter struct{ n int }

var registry []*counter

func (c *counter) register() { registry = append(registry, c) }

type holder struct{ c counter }

//agen:generator
func implicitAddr(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	registry = nil
	var ss [][]int
	for i := range 3 {
		var arr [2]int
		arr[0] = i
		ss = append(ss, arr[:])
		var c counter
		c.n = i
		c.register()
		var h holder
		h.c.n = i * 10
		h.c.register()
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		arr[1] = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-i))))
		c.n += 100
	}
	tr.Log("ss=%v", ss)
	for _, c := range registry {
		tr.Log("c=%d", c.n)
	}
	var s string
	for i := range 2 {
		var a [3]byte
		a[0] = byte('a' + i)
		bs := a[:1]
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		s += string(bs)
		a[0] = 'z'
		s += string(bs)
	}
	tr.Log("s=%s", s)
}

func f(tr *difftest.Trace, v int) int { tr.Log("f%d", v); return v }

//agen:generator
func comments(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	v := f(tr, 1) + // one
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))) + // two
		f(tr, 3) // three
	tr.Log("%d %d", f(tr, v), // first
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))) // second
	xs := []int{
		f(tr, 5), // five
		// a comment line
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6)))), /* six */
		f(tr, 7),
	}
	tr.Log("%v", xs)
	if f(tr, 8) > 0 && // and
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](9)))) > 0 { // nine
		tr.Log("in")
	}
	for i := 0; /* cond */ i < f(tr, 2) /* c2 */ && y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))) >= 0; /* post */ i++ {
		tr.Log("i=%d", i) // body
	}
	m := map[int]int{f(tr, 10): // key
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](11))))}
	tr.Log("%v", m)
	switch f(tr, 12) { // tag
	case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](13)))): // case
		tr.Log("case")
	}
	y.Yield( // open
		difftest.Value(agen.Await(y, difftest.Later[int](f(tr, 14)))), // arg
	) // close
}

type pair[T any] = struct{ a, b T }

type Adder[A Adder[A]] interface {
	Add(A) A
}

type num int

func (n num) Add(m num) num { return n + m }

func sum[A Adder[A]](xs ...A) A {
	var z A
	for _, x := range xs {
		z = z.Add(x)
	}
	return z
}

//agen:generator
func newExpr(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	p := new(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))))
	q := new(*p + 1)
	*p += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	tr.Log("p=%d q=%d", *p, *q)
	var ps []*int
	for i := range 3 {
		ps = append(ps, new(i*10+y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))))
	}
	for _, p := range ps {
		tr.Log("ps=%d", *p)
	}
	s := new("str")
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](len(*s)))))
	pr := pair[int]{1, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))}
	pp := new(pr)
	pr.a = 100
	tr.Log("pr=%v pp=%v", pr, *pp)
	n := sum(num(1), num(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))))
	tr.Log("n=%d", n)
}

//agen:generator
func selfRef[A Adder[A]](y *agen.AsyncYielder[A, A], tr *difftest.Trace, start A) {
	acc := start
	for range 3 {
		acc = acc.Add(y.Yield(difftest.Value(agen.Await(y, difftest.Later[A](acc)))))
	}
	tr.Log("acc=%v", acc)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("untyped",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return untypedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { untyped(y, tr); return nil },
		1, 0, 3),
	difftest.Async("deferRecv",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return deferRecvGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { deferRecv(y, tr); return nil },
		5, 6),
	difftest.Async("implicitAddr",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return implicitAddrGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { implicitAddr(y, tr); return nil },
		5, 6),
	difftest.Async("comments",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return commentsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { comments(y, tr); return nil },
		12, 1),
	difftest.Async("newExpr",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return newExprGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { newExpr(y, tr); return nil },
		5, 6),
	difftest.Async("selfRef",
		func(tr *difftest.Trace) agen.AsyncGenerator[num, num] { return selfRefGen(tr, num(1)) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[num, num]) error { selfRef(y, tr, num(1)); return nil },
		5, 6),
}
