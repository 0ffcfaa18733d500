// Package advmore holds nil targets on the left of assignments that
// suspend, local types shadowing each other and package-level ones,
// panics in deferred calls recovered by others, Go 1.22 loop variables
// captured in loop headers, and generic method expressions in defers.
package asyncadvmore

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type pt struct{ x, y int }

//agen:generator
func nilLHS(y *agen.AsyncYielder[int, int], tr *difftest.Trace, which int) {
	defer func() { tr.Log("recovered %v", recover()) }()
	var p *pt
	var m map[string]int
	var xs []int
	n := 0
	switch which {
	case 0:
		p.x, n = n, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	case 1:
		m["a"], n = n, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	case 2:
		xs[3], n = n, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))
	case 3:
		p.y = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))
	case 4:
		xs[1] = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5))))
	case 5:
		*(&p.x) += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6))))
	case 6:
		m["k"] += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7))))
	case 7:
		var arr *[2]int
		arr[1] = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](8))))
	}
	tr.Log("n=%d", n)
}

type t struct{ pkg int }

//agen:generator
func localTypes(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	{
		type t int
		var a t = 3
		a += t(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(a))))))
		tr.Log("a=%v", a)
	}
	{
		type t string
		var b t = "x"
		b += t(fmt.Sprint(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](string(b)))))))
		tr.Log("b=%v", b)
	}
	for i := range 2 {
		type t struct{ i, j int }
		v := t{i, 0}
		v.j = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(v)))))
		tr.Log("v=%v", v)
	}
	type u = t
	w := u{pkg: 1}
	w.pkg += y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("w"))))
	tr.Log("w=%v", w)
	if true {
		type t []int
		s := t{1}
		s = append(s, y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("s")))))
		tr.Log("s=%v", s)
	}
	var x t
	x.pkg = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("x"))))
	tr.Log("x=%v", x)
}

//agen:generator
func deferPanicRecovered(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() { tr.Log("last defer err=%v", err) }()
	defer func() {
		r := recover()
		tr.Log("rec %v", r)
		if r != nil {
			err = fmt.Errorf("from recover %v", r)
		}
	}()
	defer func() { panic("in defer") }()
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	return errors.New("normal")
}

//agen:generator
func deferPanicTwice(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer func() { tr.Log("outermost rec %v", recover()) }()
	defer func() { panic("second") }()
	defer func() { tr.Log("rec1 %v", recover()); panic("first") }()
	for i := range 3 {
		defer tr.Log("loop %d", i)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	panic("body")
}

//agen:generator
func recoverThenYieldErr(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	for i := range 3 {
		func() {
			defer func() {
				if r := recover(); r != nil {
					tr.Log("inner rec %v", r)
				}
			}()
			if i == 1 {
				panic("inner")
			}
		}()
		if _, e := y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](i)))); e != nil {
			defer func() { tr.Log("deferred after catch %v", e) }()
		}
	}
	return
}

func note(fs *[]func() int, f func() int) bool {
	*fs = append(*fs, f)
	return true
}

//agen:generator
func loopVarClosures(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	var fs []func() int
	for i, first := 0, func() int { return -1 }; i < 3; i++ {
		if i == 0 {
			first = func() int { return i * 100 }
			fs = append(fs, first)
		}
		fs = append(fs, func() int { return i })
		i += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	for i, g := 0, (func() int)(nil); note(&fs, func() int { return i + 1000 }) && i < 2; i, g = i+1, func() int { return i + 2000 } {
		if g != nil {
			fs = append(fs, g)
		}
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	for i := 0; i < 3; i += func() int { fs = append(fs, func() int { return i + 3000 }); return 1 }() {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		i *= 1
	}
	for _, f := range fs {
		tr.Log("f=%d", f())
	}
}

type list[T any] struct{ items []T }

func (l *list[T]) dump(tr *difftest.Trace, what string) { tr.Log("%s %v", what, l.items) }
func (l list[T]) size() int                             { return len(l.items) }

type stringer interface {
	~int | ~string
	String() string
}

type num int

func (n num) String() string { return "#" + strconv.Itoa(int(n)) }

func pick[T any](a, b T, first bool) T {
	if first {
		return a
	}
	return b
}

//agen:generator
func generic[T stringer](y *agen.AsyncYielder[string, T], tr *difftest.Trace, l *list[T], vs ...T) {
	defer (*list[T]).dump(l, tr, "method expr")
	defer list[T].size(*l)
	sz := list[T].size
	fn := pick[T]
	defer tr.Log("pick %v", fn(vs[0], vs[1], true))
	for _, v := range vs {
		l.items = append(l.items, v)
		got := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](v.String()))))
		l.items = append(l.items, fn(got, v, got != *new(T)))
		tr.Log("size %d", sz(*l))
	}
	var zero T
	switch any(zero).(type) {
	case num:
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("num"))))
	default:
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("other %v", zero)))))
	}
	conv := func(v T) T { return v }
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](conv(vs[len(vs)-1]).String()))))
}

