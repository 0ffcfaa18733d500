//go:build !plan9

// Package advforms holds odd source forms (comments and line breaks
// inside suspending statements, raw strings), goto backwards over
// captured declarations, redeclarations in :=, zeroing of var in loops,
// range over arrays not evaluated, locks and contexts across yields,
// receivers without names, and generic yield and send types.
package asyncadvforms

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

//agen:generator
func odd(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	a := 1
	b := 2 /* trailing */
	c := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](a /* inline */ +b))))
	tr.Log("%v", fmt.Sprint(a, b, c)) // comment
	if x := y.Yield(                  // line comment inside call
		difftest.Value(agen.Await(y, difftest.Later[int](a+
			b))), // another
	); x > 0 {
		tr.Log("%v", "pos")
	} else {
		tr.Log("%v", "nonpos")
	}
	for i := 0; i < 2; i++ {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	s := `raw
string with y.Yield(1) and } and //line x.go:1
`
	tr.Log("%v", s)
	/* block
	   comment */y.Yield( /**/ difftest.Value(agen.Await(y, difftest.Later[int](3))))
	var (
		p = 1
		q = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](p)))) // q
	)
	tr.Log("%v", fmt.Sprint(p, q))
	switch {
	case q > 0:
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](q))))
	case q < 0:
		tr.Log("%v", "neg")
	default:
		tr.Log("%v", "zero")
	}
	m := map[string]int{
		"a": 1,
		"b": y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))),
	}
	tr.Log("%v", fmt.Sprint(len(m)))
lbl:
	for {
		break lbl
	}
	f := func() int {
		return 7 // literal spans lines
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](f()+
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](8))))))))
}

//agen:generator
func gotoBack(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	i := 0
	var fs []func() int
again:
	x := i * 10
	fs = append(fs, func() int { x++; return x })
	x += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
	i++
	if i < 3 {
		goto again
	}
	for _, f := range fs {
		tr.Log("f=%d", f())
	}
	for _, f := range fs {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](f()))))
	}
}

//agen:generator
func genericSwitch[T any, N ~int](y *agen.AsyncYielder[string, N], tr *difftest.Trace, v T, n N) {
	type local struct {
		val T
		n   N
	}
	l := local{v, n}
	switch x := any(l.val).(type) {
	case N:
		tr.Log("N %v", x)
	case T:
		l.n += y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("T ", x)))))
	}
	f := func(t T) T { return t }
	l.val = f(l.val)
	l.n = N(int(l.n) + int(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(l)))))))
	var z T
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(l, z, any(z) == any(l.val))))))
}

type myN int

func two(v int) (int, error) {
	if v%2 == 1 {
		return v, errors.New("odd")
	}
	return v * 10, nil
}

//agen:generator
func redecl(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	a, err := two(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0)))))
	show := func() { tr.Log("err=%v", err) }
	p := &a
	show()
	b, err := two(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](a)))))
	show()
	a, c := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](b)))), 5
	tr.Log("a=%d *p=%d c=%d", a, *p, c)
	for i := range 3 {
		var acc int
		var sl []int
		var st struct{ n int }
		if i == 0 {
			acc = 5
			sl = append(sl, 1)
			st.n = 7
		}
		acc += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](acc+len(sl)+st.n))))
		q := &acc
		*q += 1
		tr.Log("acc=%d", acc)
	}
	x, err := two(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))))
	show()
	if x, err := two(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))); err == nil {
		show()
		tr.Log("inner x=%d", x)
	}
	show()
	tr.Log("x=%d", x)
}

//agen:generator
func redeclCaptured(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	var fs []func() string
	n, s := 0, "a"
	fs = append(fs, func() string { return fmt.Sprint(n, s) })
	for range 2 {
		m, s := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](s)))), "b"
		fs = append(fs, func() string { return fmt.Sprint(m, s) })
		n, s2 := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("n")))), s+"!"
		s = s2
		tr.Log("n=%d s=%s", n, s)
	}
	n, t := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("outer")))), "t"
	for _, f := range fs {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](f()+t))))
	}
}

