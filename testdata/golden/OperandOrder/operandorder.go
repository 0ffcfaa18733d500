// Package operandorder holds bodies that read and evaluate operands that
// can panic, or that a later call changes, next to yields. The spec leaves
// the order of such operands open; gc reads most after the calls of their
// expression, but evaluates some where they stand: values it converts to
// interfaces through a copy, type assertions, some builtins, conversions
// of strings to slices. The generated bodies follow gc (a plain build:
// -race evaluates more in order, and no case here depends on that).
package operandorder

import (
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// val logs its name and returns v.
func val(tr *difftest.Trace, name string, v int) int {
	tr.Log("val %s=%d", name, v)
	return v
}

type pt struct{ x, y int }

type big struct{ a, b, c, d, e int }

type holder struct {
	v any
	n int
}

type ptr struct{ x int }

func take(a, b int)           {}
func takeT(a pt, b int)       {}
func takeArr(a [3]int, b int) {}
func takeAny(a any, b int)    {}
func takeBool(a bool, b int)  {}

//go:noinline
func takeAnyCall(a any, b int) {}

//go:noinline
func takeTCall(a pt, b int) {}

//go:noinline
func callIt(f func() int) int { return f() }

func show(tr *difftest.Trace, a ...any) { tr.Log("%v", a) }

var global = pt{1, 2}

// reads reads variables next to a call that changes them and a yield:
// gc copies a struct it converts to an interface where the conversion
// stands when it keeps the variable in registers, and reads the others
// after the call.
//
//agen:generator
func reads(y *agen.Yielder[int, int], tr *difftest.Trace, which int, param pt) {
	p := pt{1, 2}
	q := pt{1, 2}
	qp := &q
	b := big{1, 2, 3, 4, 5}
	arr := [3]int{1, 2, 3}
	one := [1]pt{{1, 2}}
	s := "ab"
	bs := []byte("ab")
	n := 1
	bump := func() int {
		p.x += 10
		qp.x += 10
		b.a += 10
		arr[0] += 10
		one[0].x += 10
		param.x += 10
		s += "!"
		bs[0] = 'X'
		n += 10
		tr.Log("bump")
		return 0
	}
	switch which {
	case 0:
		show(tr, p, bump(), y.Yield(1))
	case 1:
		show(tr, q, bump(), y.Yield(1))
	case 2:
		show(tr, b, bump(), y.Yield(1))
	case 3:
		show(tr, arr, bump(), y.Yield(1))
	case 4:
		show(tr, one, bump(), y.Yield(1))
	case 5:
		show(tr, param, bump(), y.Yield(1))
	case 6:
		global = pt{1, 2}
		bumpGlobal := func() int { global.x += 10; return 0 }
		show(tr, global, bumpGlobal(), y.Yield(1))
	case 7:
		show(tr, []byte(s), bump(), y.Yield(1))
	case 8:
		show(tr, string(bs), bump(), y.Yield(1))
	case 9:
		show(tr, min(n, 100), bump(), y.Yield(1))
	case 10:
		show(tr, any(p), bump(), y.Yield(1))
	case 11:
		show(tr, []any{p, q}, bump(), y.Yield(1))
	case 12:
		show(tr, holder{v: p}, bump(), y.Yield(1))
	case 13:
		show(tr, p == pt{1, 2}, bump(), y.Yield(1))
	case 14:
		show(tr, *qp, bump(), y.Yield(1))
	case 15:
		show(tr, p.x, bump(), y.Yield(1))
	case 16:
		show(tr, []rune(s), bump(), y.Yield(1))
	case 17:
		takeAnyCall(p, bump()+y.Yield(1))
		tr.Log("%v", p)
	case 18:
		show(tr, real(complex(float64(n), 0)), bump(), y.Yield(1))
	case 19:
		show(tr, n > 5 || false, bump(), y.Yield(1))
	case 20:
		show(tr, map[int]int{1: n}, bump(), y.Yield(1))
	case 21:
		r := pt{1, 2}
		show(tr, r, callIt(func() int { r.x += 10; return 0 }), y.Yield(1))
	case 22:
		r := pt{1, 2}
		show(tr, r, func() int { r.x += 10; return 0 }(), y.Yield(1))
	case 23:
		m := map[string]int{"ab": 1, "Xb": 2}
		show(tr, m[string(bs)], bump(), y.Yield(1))
	}
}

// escaped reads a variable that a closure gc cannot inline changes: gc
// takes its address, and reads it after the call.
//
//agen:generator
func escaped(y *agen.Yielder[int, int], tr *difftest.Trace) {
	p := pt{1, 2}
	bump := func() int {
		p.x += 10
		return 0
	}
	show(tr, p, callIt(bump), y.Yield(1))
	show(tr, p, bump(), y.Yield(2))
}

// panics yields next to operands that panic: gc evaluates some before the
// yield, the others after it.
//
//agen:generator
func panics(y *agen.Yielder[int, int], tr *difftest.Trace, which int) {
	zero := 0
	neg := -1
	xs := []int{1}
	var np *pt
	var ip any = 3
	var s []int
	var ps []pt
	switch which {
	case 0:
		take(1/zero, y.Yield(1))
	case 1:
		takeAny(1/zero, y.Yield(1))
	case 2:
		fmt.Println(1/zero, y.Yield(1))
	case 3:
		take(xs[val(tr, "i", 5)], y.Yield(1))
	case 4:
		takeAny(xs[val(tr, "i", 5)], y.Yield(1))
	case 5:
		take(np.x, y.Yield(1))
	case 6:
		takeAny(*np, y.Yield(1))
	case 7:
		takeT(*np, y.Yield(1))
	case 8:
		takeAny(ip.(*ptr), y.Yield(1))
	case 9:
		takeAny(ip.(string), y.Yield(1))
	case 10:
		take(1<<neg, y.Yield(1))
	case 11:
		takeArr([3]int(s), y.Yield(1))
	case 12:
		takeAny([3]int(s), y.Yield(1))
	case 13:
		_ = []int{1 / zero, y.Yield(1)}
	case 14:
		_ = pt{1 / zero, y.Yield(1)}
	case 15:
		_ = 1/zero + y.Yield(1)
	case 16:
		a, b := 1/zero, y.Yield(1)
		_, _ = a, b
	case 17:
		takeAny(pt{1 / zero, 0}, y.Yield(1))
	case 18:
		takeAny(ps[val(tr, "i", 0)], y.Yield(1))
	case 19:
		takeAny(s[:val(tr, "h", 3)], y.Yield(1))
	case 20:
		takeAny((*[3]int)(s), y.Yield(1))
	case 21:
		var arr [2]pt
		takeAny(arr[val(tr, "i", 5)%8], y.Yield(1))
	case 22:
		var fn func() int
		take(fn(), y.Yield(1))
	case 23:
		takeAny(ip.(*ptr) == nil, y.Yield(1))
	case 24:
		takeAny(min(1/zero, 2), y.Yield(1))
	case 25:
		takeAnyCall(*np, y.Yield(1))
	case 26:
		takeTCall(*np, y.Yield(1))
	case 27:
		show(tr, []any{[2]int(s)}, y.Yield(1))
	case 28:
		show(tr, holder{v: *np}, y.Yield(1))
	case 29:
		show(tr, any(ps[val(tr, "i", 3)]), y.Yield(1))
	case 30:
		show(tr, pt{1 / zero, 0} == pt{}, y.Yield(1))
	case 31:
		show(tr, ip.(pt), y.Yield(1))
	case 32:
		show(tr, [1]int{1 / zero}, y.Yield(1))
	case 33:
		show(tr, *np == pt{}, y.Yield(1))
	case 34:
		show(tr, s[val(tr, "i", 2)], y.Yield(1))
	case 35:
		str := ""
		show(tr, str[val(tr, "i", 1)], y.Yield(1))
	case 36:
		takeBool(pt{1 / zero, 0} == pt{}, y.Yield(1))
	case 37:
		takeBool(*np == pt{}, y.Yield(1))
	case 38:
		takeBool([2]int(s) == [2]int{}, y.Yield(1))
	case 39:
		takeBool(np == nil || pt{1 / zero, 0} != pt{}, y.Yield(1))
	}
	tr.Log("end")
}

func readsCase(which int) difftest.Case {
	return difftest.Sync(fmt.Sprint("reads", which),
		func(tr *difftest.Trace) agen.Generator[int, int] { return readsGen(tr, which, pt{1, 2}) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { reads(y, tr, which, pt{1, 2}); return nil })
}

func panicsCase(which int) difftest.Case {
	return difftest.Sync(fmt.Sprint("panics", which),
		func(tr *difftest.Trace) agen.Generator[int, int] { return panicsGen(tr, which) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { panics(y, tr, which); return nil })
}

// Suite is the differential suite of this package.
var Suite = func() difftest.Suite {
	s := difftest.Suite{
		difftest.Sync("escaped",
			func(tr *difftest.Trace) agen.Generator[int, int] { return escapedGen(tr) },
			func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { escaped(y, tr); return nil }),
	}
	for i := range 24 {
		s = append(s, readsCase(i))
	}
	for i := range 40 {
		s = append(s, panicsCase(i))
	}
	return s
}()
