// Package advvalues holds value semantics across yields: struct and
// array copies, comma-ok forms, swaps and multiple assignments.
package asyncadvvalues

import (
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type point struct {
	x, y int
	tags [2]string
}

type box struct {
	p   point
	arr [3]int
	ptr *point
}

// copies: assignments of structs and arrays copy them, across yields.
//
//agen:generator
func copies(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	a := point{1, 2, [2]string{"a", "b"}}
	b := a
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(a, b)))))
	b.x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("b.x"))))
	b.tags[0] = "z"
	tr.Log("a=%v b=%v", a, b)
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("idx"))))%3] = 100
	tr.Log("arr=%v arr2=%v", arr, arr2)
	bx := box{p: a, arr: arr, ptr: &a}
	bx2 := bx
	bx2.p.x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("bx2"))))
	bx2.ptr.y = 42
	bx2.arr[0] = -1
	tr.Log("bx=%v %v %v bx2=%v %v %v a=%v", bx.p, bx.arr, *bx.ptr, bx2.p, bx2.arr, *bx2.ptr, a)
	ps := []point{a, b}
	for i, p := range ps {
		p.x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("range ", i)))))
		tr.Log("p=%v ps[%d]=%v", p, i, ps[i])
	}
	for i := range ps {
		ps[i].x += y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("index ", i)))))
	}
	tr.Log("ps=%v", ps)
	for _, v := range arr {
		arr[2] = 0
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("arr ", v)))))
	}
	for _, v := range &arr2 {
		arr2[2] = 0
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("arr2 ", v)))))
	}
}

// structArgs: a struct passed by value to a function, a method with a
// value receiver called after the variable changes across a yield.
//
//agen:generator
func structArgs(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	p := point{x: 1}
	get := p.String
	f := func(q point) string { q.x++; return q.String() }
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](f(p)))))
	p.x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](get()))))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](get()+"/"+p.String()))))
	q := &p
	r := *q
	q.x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("r"))))
	tr.Log("p=%v r=%v", p, r)
	arrs := [2][2]int{{1, 2}, {3, 4}}
	row := arrs[0]
	arrs[0][0] = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("row"))))
	tr.Log("row=%v arrs=%v", row, arrs)
}

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

// commaOk: the comma-ok forms with yields around and inside.
//
//agen:generator
func commaOk(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	m := map[int]string{1: "one", 2: "two"}
	ch := make(chan int, 4)
	var i any = 3
	v, ok := m[y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("key"))))]
	tr.Log("m: %q %v", v, ok)
	ch <- y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("send"))))
	close(ch)
	n, ok := <-ch
	tr.Log("ch: %d %v", n, ok)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(n, ok)))))
	n, ok = <-ch
	tr.Log("ch: %d %v", n, ok)
	s, ok := i.(string)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(s, ok)))))
	k, ok := i.(int)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(k, ok)))))
	if v, ok := m[y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("if key"))))]; ok {
		tr.Log("found %s", v)
	} else {
		tr.Log("missing %q", v)
	}
	i = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("iface"))))
	if n, ok := i.(int); ok && n > y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("n")))) {
		tr.Log("bigger %d", n)
	}
	var x struct {
		a string
		b int
	}
	x.a, ok = m[2]
	_ = x
	var arr [2]string
	arr[y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("arr idx"))))%2], ok = m[1]
	tr.Log("arr=%q ok=%v", arr, ok)
	mm := map[string]int{}
	mm["k"], ok = i.(int)
	tr.Log("mm=%v ok=%v", mm, ok)
	ch2 := make(chan string, 1)
	ch2 <- "c"
	m[y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("m key"))))], ok = <-ch2
	tr.Log("m[0]=%q m[1]=%q ok=%v", m[0], m[1], ok)
}

// swaps: multiple assignments where one side yields.
//
//agen:generator
func swaps(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	a, b := 1, 2
	a, b = b, a+y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](a))))
	tr.Log("a=%d b=%d", a, b)
	a, b = b+y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](b)))), a
	tr.Log("a=%d b=%d", a, b)
	xs := []int{10, 20, 30}
	i := 0
	i, xs[i] = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))), 99
	tr.Log("i=%d xs=%v", i, xs)
	xs[i], i = 77, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	tr.Log("i=%d xs=%v", i, xs)
	p := point{1, 2, [2]string{}}
	p.x, p.y = p.y, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](p.x))))
	tr.Log("p=%v", p)
	arr := [2]int{5, 6}
	arr, arr[0] = [2]int{y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0)))), 8}, arr[1]
	tr.Log("arr=%v", arr)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("copies",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return copiesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { copies(y, tr); return nil },
		5, 7),
	difftest.Async("structArgs",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return structArgsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { structArgs(y, tr); return nil },
		5, 7),
	difftest.Async("commaOk",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return commaOkGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { commaOk(y, tr); return nil },
		1, 2, 3),
	difftest.Async("swaps",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return swapsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { swaps(y, tr); return nil },
		1, 2, 3),
}
