// Package generics holds generic bodies: type parameters in Y, S, the
// parameters and the variables that live across suspension points, and
// constraints with methods and type sets.
package asyncgenerics

import (
	"fmt"
	"strings"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// mapped yields f of each element and logs what it is sent, of type T.
//
//agen:generator
func mapped[T, U any](y *agen.AsyncYielder[U, T], tr *difftest.Trace, xs []T, f func(T) U) {
	var last T
	for i, x := range xs {
		got := y.Yield(difftest.Value(agen.Await(y, difftest.Later[U](f(x)))))
		tr.Log("%d: sent %v, last %v", i, got, last)
		last = got
	}
	var zero T
	tr.Log("zero=%v last=%v", zero, last)
}

type shape interface {
	area() int
	name() string
}

type rect struct{ w, h int }

func (r rect) area() int       { return r.w * r.h }
func (r rect) name() string    { return fmt.Sprintf("rect %dx%d", r.w, r.h) }
func (s *square) area() int    { s.calls++; return s.side * s.side }
func (s *square) name() string { return fmt.Sprintf("square %d (%d calls)", s.side, s.calls) }

type square struct{ side, calls int }

// areas calls the constraint's methods on values of the type parameter
// across yields.
//
//agen:generator
func areas[S shape](y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace, shapes []S) {
	total := 0
	for _, s := range shapes {
		a := s.area()
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](a))))
		total += a
		tr.Log("%s, total %d", s.name(), total)
	}
	best := shapes[0]
	for _, s := range shapes[1:] {
		if s.area() > best.area() {
			best = s
		}
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](best.area()))))
	tr.Log("best %s", best.name())
}

type number interface {
	~int | ~int64 | ~float64
}

type celsius float64

// sums accumulates numbers of a type set, with operators on the type
// parameter, and the send of the same type.
//
//agen:generator
func sums[N number](y *agen.AsyncYielder[N, N], tr *difftest.Trace, start N) {
	acc := start
	for range 4 {
		d := y.Yield(difftest.Value(agen.Await(y, difftest.Later[N](acc))))
		acc += d * 2
		if acc > 100 {
			acc = N(100)
		}
	}
	tr.Log("acc=%v", acc)
}

type pair[K comparable, V any] struct {
	Key K
	Val V
}

// dedup keeps a set of a comparable type parameter across yields, and
// yields a generic struct type.
//
//agen:generator
func dedup[K comparable, V any](y *agen.AsyncYielder[pair[K, V], int], tr *difftest.Trace, keys []K, val func(K) V) {
	seen := map[K]int{}
	for _, k := range keys {
		seen[k]++
		if seen[k] > 1 {
			tr.Log("dup %v", k)
			continue
		}
		n := y.Yield(difftest.Value(agen.Await(y, difftest.Later[pair[K, V]](pair[K, V]{Key: k, Val: val(k)}))))
		tr.Log("sent %d for %v", n, k)
	}
	tr.Log("distinct=%d", len(seen))
}

// pointers keeps pointers to a type parameter and a closure over one.
//
//agen:generator
func pointers[T any](y *agen.AsyncYielder[T, T], tr *difftest.Trace, init T) {
	v := init
	p := &v
	set := func(x T) { v = x }
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[T](*p))))
	set(y.Yield(difftest.Value(agen.Await(y, difftest.Later[T](v)))))
	tr.Log("v=%v *p=%v", v, *p)
	*p = y.Yield(difftest.Value(agen.Await(y, difftest.Later[T](*p))))
	tr.Log("v=%v", v)
	ts := []*T{p, new(T)}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[T](*ts[1]))))
}

type stringish interface {
	~string
	fmt.Stringer
}

type label string

func (l label) String() string { return strings.ToUpper(string(l)) }

// both uses a constraint with a type set and a method.
//
//agen:generator
func both[L stringish](y *agen.AsyncYielder[string, L], tr *difftest.Trace, ls ...L) {
	for _, l := range ls {
		got := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](l.String()+"/"+string(l)))))
		tr.Log("len=%d got=%q", len(l)+len(got), got)
		l = got
	}
}

// guarded is a generic body with deferred calls over type parameter
// values and a recover that sets the named result.
//
//agen:generator
func guarded[T any, PT interface {
	*T
	fmt.Stringer
}](y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace, xs []T) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v", r)
		}
	}()
	for i := range xs {
		p := PT(&xs[i])
		defer tr.Log("deferred %s", p.String())
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](p.String()))))
	}
	var none []T
	_ = none[len(xs)]
	return nil
}

type counter struct{ n int }

func (c *counter) String() string {
	c.n++
	return fmt.Sprintf("counter %d", c.n)
}

// show logs v.
func show[T any](tr *difftest.Trace, what string, v T) {
	tr.Log("%s %v", what, v)
}

