// Package advtypes holds embedded structs, promoted methods, interfaces
// holding values across yields, goroutines started in bodies, generic
// methods with constraints, and recursive generators.
package asyncadvtypes

import (
	"cmp"
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type base struct {
	id    int
	calls int
}

func (b *base) bump() int { b.calls++; return b.calls }
func (b base) describe() string {
	return fmt.Sprintf("base %d calls %d", b.id, b.calls)
}

type inner struct {
	*base
	label string
}

type outer struct {
	inner
	base2 base
	fmt.Stringer
}

type label string

func (l label) String() string { return "label:" + string(l) }

// promoted calls promoted methods through embedded structs and pointers,
// and an embedded interface, across yields.
//
//agen:generator
func promoted(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	o := outer{inner: inner{base: &base{id: 1}, label: "in"}, Stringer: label("s")}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](o.describe()))))
	o.bump()
	c := o
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(o.bump(), c.bump(), y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](o.String())))))))))
	tr.Log("%s / %s", o.describe(), c.describe())
	o.base2.id = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](o.base2.describe()))))
	bump := o.bump
	descr := o.describe
	o.base = &base{id: 2}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(bump(), descr(), o.describe())))))
	o.Stringer = label(fmt.Sprint(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("str"))))))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](o.String()))))
	var s fmt.Stringer = o
	o.Stringer = label("changed")
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](s.String()))))
}

type shape interface {
	area() int
}

type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

type square struct{ rect }

// ifaceValues: interfaces holding values (copied) and pointers, changed
// across yields.
//
//agen:generator
func ifaceValues(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	r := rect{2, 3}
	var s shape = r
	var sp shape = &r
	r.w = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](s.area()))))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](sp.area()))))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](s.area()))))
	shapes := []shape{r, &r, square{rect{4, 4}}}
	for i, sh := range shapes {
		r.h = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		switch v := sh.(type) {
		case rect:
			tr.Log("rect %d", v.area())
		case *rect:
			tr.Log("*rect %d", v.area())
		case square:
			v.w = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v.area()))))
			tr.Log("square %d %d", v.area(), sh.area())
		}
	}
	var any1 any = r
	r.w = 0
	rr := any1.(rect)
	rr.w = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](rr.w))))
	tr.Log("any1=%v rr=%v", any1, rr)
	cmp1 := any1 == any(rect{rr.h, rr.h})
	tr.Log("cmp %v", cmp1)
}

// goroutines starts goroutines (without yields in them) from the body and
// waits for them between yields.
//
//agen:generator
func goroutines(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	wg.Wait()
	tr.Log("results %v", results)
	ch := make(chan int)
	v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))
	go func(n int) { ch <- n * 2 }(v)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](<-ch))))
	done := make(chan struct{})
	var mu sync.Mutex
	total := 0
	add := func(n int) {
		mu.Lock()
		total += n
		mu.Unlock()
		done <- struct{}{}
	}
	w := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-2))))
	go add(w)
	<-done
	go add(v)
	<-done
	tr.Log("total %d", total)
}

type number interface {
	~int | ~int64 | ~float64
}

type stats[T number] struct {
	vals []T
}

func (s *stats[T]) sum() T {
	var t T
	for _, v := range s.vals {
		t += v
	}
	return t
}

// running is a generic method with a constraint: it yields running sums
// and the maximum so far.
//
//agen:generator
func (s *stats[T]) running(y *agen.AsyncYielder[T, T], tr *difftest.Trace) {
	var total, best T
	for i, v := range s.vals {
		total += v
		best = max(best, v)
		if extra := y.Yield(difftest.Value(agen.Await(y, difftest.Later[T](total)))); extra != 0 {
			s.vals = append(s.vals, extra)
			tr.Log("appended %v at %d", extra, i)
		}
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[T](best))))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[T](s.sum()))))
	tr.Log("cmp %d", cmp.Compare(total, s.sum()))
}

type myInt int

// sorted is a generic function with a cmp.Ordered constraint and a
// generic helper called across yields.
//
//agen:generator
func sorted[K cmp.Ordered, V any](y *agen.AsyncYielder[K, V], tr *difftest.Trace, keys []K) {
	best := keys[0]
	for _, k := range keys {
		if k > best {
			best = k
		}
		v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[K](k))))
		tr.Log("%v -> %v", k, v)
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[K](best))))
}

type tree struct {
	val         int
	left, right *tree
}

// maker makes the generators of subtrees.
type maker func(t *tree, depth int) agen.AsyncGenerator[int, agen.None]

// walk is a recursive generator: it drains generators of its own for the
// subtrees, made by mk.
//
//agen:generator
func walk(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace, mk maker, t *tree, depth int) {
	if t == nil {
		return
	}
	defer tr.Log("leave %d", t.val)
	left := mk(t.left, depth+1)
	for {
		v, err := agen.Await(y, left.ANext())
		if err != nil {
			break
		}
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](t.val))))
	g := mk(t.right, depth+1)
	defer g.Close(context.Background())
	for {
		v, err := agen.Await(y, g.ANext())
		if err != nil {
			break
		}
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v*1))))
	}
	tr.Log("%sdone %d", strings.Repeat(" ", depth), t.val)
}

func genMaker(tr *difftest.Trace) maker {
	var mk maker
	mk = func(t *tree, depth int) agen.AsyncGenerator[int, agen.None] { return walkGen(tr, mk, t, depth) }
	return mk
}

func refMaker(tr *difftest.Trace) maker {
	var mk maker
	mk = func(t *tree, depth int) agen.AsyncGenerator[int, agen.None] {
		return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
			walk(y, tr, mk, t, depth)
			return nil
		})
	}
	return mk
}

var theTree = &tree{4,
	&tree{2, &tree{1, nil, nil}, &tree{3, nil, nil}},
	&tree{6, &tree{5, nil, nil}, nil}}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("promoted",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return promotedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { promoted(y, tr); return nil },
		5, 7),
	difftest.Async("ifaceValues",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return ifaceValuesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { ifaceValues(y, tr); return nil },
		5, 7),
	difftest.Async("goroutines",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return goroutinesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { goroutines(y, tr); return nil },
		5, 7),
	difftest.Async("running",
		func(tr *difftest.Trace) agen.AsyncGenerator[float64, float64] {
			return (&stats[float64]{vals: []float64{1.5, 2, -1}}).runningGen(tr)
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[float64, float64]) error {
			(&stats[float64]{vals: []float64{1.5, 2, -1}}).running(y, tr)
			return nil
		},
		0, 0.5),
	difftest.Async("runningMyInt",
		func(tr *difftest.Trace) agen.AsyncGenerator[myInt, myInt] {
			return (&stats[myInt]{vals: []myInt{3, 1}}).runningGen(tr)
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[myInt, myInt]) error {
			(&stats[myInt]{vals: []myInt{3, 1}}).running(y, tr)
			return nil
		},
		0, 4),
	difftest.Async("sorted",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, []int] {
			return sortedGen[string, []int](tr, []string{"b", "c", "a"})
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, []int]) error {
			sorted(y, tr, []string{"b", "c", "a"})
			return nil
		},
		[]int{1}, nil),
	difftest.Async("walk",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] {
			return walkGen(tr, genMaker(tr), theTree, 0)
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
			walk(y, tr, refMaker(tr), theTree, 0)
			return nil
		}),
}
