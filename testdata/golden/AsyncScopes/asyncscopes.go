// Package scopes holds closures that capture variables declared in the
// headers of statements that contain suspension points: if, switch and
// type switch initializers, type switch and select case variables, and
// three-clause loops whose post statement yields.
package asyncscopes

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// headers captures the variables of if and switch headers.
//
//agen:generator
func headers(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	var later []func() int
	if v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))); v >= 0 {
		later = append(later, func() int { return v })
		v += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
		tr.Log("if v=%d", v)
	} else {
		w := -v
		later = append(later, func() int { w++; return w })
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](w))))
	}
	switch s := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2)))) * 2; {
	case s > 4:
		later = append(later, func() int { s--; return s })
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](s))))
	default:
		later = append(later, func() int { return s * 100 })
		s = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](s))))
	}
	for _, f := range later {
		tr.Log("later %d", f())
		tr.Log("again %d", f())
	}
}

// typeCases captures the variable of a type switch and of select cases.
//
//agen:generator
func typeCases(y *agen.AsyncYielder[string, any], tr *difftest.Trace) {
	var later []func() string
	for range 3 {
		switch v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("what")))).(type) {
		case int:
			later = append(later, func() string { v++; return "int" })
			v += 10
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("int"))))
			tr.Log("v=%d", v)
		case string:
			later = append(later, func() string { return "string " + v })
			v = "<" + v + ">"
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](v))))
		default:
			later = append(later, func() string { return "other" })
		}
	}
	ch := make(chan int, 1)
	ch <- 7
	select {
	case got := <-ch:
		later = append(later, func() string { got++; return "got" })
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("selected"))))
		tr.Log("got=%d", got)
	}
	for _, f := range later {
		tr.Log("later %s", f())
	}
}

// posts captures the variable of a three-clause loop whose condition and
// post statement yield.
//
//agen:generator
func posts(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	var fs []func() int
	for i := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0)))); i < 6 && y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100+i)))) >= 0; i += 1 + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](200+i)))) {
		fs = append(fs, func() int { return i })
		if i == 2 {
			i++ // before the per-iteration copy
		}
	}
	for _, f := range fs {
		tr.Log("f=%d", f())
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("headers",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return headersGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { headers(y, tr); return nil },
		-3, 1, 4),
	difftest.Async("typeCases",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, any] { return typeCasesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, any]) error { typeCases(y, tr); return nil },
		1, "s", 2.5),
	difftest.Async("posts",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return postsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { posts(y, tr); return nil },
		0, 1),
}
