// Package ranges holds generators whose range loops suspend: over ints,
// slices, arrays, pointers to arrays, strings and channels, with := and =,
// and with the key or value unused.
package asyncranges

import (
	"fmt"
	"slices"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type count int

// rangeInt ranges over ints: the bound is evaluated once, assigning the
// variable does not change the iteration, typed bounds keep their type.
//
//agen:generator
func rangeInt(y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace) {
	n := 3
	for i := range n {
		n = 0
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("i %d", i)))))
		i += 10
		tr.Log("i changed to %d", i)
	}
	for range 2 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("untyped"))))
	}
	var c count = 2
	for i := range c {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("%T %v", i, i)))))
	}
	for i := range int8(2) {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("%T %v", i, i)))))
	}
	for i := range -1 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("negative %d", i)))))
	}
	var j int64 = 99
	for j = range 3 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("j %d", j)))))
	}
	tr.Log("after j %d", j)
}

// rangeSlice ranges over a slice: its length is fixed once, its elements
// are read as reached.
//
//agen:generator
func rangeSlice(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	s := []int{1, 2, 3}
	for i, v := range s {
		s[len(s)-1] = 100 + i
		s = append(s, 9)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
		tr.Log("i %d v %d len %d", i, v, len(s))
	}
	var nilSlice []string
	for i := range nilSlice {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
}

// rangeArray ranges over an array by value: it is copied once.
//
//agen:generator
func rangeArray(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	a := [3]int{1, 2, 3}
	for i, v := range a {
		a[2] = 99
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
		tr.Log("i %d a[2] %d", i, a[2])
	}
	for i, v := range a {
		a[i] = -v
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	tr.Log("a %v", a)
	for i := range a {
		a[i] = 0
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	tr.Log("a %v", a)
	for i := range [2]string{} {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	for range a {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-9))))
	}
	for i := range arrayOf(tr) {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
}

func arrayOf(tr *difftest.Trace) [2]int {
	tr.Log("arrayOf called")
	return [2]int{7, 8}
}

// rangePointer ranges over a pointer to an array: the array is read as
// reached; a nil pointer gives its indices when its values are unused.
//
//agen:generator
func rangePointer(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	p := &[3]int{1, 2, 3}
	for i, v := range p {
		p[2] = 99
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
		tr.Log("i %d", i)
	}
	var np *[2]int
	for i := range np {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100+i))))
	}
	for range np {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](200))))
	}
}

// rangeNilPointerValues panics at the first value of a nil pointer.
//
//agen:generator
func rangeNilPointerValues(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	var np *[2]int
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))
	for i, v := range np {
		tr.Log("unreached %d", i)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
	}
}

type label string

// rangeString ranges over runes at byte offsets, with invalid UTF-8.
//
//agen:generator
func rangeString(y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace) {
	s := "hé\xffz€\xe2\x82"
	for i, r := range s {
		s = "changed"
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("%d:%q", i, r)))))
	}
	for i, r := range "aé\xffb" {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(i, r)))))
	}
	for i := range "aé\xffb" {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(i)))))
	}
	for i, _ := range "\xffé" {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("blank ", i)))))
	}
	for range "日本" {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("rune"))))
	}
	type name string
	for i, r := range name("日本") {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("local %d %c", i, r)))))
	}
	for _, r := range "x\xed\xa0\x80y" {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("%U", r)))))
	}
	for i, r := range label("日本") {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("%d %c", i, r)))))
	}
	tr.Log("s %q", s)
}

// rangeChannel ranges over a buffered channel filled and closed before.
//
//agen:generator
func rangeChannel(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	ch := make(chan int, 4)
	for i := range 3 {
		ch <- i * 10
	}
	close(ch)
	for v := range ch {
		ch2 := ch
		ch = nil
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
		ch = ch2
		tr.Log("got %d", v)
	}
	done := make(chan struct{}, 2)
	done <- struct{}{}
	done <- struct{}{}
	close(done)
	for v := range done {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](len(fmt.Sprint(v))))))
	}
	more := make(chan string, 2)
	more <- "a"
	more <- "b"
	close(more)
	for range more {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-2))))
	}
}

type pair struct{ k, v int }

// rangeAssign ranges with = into existing variables, fields and elements.
//
//agen:generator
func rangeAssign(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	var i, v int
	for i, v = range []int{5, 6, 7} {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i*10+v))))
	}
	tr.Log("after: i %d v %d", i, v)
	var p pair
	for p.k, p.v = range [2]int{3, 4} {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](p.k+p.v))))
	}
	tr.Log("pair %v", p)
	arr := make([]int, 3)
	for arr[0] = range 3 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](arr[0]))))
	}
	tr.Log("arr %v", arr)
	var r rune
	for _, r = range "ab" {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](int(r)))))
	}
	tr.Log("r %c", r)
	for i = range 0 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	tr.Log("i unchanged %d", i)
}

// rangeUnused ranges with the key, the value or both unused.
//
//agen:generator
func rangeUnused(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	s := []int{1, 2}
	for range s {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))
	}
	for _ = range s {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	}
	for _, _ = range s {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	}
	for i, _ := range s {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10+i))))
	}
	for _, v := range s {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](20+v))))
	}
	tr.Log("end")
}

