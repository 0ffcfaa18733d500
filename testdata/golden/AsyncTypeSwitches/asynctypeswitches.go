// Package typeswitches holds generators whose type switches suspend: with
// and without a bound variable, multi-type cases, nil cases, the operand
// from a yield, an init statement, and a generic type parameter.
package asynctypeswitches

import (
	"errors"
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// bound switches on the type of what is sent, binding the value.
//
//agen:generator
func bound(y *agen.AsyncYielder[string, any], tr *difftest.Trace) {
	for range 5 {
		switch v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("next")))).(type) {
		case int:
			tr.Log("int %d", v)
			got := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("int ", v+1)))))
			tr.Log("int %d still, got %v", v, got)
		case string, float64:
			tr.Log("string or float64 %v (%T)", v, v)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("%T", v)))))
		case nil:
			tr.Log("nil %v", v)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("nil"))))
		case error:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](v.Error()))))
		default:
			tr.Log("default %T", v)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(v)))))
		}
	}
}

// unbound switches on types without binding a variable.
//
//agen:generator
func unbound(y *agen.AsyncYielder[string, any], tr *difftest.Trace) {
	var x any = 1
	for range 4 {
		switch x.(type) {
		case int:
			x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("was int"))))
		case string:
			tr.Log("string")
			x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("was string"))))
		case nil:
			x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("was nil"))))
		default:
			x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("was other"))))
		}
	}
}

// defaultFirst has its default clause first, and clauses that do not
// use the bound variable.
//
//agen:generator
func defaultFirst(y *agen.AsyncYielder[int, any], tr *difftest.Trace) {
	x := any(2.5)
	for i := range 3 {
		switch v := x.(type) {
		default:
			tr.Log("default %v", v)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
			x = "s"
		case string:
			tr.Log("string clause")
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10+i))))
			x = nil
		case nil:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](20+i))))
		}
	}
}

// withInit has an init statement, and the bound variable captured by a
// closure called after a yield.
//
//agen:generator
func withInit(y *agen.AsyncYielder[string, any], tr *difftest.Trace) {
	var fs []func() string
	for range 3 {
		switch x := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("op")))); v := x.(type) {
		case int:
			fs = append(fs, func() string { v *= 2; return fmt.Sprint(v) })
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("int"))))
			tr.Log("v %d", v)
		case fmt.Stringer, error:
			fs = append(fs, func() string { return fmt.Sprintf("%T", v) })
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("iface"))))
		default:
			tr.Log("default %T, x %v", v, x)
		}
	}
	for _, f := range fs {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](f()))))
		tr.Log("again %s", f())
	}
}

// shadowSelf binds a variable of the operand's name.
//
//agen:generator
func shadowSelf(y *agen.AsyncYielder[string, any], tr *difftest.Trace) {
	var x any = 1
	for range 3 {
		switch x := x.(type) {
		case int:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("int ", x+1)))))
			tr.Log("int x %d", x)
		case string:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](x+"!"))))
			tr.Log("string x %s", x)
		}
		tr.Log("outer x %v", x)
		x = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("assign"))))
	}
}

// degenerate has type switches with no clause and with only a default.
//
//agen:generator
func degenerate(y *agen.AsyncYielder[string, any], tr *difftest.Trace) {
	switch y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("empty")))).(type) {
	}
	switch v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("default only")))).(type) {
	default:
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("%T", v)))))
	}
	switch y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("empty clause")))).(type) {
	case int:
	default:
		tr.Log("not int")
	}
	tr.Log("end")
}

// localTypeCases switches on types declared in the body, ranges over a
// map and selects on a channel of them, and compares with a composite
// literal of one in a case that suspends.
//
//agen:generator
func localTypeCases(y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace) {
	type point struct{ x, y int }
	type name string
	for _, x := range []any{point{1, 2}, name("n"), 3} {
		switch v := x.(type) {
		case point:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("point ", v.x)))))
			tr.Log("point %v", v)
		case name:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("name "+string(v)))))
			tr.Log("name %v", v)
		default:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(v)))))
		}
	}
	m := map[name]point{"a": {1, 1}}
	for k, v := range m {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](string(k)))))
		tr.Log("%v", v)
	}
	ch := make(chan point, 1)
	ch <- point{5, 5}
	select {
	case p := <-ch:
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("select"))))
		tr.Log("%v", p)
	}
	switch p := (point{7, 7}); p {
	case point{len(fmt.Sprint(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("case")))))), 0}:
		tr.Log("no")
	default:
		tr.Log("p %v", p)
	}
}

type stringer struct{}

func (stringer) String() string { return "stringer" }

// generic switches on a type parameter.
//
//agen:generator
func generic[T any](y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace, xs []any) {
	for _, x := range xs {
		switch v := x.(type) {
		case T:
			tr.Log("T %v", v)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("T %T", v)))))
		case []T:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("[]T len %d", len(v))))))
		case *T, map[string]T:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("%T", v)))))
		default:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("other"))))
		}
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async[string, any]("bound",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, any] { return boundGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, any]) error { bound(y, tr); return nil },
		1, "two", 3.5, nil, errors.New("boom"), []int{1}, stringer{}),
	difftest.Async("unbound",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, any] { return unboundGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, any]) error { unbound(y, tr); return nil },
		"s", 2, true),
	difftest.Async("defaultFirst",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, any] { return defaultFirstGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, any]) error { defaultFirst(y, tr); return nil }),
	difftest.Async[string, any]("withInit",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, any] { return withInitGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, any]) error { withInit(y, tr); return nil },
		4, stringer{}, errors.New("e"), "x"),
	difftest.Async[string, any]("shadowSelf",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, any] { return shadowSelfGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, any]) error { shadowSelf(y, tr); return nil },
		"s", 5, 2.5, "t"),
	difftest.Async[string, any]("degenerate",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, any] { return degenerateGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, any]) error { degenerate(y, tr); return nil },
		1, "s", nil),
	difftest.Async("localTypeCases",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] { return localTypeCasesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			localTypeCases(y, tr)
			return nil
		}),
	difftest.Async("generic",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] {
			return genericGen[int](tr, []any{1, "s", []int{1, 2}, new(int), map[string]int{}, nil})
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			generic[int](y, tr, []any{1, "s", []int{1, 2}, new(int), map[string]int{}, nil})
			return nil
		}),
	difftest.Async("genericString",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] {
			return genericGen[string](tr, []any{1, "s", []string{}, map[string]string{}})
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			generic[string](y, tr, []any{1, "s", []string{}, map[string]string{}})
			return nil
		}),
}