//agen:generator
func genericCells[T any, K comparable](y *agen.AsyncYielder[string, int], tr *difftest.Trace, v T, k K) {
	type box struct {
		v T
		k K
		n int
	}
	b := box{v, k, 0}
	bump := func() { b.n++ }
	p := &b
	var fs []func() string
	for i := range 3 {
		var t T = v
		pt := &t
		fs = append(fs, func() string { return fmt.Sprint(i, *pt, b.n) })
		bump()
		p.n += y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(b)))))
	}
	m := map[K]box{k: b}
	get := func() box { return m[k] }
	b.n = 100
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(get().n, b.n)))))
	for _, f := range fs {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](f()))))
	}
	tr.Log("%v", b)
}

//agen:generator
func empties(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	switch y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))) {
	}
	switch x := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))); {
	default:
		_ = x
	}
	n := 0
	for i := 0; i < 3; i += 1 + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))) {
		n++
	}
	for k := 0; y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4)))) < 2 && k < 5; k++ {
	}
	if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5)))) > 0 {
	} else if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6)))) > 0 {
	} else {
	}
	{
	}
	var arr [0]int
	for range arr {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))
	}
	for range []int{} {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-2))))
	}
	var nilMap map[int]int
	for range nilMap {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-3))))
	}
	tr.Log("n=%d", n)
	select {
	default:
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7))))
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("nilLHS0", func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return nilLHSGen(tr, 0) }, func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { nilLHS(y, tr, 0); return nil }),
	difftest.Async("nilLHS1", func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return nilLHSGen(tr, 1) }, func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { nilLHS(y, tr, 1); return nil }),
	difftest.Async("nilLHS2", func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return nilLHSGen(tr, 2) }, func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { nilLHS(y, tr, 2); return nil }),
	difftest.Async("nilLHS3", func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return nilLHSGen(tr, 3) }, func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { nilLHS(y, tr, 3); return nil }),
	difftest.Async("nilLHS4", func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return nilLHSGen(tr, 4) }, func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { nilLHS(y, tr, 4); return nil }),
	difftest.Async("nilLHS5", func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return nilLHSGen(tr, 5) }, func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { nilLHS(y, tr, 5); return nil }),
	difftest.Async("nilLHS6", func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return nilLHSGen(tr, 6) }, func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { nilLHS(y, tr, 6); return nil }),
	difftest.Async("nilLHS7", func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return nilLHSGen(tr, 7) }, func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { nilLHS(y, tr, 7); return nil }),
	difftest.Async("localTypes",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return localTypesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { localTypes(y, tr); return nil },
		1, 2),
	difftest.Async("deferPanicRecovered",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return deferPanicRecoveredGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return deferPanicRecovered(y, tr) }),
	difftest.Async("deferPanicTwice",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return deferPanicTwiceGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { deferPanicTwice(y, tr); return nil }),
	difftest.Async("recoverThenYieldErr",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return recoverThenYieldErrGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return recoverThenYieldErr(y, tr) }),
	difftest.Async("loopVarClosures",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return loopVarClosuresGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { loopVarClosures(y, tr); return nil },
		0, 1),
	difftest.Async("generic",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, num] {
			return genericGen(tr, &list[num]{}, 1, 2, 3)
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, num]) error {
			generic(y, tr, &list[num]{}, 1, 2, 3)
			return nil
		},
		0, 7),
	difftest.Async("genericCells",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return genericCellsGen(tr, "v", 7) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error {
			genericCells(y, tr, "v", 7)
			return nil
		},
		1, 2),
	difftest.Async("empties",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return emptiesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { empties(y, tr); return nil },
		1, 2, 3),
}