//agen:generator
func rangeArr(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	var p *[3]int
	for i := range p {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	for i := range *p {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i*10))))
	}
	var locks [2]sync.Mutex
	for i := range locks {
		locks[i].Lock()
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100+i))))
		locks[i].Unlock()
	}
	type big struct {
		mu sync.Mutex
		n  int
	}
	var bs [2]big
	for i := range bs {
		bs[i].n = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	tr.Log("%d %d", bs[0].n, bs[1].n)
}

//agen:generator
func ctxCancel(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	ctx2, cancel2 := context.WithCancel(ctx)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	cancel2()
	tr.Log("err %v %v", ctx.Err(), ctx2.Err())
	var mu sync.Mutex
	mu.Lock()
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))
	mu.Unlock()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done() }()
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))
	wg.Wait()
}

type list[T any] struct{ items []T }

//agen:generator
func (l *list[T]) count(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i := range l.items {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
}

type unit struct{}

//agen:generator
func (*unit) anon(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
}

//agen:generator
func (_ unit) blank(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
}

//agen:generator
func blankResult(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (_ error) {
	defer func() { tr.Log("deferred") }()
	if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))) > 0 {
		return fmt.Errorf("positive")
	}
	return
}

//agen:generator
func genericShapes[K comparable, V any, T any](y *agen.AsyncYielder[map[K]V, []T], tr *difftest.Trace, k K, v V, ts ...T) {
	m := map[K]V{k: v}
	got := y.Yield(difftest.Value(agen.Await(y, difftest.Later[map[K]V](m))))
	ts = append(ts, got...)
	tr.Log("ts=%v", ts)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[map[K]V](map[K]V{}))))
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("odd",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return oddGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { odd(y, tr); return nil },
		1, -1, 0),
	difftest.Async("gotoBack",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return gotoBackGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { gotoBack(y, tr); return nil },
		1, 2),
	difftest.Async("genericSwitch",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, myN] {
			return genericSwitchGen[string, myN](tr, "s", 3)
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, myN]) error {
			genericSwitch(y, tr, "s", myN(3))
			return nil
		},
		1, 2),
	difftest.Async("genericSwitchN",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, myN] { return genericSwitchGen[myN, myN](tr, 5, 3) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, myN]) error {
			genericSwitch(y, tr, myN(5), myN(3))
			return nil
		},
		1, 2),
	difftest.Async("redecl",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return redeclGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { redecl(y, tr); return nil },
		1, 2, 3),
	difftest.Async("redeclCaptured",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return redeclCapturedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { redeclCaptured(y, tr); return nil },
		1, 2, 3),
	difftest.Async("rangeArr",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return rangeArrGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { rangeArr(y, tr); return nil },
		1, 2, 3),
	difftest.Async("ctxCancel",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return ctxCancelGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { ctxCancel(y, tr); return nil },
		1, 2, 3),
	difftest.Async("count",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] {
			return (&list[string]{[]string{"a", "b"}}).countGen(tr)
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			(&list[string]{[]string{"a", "b"}}).count(y, tr)
			return nil
		}),
	difftest.Async("anon",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return (&unit{}).anonGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { (&unit{}).anon(y, tr); return nil }),
	difftest.Async("blank",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return unit{}.blankGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { unit{}.blank(y, tr); return nil }),
	difftest.Async("blankResult",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return blankResultGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return blankResult(y, tr) },
		1, 0),
	difftest.Async("genericShapes",
		func(tr *difftest.Trace) agen.AsyncGenerator[map[string]int, []bool] {
			return genericShapesGen(tr, "k", 1, true)
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[map[string]int, []bool]) error {
			genericShapes(y, tr, "k", 1, true)
			return nil
		},
		[]bool{false}, nil),
}
