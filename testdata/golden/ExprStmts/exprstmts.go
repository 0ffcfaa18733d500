// Package exprstmts holds suspension points in the expressions of
// statements: operator assignments with calls on the left, if-else chains,
// switch tags and cases, type switches and assertions of yields, method
// values of yields.
package exprstmts

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
func compound(y *agen.Yielder[int, int], tr *difftest.Trace) {
	xs := []int{1, 2, 3}
	m := map[string]int{}
	b := &box{}
	getB := func() *box { tr.Log("getB"); return b }
	key := func() string { tr.Log("key"); return "k" }
	xs[val(tr, "i", 1)] += y.Yield(1)
	m[key()] += y.Yield(2)
	m[key()] -= y.Yield(3) * 2
	getB().n += y.Yield(4)
	*(&getB().n) *= y.Yield(5) + 1
	tr.Log("xs=%v m=%v b=%v", xs, m, *b)
	xs[val(tr, "j", 0)], m[key()] = y.Yield(6), y.Yield(7)
	tr.Log("xs=%v m=%v", xs, m)
}

type word string

func (w word) upper() string { return strings.ToUpper(string(w)) }

// chains yields in method values, if-else chains, conditions with
// short circuits, switch tags and cases, and returns.
//
//agen:generator
func chains(y *agen.Yielder[string, word], tr *difftest.Trace) error {
	up := y.Yield("a").upper
	tr.Log("up=%s", up())
	if v := y.Yield("b"); v == "" {
		tr.Log("empty")
	} else if w := y.Yield(string(v)); w != v {
		tr.Log("differ %s %s", v, w)
	} else {
		tr.Log("same %s", w)
	}
	if _, err := fmt.Sscan(string(y.Yield("c")), new(int)); err != nil || y.Yield("d") == "x" {
		tr.Log("scan failed or x: %v", err)
	}
	switch y.Yield("e") {
	case "ab":
		return fmt.Errorf("ab %s", y.Yield("f"))
	case y.Yield("g"):
		tr.Log("matched g")
	}
	return nil
}

// typeSw switches on the type of yields' results and asserts them.
//
//agen:generator
func typeSw(y *agen.Yielder[int, any], tr *difftest.Trace) {
	for i := range 4 {
		switch v := y.Yield(i).(type) {
		case nil:
			tr.Log("nil")
		case int:
			tr.Log("int %d", v+y.Yield(100).(int))
		case string:
			tr.Log("string %s", v)
		default:
			tr.Log("other %T", v)
		}
	}
	n, ok := y.Yield(5).(int)
	tr.Log("n=%d ok=%v", n, ok)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("compound",
		func(tr *difftest.Trace) agen.Generator[int, int] { return compoundGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { compound(y, tr); return nil },
		1, 2),
	difftest.Sync("chains",
		func(tr *difftest.Trace) agen.Generator[string, word] { return chainsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, word]) error { return chains(y, tr) },
		"ab", "12", "", "x"),
	difftest.Sync("typeSw",
		func(tr *difftest.Trace) agen.Generator[int, any] { return typeSwGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, any]) error { typeSw(y, tr); return nil },
		1, "s", 2.5, 7),
}
