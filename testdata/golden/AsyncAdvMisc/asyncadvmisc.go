// Package advmisc holds unsafe, local constants, anonymous structs,
// switch and select forms with yields in odd places, and channel ranges.
package asyncadvmisc

import (
	"fmt"
	"slices"
	"strings"
	"unsafe"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type pair struct {
	a int32
	b int64
}

// unsafeUse takes pointers through unsafe across yields.
//
//agen:generator
func unsafeUse(y *agen.AsyncYielder[uintptr, int], tr *difftest.Trace) {
	x := int64(5)
	p := unsafe.Pointer(&x)
	*(*int64)(p) += int64(y.Yield(difftest.Value(agen.Await(y, difftest.Later[uintptr](unsafe.Sizeof(x))))))
	tr.Log("x=%d", x)
	var pr pair
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[uintptr](unsafe.Offsetof(pr.b)))))
	pb := (*int64)(unsafe.Add(unsafe.Pointer(&pr), unsafe.Offsetof(pr.b)))
	*pb = int64(y.Yield(difftest.Value(agen.Await(y, difftest.Later[uintptr](unsafe.Alignof(pr))))))
	tr.Log("pr=%v", pr)
	bs := []byte("hello")
	s := unsafe.String(&bs[0], len(bs))
	bs[0] = byte('a' + y.Yield(difftest.Value(agen.Await(y, difftest.Later[uintptr](0))))%26)
	tr.Log("s=%s", s)
	arr := [4]int{1, 2, 3, 4}
	sl := unsafe.Slice(&arr[1], 2)
	sl[y.Yield(difftest.Value(agen.Await(y, difftest.Later[uintptr](1))))%2] = 9
	tr.Log("arr=%v", arr)
}

// consts declares constants (with iota, typed, untyped) in the body and
// uses them across yields.
//
//agen:generator
func consts(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	const (
		a = iota * 10
		b
		c
	)
	type weekday int
	const (
		mon weekday = iota + 1
		tue
	)
	const big = 1 << 40
	const greeting = "hi"
	n := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(a, b, c)))))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(mon, tue, big>>38+n)))))
	const n2 = len(greeting)
	var arr [n2 + 1]int
	arr[y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](greeting))))%len(arr)] = c
	tr.Log("arr=%v %v", arr, tue)
	{
		const a = "shadow"
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](a+fmt.Sprint(b)))))
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(a)))))
}

// anonStructs keeps anonymous struct values and slices of them across
// yields.
//
//agen:generator
func anonStructs(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	s := struct {
		name string
		n    int `tag:"n"`
		pair
	}{name: "s", n: 1}
	t := s
	s.n = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](s.name))))
	s.a = int32(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("a")))))
	tr.Log("s=%+v t=%+v", s, t)
	list := []struct{ k, v string }{{"a", "1"}, {"b", "2"}}
	for _, e := range list {
		e.v += fmt.Sprint(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](e.k)))))
		tr.Log("e=%v", e)
	}
	m := map[struct{ x, y int }]string{{1, 2}: "one-two"}
	k := struct{ x, y int }{1, y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("key"))))}
	v, ok := m[k]
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(v, ok)))))
	var iface any = s
	s.n = 100
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("%+v", iface)))))
}

// switchForms has yields in switch inits, tags and later cases, evaluated
// lazily in order.
//
//agen:generator
func switchForms(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i := range 3 {
		switch x := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))); {
		case x > y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10)))):
			tr.Log("first %d", x)
		case x == y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](20)))):
			tr.Log("second %d", x)
		case func() bool { tr.Log("lit case"); return x < 0 }():
			tr.Log("third")
		default:
			tr.Log("default %d", x)
		}
		switch y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](30)))) {
		case 1, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](31)))), 3:
			tr.Log("one-ish")
			fallthrough
		case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](32)))):
			tr.Log("after fallthrough")
		}
	}
}

// selectForms has a default with a yield, a nil channel case, and send
// values that yield.
//
//agen:generator
func selectForms(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	var nilCh chan int
	ch := make(chan int, 1)
	for i := range 3 {
		select {
		case v := <-nilCh:
			tr.Log("never %d", v)
		case ch <- y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))) * 2:
			tr.Log("sent")
		default:
			tr.Log("default %d", y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-i)))))
		}
	}
	select {
	case v, ok := <-ch:
		tr.Log("got %d %v", v, ok)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
	default:
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-100))))
	}
	close(ch)
	for range 2 {
		select {
		case v, ok := <-ch:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
			tr.Log("closed %v", ok)
		}
	}
}

// chanRanges ranges over channels and iterator functions with yields in
// the channel loop.
//
//agen:generator
func chanRanges(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	ch := make(chan string, 4)
	for _, s := range []string{"a", "b", "c"} {
		ch <- s
	}
	close(ch)
	for s := range ch {
		n := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](s))))
		if n == 7 {
			break
		}
	}
	tr.Log("left %d", len(ch))
	for range ch {
		tr.Log("drain")
	}
	var sb strings.Builder
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Fprint(&sb, i, v)
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](sb.String()))))
	for v := range slices.Values(slices.Sorted(slices.Values([]string{"q", "p"}))) {
		sb.WriteString(v)
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](sb.String()))))
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("unsafeUse",
		func(tr *difftest.Trace) agen.AsyncGenerator[uintptr, int] { return unsafeUseGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[uintptr, int]) error { unsafeUse(y, tr); return nil },
		1, 2),
	difftest.Async("consts",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return constsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { consts(y, tr); return nil },
		1, 2),
	difftest.Async("anonStructs",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return anonStructsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { anonStructs(y, tr); return nil },
		2, 3),
	difftest.Async("switchForms",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return switchFormsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { switchForms(y, tr); return nil },
		1, 20, 3, -1),
	difftest.Async("selectForms",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return selectFormsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { selectForms(y, tr); return nil },
		1, 2),
	difftest.Async("chanRanges",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return chanRangesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { chanRanges(y, tr); return nil },
		7, 1),
}