// rangeClosures captures the iteration variables of range loops in
// closures called after later yields.
//
//agen:generator
func rangeClosures(y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace) {
	var fs []func() string
	for i, v := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return fmt.Sprint(i, v) })
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](v))))
		v += "!"
	}
	for i := range 2 {
		fs = append(fs, func() string { i *= 3; return fmt.Sprint(i) })
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("int"))))
	}
	for i, r := range "xy" {
		fs = append(fs, func() string { return fmt.Sprint(i, string(r)) })
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("str"))))
	}
	for _, f := range fs {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](f()))))
		tr.Log("again %s", f())
	}
}

// rangeHot has yields in range expressions and changes the ranged
// variables in the body; a channel's loop feeds itself.
//
//agen:generator
func rangeHot(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i, v := range []int{y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1)))), y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-2))))} {
		tr.Log("slice %d %d", i, v)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
	}
	for i := range y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-3)))) % 4 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	p, other := &[2]int{1, 2}, &[2]int{7, 8}
	for _, v := range p {
		p = other
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
	}
	ch := make(chan int, 1)
	ch <- 1
	for v := range ch {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v*100))))
		if v < 3 {
			ch <- v + 1
		} else {
			close(ch)
		}
	}
	tr.Log("end")
}

// assignYield ranges with = into elements whose indices suspend: they are
// evaluated at each iteration.
//
//agen:generator
func assignYield(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	arr := make([]int, 3)
	for arr[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))%3] = range 3 {
		tr.Log("arr %v", arr)
	}
	m := map[int]int{}
	for m[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-2))))], m[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-3))))] = range []int{7, 8} {
		tr.Log("len %d", len(m))
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](arr[0]+arr[1]+arr[2]+len(m)))))
}

// rangeFuncHotX ranges over an iterator function made from a yield: only
// the range expression suspends, once, before the loop.
//
//agen:generator
func rangeFuncHotX(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for i, v := range slices.All(make([]int, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))%4)) {
		tr.Log("%d %d", i, v)
	}
}

type ints []int

// typeParams ranges over values of type-parameter types, by their core
// types: slice, map, int, string and channel.
//
//agen:generator
func typeParams[S ~[]E, E any, M ~map[string]E, N ~int8, Str ~string, C ~chan E](y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace, s S, m M, n N, str Str, c C) {
	for i, e := range s {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("s ", i, e)))))
	}
	for k, e := range m {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("m ", k, e)))))
	}
	for i := range n {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("n %T %v", i, i)))))
	}
	for i, r := range str {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("str ", i, r)))))
	}
	for i := range str {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("str key ", i)))))
	}
	for e := range c {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("c ", e)))))
	}
}

func filled() chan int {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	close(c)
	return c
}

// ptrParam ranges over type parameters whose core types are a pointer to
// an array (nil included, by its indices) and a map with a comparable key
// type parameter.
//
//agen:generator
func ptrParam[P ~*[3]E, E any, K comparable, M ~map[K]E](y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace, p P, m M) {
	for i := range p {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("key ", i)))))
	}
	var np P
	for i := range np {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("nil key ", i)))))
	}
	for i, v := range p {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(i, v)))))
	}
	for k := range m {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("m ", k)))))
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("rangeInt",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] { return rangeIntGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error { rangeInt(y, tr); return nil }),
	difftest.Async("rangeSlice",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return rangeSliceGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { rangeSlice(y, tr); return nil }),
	difftest.Async("rangeArray",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return rangeArrayGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { rangeArray(y, tr); return nil }),
	difftest.Async("rangePointer",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return rangePointerGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { rangePointer(y, tr); return nil }),
	difftest.Async("rangeNilPointerValues",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return rangeNilPointerValuesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
			rangeNilPointerValues(y, tr)
			return nil
		}),
	difftest.Async("rangeString",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] { return rangeStringGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			rangeString(y, tr)
			return nil
		}),
	difftest.Async("rangeChannel",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return rangeChannelGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { rangeChannel(y, tr); return nil }),
	difftest.Async("rangeAssign",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return rangeAssignGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { rangeAssign(y, tr); return nil }),
	difftest.Async("rangeUnused",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return rangeUnusedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { rangeUnused(y, tr); return nil }),
	difftest.Async("rangeHot",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return rangeHotGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { rangeHot(y, tr); return nil },
		3, 5, 2, 1),
	difftest.Async("assignYield",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return assignYieldGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { assignYield(y, tr); return nil },
		1, 2, 0),
	difftest.Async("rangeFuncHotX",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return rangeFuncHotXGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { rangeFuncHotX(y, tr); return nil },
		1, 2, 3),
	difftest.Async("typeParams",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] {
			return typeParamsGen(tr, ints{1, 2}, map[string]int{"k": 3}, int8(2), label("é\xff"), filled())
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			typeParams(y, tr, ints{1, 2}, map[string]int{"k": 3}, int8(2), label("é\xff"), filled())
			return nil
		}),
	difftest.Async("ptrParam",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] {
			return ptrParamGen(tr, &[3]int{1, 2, 3}, map[bool]int{true: 1})
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			ptrParam(y, tr, &[3]int{1, 2, 3}, map[bool]int{true: 1})
			return nil
		}),
	difftest.Async("rangeClosures",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] { return rangeClosuresGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			rangeClosures(y, tr)
			return nil
		}),
}
