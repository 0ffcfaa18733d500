// Package names holds bodies whose identifiers look like the ones
// generated code uses: an aliased import of the runtime, package-level
// names that generated files could import, and locals named like the
// scaffolding and the builtins.
package asyncnames

import (
	ag "github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// context and iter are package-level names here.
var context = "ctx"

func iter(n int) []int {
	xs := make([]int, n)
	for i := range xs {
		xs[i] = i
	}
	return xs
}

// locals names its variables like the generated code's.
//
//agen:generator
func locals(y *ag.AsyncYielder[int, int], tr *difftest.Trace) {
	f, g, sent, thrown := 1, 2, 3, 4
	at, guarded, gen, defers := 5, 6, 7, 8
	agen, key, value, utf8 := 9, 10, 11, 12
	result, cond, t, skip := 13, 14, 15, 16
	fn1, a1_0, h, d := 17, 18, 19, 20
	defer func() { tr.Log("deferred %d %d %d %d", fn1, a1_0, h, d) }()
	for _, v := range iter(2) {
		r := y.Yield(difftest.Value(ag.Await(y, difftest.Later[int](f+g+sent+thrown+v))))
		f, g, sent, thrown = g, sent, thrown, r
		at, guarded, gen, defers = guarded, gen, defers, at+r
		agen, key, value, utf8 = key, value, utf8, agen
		result, cond, t, skip = cond, t, skip, result
		fn1, a1_0, h, d = a1_0, h, d, fn1+r
	}
	tr.Log("%d %d %d %d %d %d %d %d", f, g, sent, thrown, at, guarded, gen, defers)
	tr.Log("%d %d %d %d %d %d %d %d %s", agen, key, value, utf8, result, cond, t, skip, context)
}

// builtins shadows builtin names with locals that live across yields.
//
//agen:generator
func builtins(y *ag.AsyncYielder[string, ag.None], tr *difftest.Trace) {
	len := func(s string) int { return 42 }
	new := "new"
	append := []string{"append"}
	string := 7
	nil := "nil"
	true := false
	y.Yield(difftest.Value(ag.Await(y, difftest.Later(new))))
	y.Yield(difftest.Value(ag.Await(y, difftest.Later(append[0]))))
	y.Yield(difftest.Value(ag.Await(y, difftest.Later(nil))))
	tr.Log("len=%d string=%d true=%v", len("x"), string, true)
	p := &string
	y.Yield(difftest.Value(ag.Await(y, difftest.Later(new))))
	*p++
	tr.Log("string=%d", string)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("locals",
		func(tr *difftest.Trace) ag.AsyncGenerator[int, int] { return localsGen(tr) },
		func(tr *difftest.Trace, y *ag.AsyncYielder[int, int]) error { locals(y, tr); return nil },
		100, 200),
	difftest.Async("builtins",
		func(tr *difftest.Trace) ag.AsyncGenerator[string, ag.None] { return builtinsGen(tr) },
		func(tr *difftest.Trace, y *ag.AsyncYielder[string, ag.None]) error { builtins(y, tr); return nil }),
}
