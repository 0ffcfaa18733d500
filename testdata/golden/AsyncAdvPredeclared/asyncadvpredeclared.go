// Package advpredeclared redeclares, at package level, predeclared names
// the generated code does not need (min, max, clear, copy, cap, delete,
// close, print, real, imag, complex, iota, uintptr, an identical byte).
package asyncadvpredeclared

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

func min(a, b int) int  { return -1 }
func max(a, b int) int  { return -2 }
func clear(x any)       {}
func copy(a, b any) int { return -3 }
func cap(x any) int     { return -4 }
func delete(x any)      {}
func close(x any)       {}
func print(x ...any)    {}
func println(x ...any)  {}
func real(x any) int    { return -5 }
func imag(x any) int    { return -6 }
func complex() int      { return -7 }

type uintptr = int
type byte = uint8

var iota = 9

//agen:generator
func shadows(y *agen.AsyncYielder[int, int], tr *difftest.Trace, m map[string]int, s string, ch chan int) {
	defer tr.Log("deferred %d", min(1, 2))
	defer delete(m)
	for k, v := range m {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
		tr.Log("k=%s", k)
	}
	for i, r := range s {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i+int(r)))))
	}
	for i := range 3 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i+max(1, 2)))))
	}
	xs := []int{1, 2, 3}
	for i, x := range xs {
		xs = append(xs, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x)))))
		tr.Log("i=%d cap=%d", i, cap(xs))
	}
	ch <- 1
	select {
	case v := <-ch:
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
	}
	var arr [4]byte
	for i := range arr {
		arr[i] = byte(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))))
	}
	tr.Log("arr=%v iota=%d %d", arr, iota, complex())
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("shadows",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] {
			return shadowsGen(tr, map[string]int{"a": 1}, "hé", make(chan int, 1))
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			shadows(y, tr, map[string]int{"a": 1}, "hé", make(chan int, 1))
			return nil
		},
		5, 6),
}