// genDefer defers calls whose arguments and function values have
// type-parameter types.
//
//agen:generator
func genDefer[T any, PT interface {
	*T
	fmt.Stringer
}](y *agen.AsyncYielder[T, T], tr *difftest.Trace, init T) {
	v := init
	defer show[T](tr, "deferred arg", v)
	defer func(x T) { tr.Log("literal arg %v", x) }(v)
	defer func() { tr.Log("closure sees %v", v) }()
	p := PT(&v)
	defer show[string](tr, "stringer", p.String())
	defer PT(&init).String()
	v = y.Yield(difftest.Value(agen.Await(y, difftest.Later[T](v))))
	defer show[T](tr, "second", v)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[T](v))))
}

type cell struct{ n int }

func (c *cell) String() string { return fmt.Sprint("cell", c.n) }

type holder[K comparable, V any] struct {
	m map[K]V
}

func (h *holder[K, V]) put(k K, v V) { h.m[k] = v }

// fill is a generic method with deferred method calls on its receiver.
//
//agen:generator
func (h *holder[K, V]) fill(y *agen.AsyncYielder[K, V], tr *difftest.Trace, keys ...K) {
	defer func() { tr.Log("len=%d", len(h.m)) }()
	for _, k := range keys {
		defer h.put(k, *new(V))
		h.put(k, y.Yield(difftest.Value(agen.Await(y, difftest.Later[K](k)))))
	}
	tr.Log("m=%v", h.m)
}

// genLocal declares types that use its type parameters in the body,
// with variables of them across yields.
//
//agen:generator
func genLocal[K comparable, V fmt.Stringer](y *agen.AsyncYielder[string, V], tr *difftest.Trace, keys []K) {
	type entry struct {
		key K
		val V
	}
	type table map[K]entry
	t := table{}
	var last entry
	for _, k := range keys {
		v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(k)))))
		e := entry{k, v}
		t[k] = e
		last = e
	}
	tr.Log("len=%d last=%v", len(t), last.key)
	show := func(e entry) string { return fmt.Sprint(e.key, "=", e.val) }
	for _, k := range keys {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](show(t[k])))))
	}
}

// num is a Stringer int.
type num int

func (n num) String() string { return fmt.Sprintf("#%d", int(n)) }

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("mapped",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] {
			return mappedGen(tr, []int{1, 2, 3}, func(v int) string { return fmt.Sprint("#", v) })
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error {
			mapped(y, tr, []int{1, 2, 3}, func(v int) string { return fmt.Sprint("#", v) })
			return nil
		},
		7, 8),
	difftest.Async("areasRect",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] {
			return areasGen(tr, []rect{{1, 2}, {3, 4}, {2, 2}})
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
			areas(y, tr, []rect{{1, 2}, {3, 4}, {2, 2}})
			return nil
		}),
	difftest.Async("areasSquare",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] {
			return areasGen(tr, []*square{{side: 3}, {side: 1}})
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
			areas(y, tr, []*square{{side: 3}, {side: 1}})
			return nil
		}),
	difftest.Async("sumsInt",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return sumsGen(tr, 1) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { sums(y, tr, 1); return nil },
		10, 40),
	difftest.Async("sumsCelsius",
		func(tr *difftest.Trace) agen.AsyncGenerator[celsius, celsius] { return sumsGen[celsius](tr, 0.5) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[celsius, celsius]) error { sums(y, tr, 0.5); return nil },
		1.25, 60),
	difftest.Async("dedup",
		func(tr *difftest.Trace) agen.AsyncGenerator[pair[string, int], int] {
			return dedupGen(tr, []string{"a", "bb", "a", "ccc"}, func(k string) int { return len(k) })
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[pair[string, int], int]) error {
			dedup(y, tr, []string{"a", "bb", "a", "ccc"}, func(k string) int { return len(k) })
			return nil
		},
		1, 2),
	difftest.Async("pointers",
		func(tr *difftest.Trace) agen.AsyncGenerator[rect, rect] { return pointersGen(tr, rect{1, 1}) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[rect, rect]) error {
			pointers(y, tr, rect{1, 1})
			return nil
		},
		rect{2, 3}, rect{}),
	difftest.Async("both",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, label] { return bothGen[label](tr, "ab", "c") },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, label]) error {
			both(y, tr, "ab", "c")
			return nil
		},
		"xyz"),
	difftest.Async("guarded",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] {
			return guardedGen[counter](tr, []counter{{1}, {10}})
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			return guarded[counter](y, tr, []counter{{1}, {10}})
		}),
	difftest.Async("genDefer",
		func(tr *difftest.Trace) agen.AsyncGenerator[cell, cell] { return genDeferGen[cell](tr, cell{1}) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[cell, cell]) error {
			genDefer[cell](y, tr, cell{1})
			return nil
		},
		cell{5}, cell{7}),
	difftest.Async("fill",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] {
			h := &holder[string, int]{m: map[string]int{}}
			return h.fillGen(tr, "a", "b")
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error {
			h := &holder[string, int]{m: map[string]int{}}
			h.fill(y, tr, "a", "b")
			return nil
		},
		3, 4),
	difftest.Async("genLocal",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, num] {
			return genLocalGen[string, num](tr, []string{"a", "b", "a"})
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, num]) error {
			genLocal(y, tr, []string{"a", "b", "a"})
			return nil
		},
		1, 2),
}
