// Package advflow holds tangled control flow (labelled break out of a
// switch through a select and a loop, fallthrough, goto forward into a
// labelled loop, defers in it), a method generator on a generic type with
// a map type parameter, and a method constructor promoted through
// embedding.
package asyncadvflow

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

//agen:generator
func tangled(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	ch := make(chan int, 1)
	defer func() { tr.Log("end err=%v", err) }()
outer:
	switch v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0)))); {
	case v >= 0:
	loop:
		for i := 0; ; i++ {
			ch <- i
		sel:
			select {
			case x := <-ch:
				switch {
				case x == 0:
					tr.Log("zero")
					continue loop
				case x == 1:
					if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x)))) > 3 {
						break outer
					}
					break sel
				case x == 2:
					if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x)))) == 1 {
						break loop
					}
					fallthrough
				case x == 3:
					tr.Log("three-ish %d", x)
					if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](30)))) == 2 {
						goto out
					}
				default:
					break loop
				}
				tr.Log("after switch %d", x)
			}
			tr.Log("after select %d", i)
		}
		tr.Log("after loop")
		if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](40)))) == 5 {
			return errors("five")
		}
	default:
		tr.Log("negative")
	}
	tr.Log("after outer")
out:
	for i := range 2 {
		defer tr.Log("out defer %d", i)
		if i == 1 {
			goto done
		}
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100+i))))
	}
done:
	return nil
}

type errors string

func (e errors) Error() string { return string(e) }

type index[K cmp.Ordered, V any, M ~map[K]V] struct {
	m M
}

//agen:generator
func (ix index[K, V, M]) sorted(y *agen.AsyncYielder[K, V], tr *difftest.Trace) {
	keys := make([]K, 0, len(ix.m))
	for k := range ix.m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[K](k))))
		ix.m[k] = v
	}
	tr.Log("m=%v", fmt.Sprint(len(ix.m)))
}

type base struct{ n int }

//agen:generator
func (b *base) up(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	for b.n < 3 {
		b.n += 1 + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](b.n))))
	}
}

type derived struct {
	base
	name string
}

type myMap map[string][]int

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("tangled",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return tangledGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return tangled(y, tr) },
		-1, 4, 1, 2, 5),
	difftest.Async("sorted",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, []int] {
			return index[string, []int, myMap]{myMap{"b": nil, "a": {1}}}.sortedGen(tr)
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, []int]) error {
			index[string, []int, myMap]{myMap{"b": nil, "a": {1}}}.sorted(y, tr)
			return nil
		},
		[]int{7}),
	difftest.Async("promotedCtor",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { d := &derived{}; return d.upGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			d := &derived{}
			d.up(y, tr)
			return nil
		},
		0, 1),
}
