// Package params holds bodies with parameters of many shapes: variadic,
// grouped and blank, of func, channel and interface types, and
// parameters changed by the body.
package asyncparams

import (
	"fmt"
	"io"
	"strings"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// variadic yields its variadic arguments and changes the slice.
//
//agen:generator
func variadic(y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace, sep string, parts ...string) {
	tr.Log("n=%d nil=%v", len(parts), parts == nil)
	for i := range parts {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](parts[i]))))
		parts[i] = strings.ToUpper(parts[i])
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](strings.Join(parts, sep)))))
}

// grouped has grouped and blank parameters, and changes its own
// copies of them.
//
//agen:generator
func grouped(y *agen.AsyncYielder[int, int], tr *difftest.Trace, a, b int, _ string, c int, _ bool) {
	for a < b {
		a += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](a)))) + c
		c++
	}
	tr.Log("a=%d b=%d c=%d", a, b, c)
}

// funcs takes functions, a channel and an interface.
//
//agen:generator
func funcs(y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace, f func(int) string, ch <-chan int, w io.Writer, opt fmt.Stringer) {
	for v := range ch {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](f(v)))))
	}
	fmt.Fprintf(w, "done %v", opt)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(w)))))
}

// shadow declares variables that shadow its parameters in inner scopes,
// on both sides of yields.
//
//agen:generator
func shadow(y *agen.AsyncYielder[int, int], tr *difftest.Trace, n int) {
	for n := range n {
		n := n * 10
		n += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
		tr.Log("inner n=%d", n)
	}
	if n := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n)))); n > 0 {
		tr.Log("if n=%d", n)
	}
	tr.Log("param n=%d", n)
}

type builder struct {
	strings.Builder
}

func (b *builder) String() string { return "builder(" + b.Builder.String() + ")" }

type opt string

func (o opt) String() string { return "opt:" + string(o) }

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("variadic",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] {
			return variadicGen(tr, "+", "a", "b", "c")
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			variadic(y, tr, "+", "a", "b", "c")
			return nil
		}),
	difftest.Async("variadicSpread",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] {
			xs := []string{"x", "y"}
			g := variadicGen(tr, "-", xs...)
			xs[0] = "changed before start" // the slice is shared, as in a call
			return g
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			xs := []string{"x", "y"}
			xs[0] = "changed before start"
			variadic(y, tr, "-", xs...)
			return nil
		}),
	difftest.Async("variadicNone",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] { return variadicGen(tr, ",") },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			variadic(y, tr, ",")
			return nil
		}),
	difftest.Async("grouped",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return groupedGen(tr, 1, 20, "x", 2, true) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			grouped(y, tr, 1, 20, "x", 2, true)
			return nil
		},
		3, 0),
	difftest.Async("funcs",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] {
			ch := make(chan int, 3)
			ch <- 1
			ch <- 2
			close(ch)
			return funcsGen(tr, func(v int) string { return fmt.Sprint("f", v) }, ch, &builder{}, opt("o"))
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			ch := make(chan int, 3)
			ch <- 1
			ch <- 2
			close(ch)
			funcs(y, tr, func(v int) string { return fmt.Sprint("f", v) }, ch, &builder{}, opt("o"))
			return nil
		}),
	difftest.Async("shadow",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return shadowGen(tr, 3) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { shadow(y, tr, 3); return nil },
		1, 2),
}
