// Package methods holds methods as generator bodies, with value and
// pointer receivers, on plain and generic types, made by method
// constructors.
package asyncmethods

import (
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type stack struct {
	items []int
	pops  int
}

func (s *stack) pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	s.pops++
	return v
}

// drain pops the stack through its pointer receiver across yields, and
// pushes what it is sent.
//
//agen:generator
func (s *stack) drain(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for len(s.items) > 0 {
		if v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](s.pop())))); v > 0 {
			s.items = append(s.items, v)
			tr.Log("pushed %d", v)
		}
	}
	tr.Log("pops=%d", s.pops)
}

type ticker struct {
	name string
	n    int
}

// count works on a copy of its value receiver.
//
//agen:generator
func (t ticker) count(y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace, to int) {
	for t.n < to {
		t.n++
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("%s %d", t.name, t.n)))))
	}
	tr.Log("copy n=%d", t.n)
}

type list[T any] struct {
	items []T
}

// each is a method of a generic type with a pointer receiver.
//
//agen:generator
func (l *list[T]) each(y *agen.AsyncYielder[T, agen.None], tr *difftest.Trace) {
	for i, v := range l.items {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[T](v))))
		tr.Log("after %d, len %d", i, len(l.items))
	}
}

// pairs is a method of a generic type with a value receiver and a type
// parameter renamed in the receiver.
//
//agen:generator
func (l list[E]) pairs(y *agen.AsyncYielder[[2]E, agen.None], tr *difftest.Trace) {
	for i := 0; i+1 < len(l.items); i += 2 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[[2]E]([2]E{l.items[i], l.items[i+1]}))))
	}
	var zero E
	tr.Log("zero=%v", zero)
}

type names struct {
	f, g int
}

// clash names its receiver and parameters like the generated code's own
// identifiers.
//
//agen:generator
func (f *names) clash(y *agen.AsyncYielder[int, int], g *difftest.Trace, sent, thrown int, at string) error {
	gen := f.f + f.g
	for i := range 3 {
		r := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](gen+sent+thrown+i))))
		g.Log("%s: r=%d f=%v", at, r, *f)
		f.f += r
	}
	if f.f > 10 {
		return fmt.Errorf("%s: f.f=%d", at, f.f)
	}
	return nil
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("drain",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] {
			s := &stack{items: []int{1, 2, 3}}
			return s.drainGen(tr)
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			s := &stack{items: []int{1, 2, 3}}
			s.drain(y, tr)
			return nil
		},
		0, 5, 0),
	difftest.Async("count",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] {
			t := ticker{name: "t", n: 1}
			g := t.countGen(tr, 4)
			t.n = 100 // the receiver was copied by the constructor
			return g
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			t := ticker{name: "t", n: 1}
			t.count(y, tr, 4)
			return nil
		}),
	difftest.Async("each",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] {
			l := &list[string]{items: []string{"a", "b"}}
			return l.eachGen(tr)
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			l := &list[string]{items: []string{"a", "b"}}
			l.each(y, tr)
			return nil
		}),
	difftest.Async("pairs",
		func(tr *difftest.Trace) agen.AsyncGenerator[[2]int, agen.None] {
			return list[int]{items: []int{1, 2, 3, 4, 5}}.pairsGen(tr)
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[[2]int, agen.None]) error {
			list[int]{items: []int{1, 2, 3, 4, 5}}.pairs(y, tr)
			return nil
		}),
	difftest.Async("clash",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] {
			return (&names{f: 1, g: 2}).clashGen(tr, 10, 20, "at")
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			return (&names{f: 1, g: 2}).clash(y, tr, 10, 20, "at")
		},
		1, 7),
}
