// Package reviewfixes holds the bodies of a code review's findings, each
// once miscompiled: labelled loops kept as written around closures,
// variables named like package types, constants of lowered blocks, panics
// while computing a yielded value, body types named like generated ones,
// labels of closures.
package asyncreviewfixes

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type config struct{ n int }

func load(n int) config { return config{n} }

type item struct{ n int }

func mk(n int) item { return item{n} }

const limit = 100

// labelledLoop keeps a labelled loop as written; a closure in it captures
// a variable that lives across yields.
//
//agen:generator
func labelledLoop(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	n := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 3; j++ {
			if func() bool { return i+j > n }() {
				continue outer
			}
			tr.Log("%d %d", i, j)
		}
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
}

// typeNames names variables like package-level types.
//
//agen:generator
func typeNames(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))
	config := load(1)
	get := func() int { return config.n }
	item := mk(2)
	other := mk(3)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](get()+item.n+other.n))))
	tr.Log("%v %v", config, item)
}

// constants declares a constant in a lowered block, named like a
// package-level one used after the block.
//
//agen:generator
func constants(y *agen.AsyncYielder[int, int], n int) {
	if n > 0 {
		const limit = 5
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](limit))))
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](limit))))
}

// panicsInValue panics while computing a yielded value: its deferred
// calls run and it ends.
//
//agen:generator
func panicsInValue(y *agen.AsyncYielder[int, int], tr *difftest.Trace, xs []int) {
	defer func() { tr.Log("recovered %v", recover() != nil) }()
	for i := range 4 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](xs[i]))))
		tr.Log("after %d", i)
	}
}

// generatedNames declares types named like the generated ones.
//
//agen:generator
func generatedNames(y *agen.AsyncYielder[string, int]) {
	type frame struct{ s string }
	type defer_ struct{ n int }
	f := frame{"f"}
	d := defer_{1}
	d.n += y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](f.s))))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](f.s+string(rune('0'+d.n))))))
}

// closureLabels has a closure with a label of the same name as the body's.
//
//agen:generator
func closureLabels(y *agen.AsyncYielder[int, int]) {
	retry := func(n int) int {
		tries := 0
	again:
		tries++
		if tries < n {
			goto again
		}
		return tries
	}
again:
	for i := range 3 {
		if i == 2 {
			break again
		}
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](retry(i+1)))))
	}
}

// retry jumps back to a labelled loop kept as written whose closures
// capture a variable that lives across yields.
//
//agen:generator
func retry(y *agen.AsyncYielder[int, int], xs []int) {
	n := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))
	tries := 0
again:
	for _, x := range xs {
		if func() bool { return x > n }() {
			tries++
			continue again
		}
	}
	if tries < 3 {
		goto again
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n+tries))))
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("labelledLoop",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return labelledLoopGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { labelledLoop(y, tr); return nil },
		2, 3),
	difftest.Async("typeNames",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return typeNamesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { typeNames(y, tr); return nil }),
	difftest.Async("constants",
		func(*difftest.Trace) agen.AsyncGenerator[int, int] { return constantsGen(1) },
		func(_ *difftest.Trace, y *agen.AsyncYielder[int, int]) error { constants(y, 1); return nil }),
	difftest.Async("panicsInValue",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return panicsInValueGen(tr, []int{1, 2}) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			panicsInValue(y, tr, []int{1, 2})
			return nil
		}),
	difftest.Async("generatedNames",
		func(*difftest.Trace) agen.AsyncGenerator[string, int] { return generatedNamesGen() },
		func(_ *difftest.Trace, y *agen.AsyncYielder[string, int]) error { generatedNames(y); return nil },
		1, 2),
	difftest.Async("retry",
		func(*difftest.Trace) agen.AsyncGenerator[int, int] { return retryGen([]int{1, 5, 9}) },
		func(_ *difftest.Trace, y *agen.AsyncYielder[int, int]) error { retry(y, []int{1, 5, 9}); return nil },
		2, 4),
	difftest.Async("closureLabels",
		func(*difftest.Trace) agen.AsyncGenerator[int, int] { return closureLabelsGen() },
		func(_ *difftest.Trace, y *agen.AsyncYielder[int, int]) error { closureLabels(y); return nil }),
}
