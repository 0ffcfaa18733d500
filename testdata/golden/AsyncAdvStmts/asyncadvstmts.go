// Package advstmts holds type switch, select and if variables captured
// per clause, range expressions evaluated once (and changed in the body),
// constant switch tags compared with suspending cases, ranges over
// constant strings and arrays, multi-valued calls around yields, and
// statement kinds (IncDec, Send, var lists, empty labelled statements)
// that suspend.
package asyncadvstmts

import (
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

//agen:generator
func capturedGuards(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	var fs []func() string
	vals := []any{1, "s", 2.5, nil}
	for _, x := range vals {
		switch v := x.(type) {
		case int:
			fs = append(fs, func() string { v++; return fmt.Sprint("int ", v) })
			v += y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("int"))))
		case string, float64:
			fs = append(fs, func() string { return fmt.Sprint("sf ", v) })
			v = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("sf"))))
		default:
			fs = append(fs, func() string { return fmt.Sprint("def ", v) })
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("def"))))
		}
	}
	ch := make(chan int, 1)
	for i := range 2 {
		ch <- i
		select {
		case v, ok := <-ch:
			fs = append(fs, func() string { return fmt.Sprint("sel ", v, ok) })
			v += y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("sel"))))
			ok = false
		}
	}
	if v := len(fs); v > 0 {
		fs = append(fs, func() string { return fmt.Sprint("if ", v) })
		v = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("if"))))
	} else if w := v * 2; w > 0 {
		fs = append(fs, func() string { return fmt.Sprint("w ", w) })
	}
	for _, f := range fs {
		tr.Log("%s", f())
	}
	for _, f := range fs {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](f()))))
	}
}

type N uint8

//agen:generator
func evalOnce(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	n := 3
	for i := range n {
		n = 0
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	xs := []int{1, 2, 3}
	for i, v := range xs {
		xs = nil
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i*10+v))))
	}
	xs = []int{1, 2, 3}
	for i, v := range xs {
		if i == 0 {
			xs[2] = 30
			xs = append(xs, 4)
		}
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
	}
	str := "héllo"
	for i, c := range str {
		str = "x"
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i+int(c)))))
	}
	for i := range N(3) {
		tr.Log("%T", i)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](int(i)))))
	}
	var p *[2]int = &[2]int{5, 6}
	for i, v := range p {
		p[1] = 60
		p = nil
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i+v))))
	}
	var ch = make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		ch = nil
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
	}
	fn := func(yield func(int) bool) {
		for i := range 2 {
			if !yield(i) {
				return
			}
		}
	}
	total := 0
	for v := range fn {
		fn = nil
		total += v
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](total))))
}

const limit = 2

//agen:generator
func constTag(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	switch 5 {
	case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0)))):
		tr.Log("five")
	case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) + 1:
		tr.Log("five-ish")
	default:
		tr.Log("none")
	}
	switch limit {
	case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))):
		tr.Log("limit")
	}
	switch 'a' {
	case rune(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))):
		tr.Log("a")
	}
	switch 1.5 {
	case float64(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))):
		tr.Log("float")
	}
	var e error
	switch e {
	case nil:
		tr.Log("nil err")
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5))))
	}
	switch any(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6))))) {
	case 1, "s", nil:
		tr.Log("any match")
	case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7)))):
		tr.Log("any yield")
	}
}

const word = "hé"

type myStr string

const typed myStr = "ab"

//agen:generator
func rangeConsts(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i, c := range "héllo" {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i+int(c)))))
	}
	for i := range "abc" {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	for _, c := range word {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](int(c)))))
	}
	for i, c := range typed {
		tr.Log("%T", c)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i+int(c)))))
	}
	for i, v := range [...]int{7, 8} {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i+v))))
	}
	for i := range len(word) {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	for i := range 'c' - 'a' {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](int(i)))))
	}
	var f32 = 2
	for i := range uint8(f32) {
		tr.Log("%T", i)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](int(i)))))
	}
}

func two(v int) (int, string) { return v, fmt.Sprint("two", v) }

func first(a int, _ string) int { return a }

func f3(tr *difftest.Trace, v int) (int, int, error) {
	tr.Log("f3 %d", v)
	return v, v * 2, nil
}

