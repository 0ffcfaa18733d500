// Package scopes holds closures that capture variables declared in the
// headers of statements that contain suspension points: if, switch and
// type switch initializers, type switch and select case variables, and
// three-clause loops whose post statement yields.
package scopes

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// headers captures the variables of if and switch headers.
//
//agen:generator
func headers(y *agen.Yielder[int, int], tr *difftest.Trace) {
	var later []func() int
	if v := y.Yield(1); v >= 0 {
		later = append(later, func() int { return v })
		v += y.Yield(v)
		tr.Log("if v=%d", v)
	} else {
		w := -v
		later = append(later, func() int { w++; return w })
		y.Yield(w)
	}
	switch s := y.Yield(2) * 2; {
	case s > 4:
		later = append(later, func() int { s--; return s })
		y.Yield(s)
	default:
		later = append(later, func() int { return s * 100 })
		s = y.Yield(s)
	}
	for _, f := range later {
		tr.Log("later %d", f())
		tr.Log("again %d", f())
	}
}

// typeCases captures the variable of a type switch and of select cases.
//
//agen:generator
func typeCases(y *agen.Yielder[string, any], tr *difftest.Trace) {
	var later []func() string
	for range 3 {
		switch v := y.Yield("what").(type) {
		case int:
			later = append(later, func() string { v++; return "int" })
			v += 10
			y.Yield("int")
			tr.Log("v=%d", v)
		case string:
			later = append(later, func() string { return "string " + v })
			v = "<" + v + ">"
			y.Yield(v)
		default:
			later = append(later, func() string { return "other" })
		}
	}
	ch := make(chan int, 1)
	ch <- 7
	select {
	case got := <-ch:
		later = append(later, func() string { got++; return "got" })
		y.Yield("selected")
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
func posts(y *agen.Yielder[int, int], tr *difftest.Trace) {
	var fs []func() int
	for i := y.Yield(0); i < 6 && y.Yield(100+i) >= 0; i += 1 + y.Yield(200+i) {
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
	difftest.Sync("headers",
		func(tr *difftest.Trace) agen.Generator[int, int] { return headersGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { headers(y, tr); return nil },
		-3, 1, 4),
	difftest.Sync("typeCases",
		func(tr *difftest.Trace) agen.Generator[string, any] { return typeCasesGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, any]) error { typeCases(y, tr); return nil },
		1, "s", 2.5),
	difftest.Sync("posts",
		func(tr *difftest.Trace) agen.Generator[int, int] { return postsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { posts(y, tr); return nil },
		0, 1),
}
