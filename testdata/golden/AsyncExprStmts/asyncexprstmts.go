// Package exprstmts holds suspension points in the expressions of
// statements: operator assignments with calls on the left, if-else chains,
// switch tags and cases, type switches and assertions of yields, method
// values of yields.
package asyncexprstmts

import (
	"fmt"
	"strings"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// val logs its name and returns v.
func val(tr *difftest.Trace, name string, v int) int {
	tr.Log("eval %s", name)
	return v
}

type box struct{ n int }

// compound uses operator assignments whose left side has calls: they run
// once, before the yield.
//
//agen:generator
func compound(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	xs := []int{1, 2, 3}
	m := map[string]int{}
	b := &box{}
	getB := func() *box { tr.Log("getB"); return b }
	key := func() string { tr.Log("key"); return "k" }
	xs[val(tr, "i", 1)] += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	m[key()] += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	m[key()] -= y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))) * 2
	getB().n += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))
	*(&getB().n) *= y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5)))) + 1
	tr.Log("xs=%v m=%v b=%v", xs, m, *b)
	xs[val(tr, "j", 0)], m[key()] = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](6)))), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](7))))
	tr.Log("xs=%v m=%v", xs, m)
}

type word string

func (w word) upper() string { return strings.ToUpper(string(w)) }

// chains yields in method values, if-else chains, conditions with
// short circuits, switch tags and cases, and returns.
//
//agen:generator
func chains(y *agen.AsyncYielder[string, word], tr *difftest.Trace) error {
	up := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("a")))).upper
	tr.Log("up=%s", up())
	if v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("b")))); v == "" {
		tr.Log("empty")
	} else if w := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](string(v))))); w != v {
		tr.Log("differ %s %s", v, w)
	} else {
		tr.Log("same %s", w)
	}
	if _, err := fmt.Sscan(string(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("c"))))), new(int)); err != nil || y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("d")))) == "x" {
		tr.Log("scan failed or x: %v", err)
	}
	switch y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("e")))) {
	case "ab":
		return fmt.Errorf("ab %s", y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("f")))))
	case y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("g")))):
		tr.Log("matched g")
	}
	return nil
}

// typeSw switches on the type of yields' results and asserts them.
//
//agen:generator
func typeSw(y *agen.AsyncYielder[int, any], tr *difftest.Trace) {
	for i := range 4 {
		switch v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))).(type) {
		case nil:
			tr.Log("nil")
		case int:
			tr.Log("int %d", v+y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100)))).(int))
		case string:
			tr.Log("string %s", v)
		default:
			tr.Log("other %T", v)
		}
	}
	n, ok := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5)))).(int)
	tr.Log("n=%d ok=%v", n, ok)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("compound",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return compoundGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { compound(y, tr); return nil },
		1, 2),
	difftest.Async("chains",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, word] { return chainsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, word]) error { return chains(y, tr) },
		"ab", "12", "", "x"),
	difftest.Async("typeSw",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, any] { return typeSwGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, any]) error { typeSw(y, tr); return nil },
		1, "s", 2.5, 7),
}