//agen:generator
func multi(y *agen.AsyncYielder[int, int], tr *difftest.Trace) error {
	a, b := two(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))))
	tr.Log("a=%d b=%s", a, b)
	a, b = two(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](a)))))
	tr.Log("a=%d b=%s", a, b)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](first(two(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))))))))
	_, s := two(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))))
	tr.Log("s=%s", s)
	p, q, err := f3(tr, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4)))))
	if err != nil {
		return err
	}
	tr.Log("%d %d", p, q)
	m := map[string]int{}
	m["a"], m["b"], err = f3(tr, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5)))))
	tr.Log("m=%v", m)
	fmt.Println(two(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6))))))
	tr.Log("%s", fmt.Sprint(two(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7)))))))
	var x, z = two(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](8)))))
	tr.Log("%d %s", x, z)
	return err
}

//agen:generator
func stmtKinds(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	arr := []int{1, 2, 3}
	arr[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))%3]++
	arr[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))%3] -= y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	tr.Log("arr=%v", arr)
	chs := []chan int{make(chan int, 1), make(chan int, 1)}
	chs[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))%2] <- y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))
	select {
	case v := <-chs[0]:
		tr.Log("0 got %d", v)
	case v := <-chs[1]:
		tr.Log("1 got %d", v)
	}
	var a, b = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5)))), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6))))
	var c, d int = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7)))), a + b
	var (
		e = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](8))))
		g = e + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](9))))
	)
	tr.Log("%d %d %d %d %d %d", a, b, c, d, e, g)
	n := 0
L:
	;
	n++
	if n < 3 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100+n))))
		goto L
	}
	{
		x := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10))))
		{
			x := x + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](11))))
			tr.Log("inner x=%d", x)
		}
		tr.Log("x=%d", x)
	}
	var p *int = &n
	*p, n = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](12)))), *p+1
	tr.Log("n=%d", n)
	type pt struct{ x, y int }
	var q pt
	q.x, q.y = q.y+y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](13)))), q.x+1
	tr.Log("q=%v", q)
}

type holder struct {
	arr *[3]int
}

const three = 3

//agen:generator
func rangeNoEval(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer func() { tr.Log("recovered %v", recover()) }()
	for range 2 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))
	}
	for range three {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-2))))
	}
	var h *holder
	for i := range h.arr {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	var q **[2]int
	for i := range *q {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10+i))))
	}
	var m map[string]*[2]int
	for i := range m["x"] {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](20+i))))
	}
	tr.Log("no panic so far")
	for i, v := range h.arr {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i+v))))
	}
}

//agen:generator
func recursiveLocal[T any](y *agen.AsyncYielder[string, int], tr *difftest.Trace, v T) {
	type node struct {
		val  int
		next *node
		kids []node
		m    map[string]*node
		tv   T
		fn   func(*node) int
	}
	type list = []*node
	var head *node
	for i := range 3 {
		head = &node{val: i + y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(i))))), next: head, tv: v}
	}
	var l list
	for n := head; n != nil; n = n.next {
		l = append(l, n)
	}
	head.fn = func(n *node) int { return n.val * 2 }
	head.m = map[string]*node{"self": head}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(len(l), head.fn(head.m["self"]), head.tv)))))
	tr.Log("%v", head.next.val)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("capturedGuards",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return capturedGuardsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { capturedGuards(y, tr); return nil },
		5, 6),
	difftest.Async("evalOnce",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return evalOnceGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { evalOnce(y, tr); return nil },
		5, 6),
	difftest.Async("constTag",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return constTagGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { constTag(y, tr); return nil },
		5, 4, 2, 1),
	difftest.Async("rangeConsts",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return rangeConstsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { rangeConsts(y, tr); return nil }),
	difftest.Async("multi",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return multiGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return multi(y, tr) },
		5, 6),
	difftest.Async("stmtKinds",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return stmtKindsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { stmtKinds(y, tr); return nil },
		1, 2, 3),
	difftest.Async("rangeNoEval",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return rangeNoEvalGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { rangeNoEval(y, tr); return nil }),
	difftest.Async("recursiveLocal",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return recursiveLocalGen(tr, 2.5) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error {
			recursiveLocal(y, tr, 2.5)
			return nil
		},
		1, 2),
}
