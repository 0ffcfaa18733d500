// Package rangemap holds generators whose range loops over maps suspend.
// The traces do not depend on the iteration order: single-entry maps,
// sums, sorted keys, counts. Entries deleted before they are reached,
// whether by the body or by a closure it calls, are not produced.
package asyncrangemap

import (
	"fmt"
	"math"
	"slices"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// single ranges over single-entry maps in every form.
//
//agen:generator
func single(y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace) {
	m := map[string]int{"only": 7}
	for k, v := range m {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(k, v)))))
		tr.Log("k %s v %d", k, v)
	}
	for k := range m {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](k))))
	}
	for _, v := range m {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(v)))))
	}
	for range m {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("none"))))
	}
	var k string
	var v int
	for k, v = range m {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("assigned"))))
	}
	tr.Log("after: %s %d", k, v)
	var nilMap map[int]int
	for k, v := range nilMap {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(k, v)))))
	}
}

// sums ranges over a map of several entries, logging what does not depend
// on the order.
//
//agen:generator
func sums(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
	sum, n := 0, 0
	var keys []string
	for k, v := range m {
		n++
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
		sum += v
		keys = append(keys, k)
	}
	slices.Sort(keys)
	tr.Log("sum %d keys %v", sum, keys)
	n = 0
	for k := range m {
		n++
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-n))))
		delete(m, k)
	}
	tr.Log("len %d", len(m))
}

// deleteOthers deletes, at the first iteration, every other entry: no
// other iteration happens. It does so before the yield and after it, with
// and without the values.
//
//agen:generator
func deleteOthers(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	m := map[int]int{1: 1, 2: 2, 3: 3, 4: 4}
	n := 0
	for k := range m {
		n++
		for o := range m {
			if o != k {
				delete(m, o)
			}
		}
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
	}
	tr.Log("iterations %d len %d", n, len(m))
	m = map[int]int{1: 1, 2: 2, 3: 3, 4: 4}
	n = 0
	for k, v := range m {
		n++
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n*10))))
		for o := range m {
			if o != k {
				delete(m, o)
			}
		}
		tr.Log("v is k %v", k == v)
	}
	tr.Log("iterations %d len %d", n, len(m))
}

// clearing clears the map at the first iteration.
//
//agen:generator
func clearing(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	m := map[string]bool{"x": true, "y": true, "z": true}
	n := 0
	for range m {
		n++
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
		clear(m)
	}
	tr.Log("iterations %d", n)
}

// deleteSelf deletes the entry being visited: the others still come.
//
//agen:generator
func deleteSelf(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	m := map[int]string{1: "a", 2: "b", 3: "c"}
	n, sum := 0, 0
	for k, v := range m {
		delete(m, k)
		n++
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
		sum += k + len(v)
	}
	tr.Log("n %d sum %d len %d", n, sum, len(m))
}

var shared map[string]int

func dropAllBut(keep string) {
	for k := range shared {
		if k != keep {
			delete(shared, k)
		}
	}
}

// deleteThroughGlobal ranges over a map shared through a package-level
// variable, which a function it calls empties of the unreached entries.
//
//agen:generator
func deleteThroughGlobal(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	shared = map[string]int{"p": 1, "q": 1, "r": 1}
	n := 0
	for k, v := range shared {
		n += v
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
		dropAllBut(k)
	}
	tr.Log("n %d len %d", n, len(shared))
}

// deleteThroughClosure deletes through a closure that captured the map.
//
//agen:generator
func deleteThroughClosure(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	m := map[int]int{10: 1, 20: 1, 30: 1}
	drop := func(keep int) {
		for k := range m {
			if k != keep {
				delete(m, k)
			}
		}
	}
	n := 0
	for k := range m {
		n++
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
		drop(k)
	}
	tr.Log("n %d len %d", n, len(m))
}

// updateUnreached changes the values of entries not reached yet: they are
// produced with the new values.
//
//agen:generator
func updateUnreached(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	m := map[string]int{"a": 1, "b": 1, "c": 1, "d": 1}
	sum, n := 0, 0
	for _, v := range m {
		n++
		sum += v
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
		for k := range m {
			m[k] = 10
		}
	}
	tr.Log("sum %d", sum)
}

// reassign assigns the map variable in the body: the loop goes on over
// the map it started with.
//
//agen:generator
func reassign(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	m := map[int]int{1: 1, 2: 2, 3: 3}
	sum := 0
	for _, v := range m {
		m = map[int]int{}
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](len(m)))))
		sum += v
	}
	tr.Log("sum %d", sum)
}

// nanKeys ranges over a map with NaN keys, which cannot be looked up.
//
//agen:generator
func nanKeys(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	m := map[float64]int{1: 1}
	m[math.NaN()] = 10
	m[math.NaN()] = 100
	sum, n := 0, 0
	for k, v := range m {
		n++
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
		sum += v
		if k == 1 {
			delete(m, 1)
		}
	}
	tr.Log("n %d sum %d", n, sum)
	n = 0
	for range m {
		n++
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-n))))
	}
	tr.Log("n %d", n)
}

// mapClosures captures the key and value of each iteration in closures
// called after the loop.
//
//agen:generator
func mapClosures(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	m := map[int]string{1: "a", 2: "b", 3: "c"}
	var fs []func() string
	for k, v := range m {
		fs = append(fs, func() string { return fmt.Sprint(k, v) })
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](len(fs)))))
		v += "!"
	}
	var got []string
	for _, f := range fs {
		got = append(got, f())
	}
	slices.Sort(got)
	tr.Log("%v", got)
}

// nanClear clears a map of NaN keys at the first iteration: clear removes
// NaN entries too, so no other iteration happens.
//
//agen:generator
func nanClear(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	m := map[float64]int{}
	for range 3 {
		m[math.NaN()] = 1
	}
	n := 0
	for range m {
		n++
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
		clear(m)
	}
	tr.Log("iterations %d", n)
	for range 3 {
		m[math.NaN()] = 1
	}
	n = 0
	for _, v := range m {
		n += v
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-n))))
		clear(m)
	}
	tr.Log("iterations %d", n)
}

// growing adds many entries at each iteration: every original entry is
// still produced exactly once, with its value (the added ones, which may or
// may not come, are skipped without a trace).
//
//agen:generator
func growing(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	m := map[int]int{1: 1, 2: 2, 3: 3, 4: 4}
	seen := map[int]int{}
	next := 1000
	originals := 0
	for k, v := range m {
		if k >= 1000 {
			continue
		}
		seen[k]++
		originals++
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](originals))))
		if k != v {
			tr.Log("wrong value %d %d", k, v)
		}
		for range 100 {
			m[next] = next
			next++
		}
	}
	tr.Log("originals %d distinct %d", originals, len(seen))
}

// growingDeleting deletes the unreached original entries and grows the
// map at the first iteration: no other original entry comes.
//
//agen:generator
func growingDeleting(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	m := map[int]int{1: 1, 2: 2, 3: 3, 4: 4}
	next := 1000
	originals := 0
	for k := range m {
		if k >= 1000 {
			continue
		}
		originals++
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](originals))))
		for o := range 5 {
			if o != k {
				delete(m, o)
			}
		}
		for range 200 {
			m[next] = next
			next++
		}
	}
	tr.Log("originals %d", originals)
}

// mapRestart nests two range loops over the same map and restarts the
// outer one by goto: each loop has its own iteration, started afresh.
//
//agen:generator
func mapRestart(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	m := map[int]int{1: 1, 2: 1, 3: 1}
	rounds, total := 0, 0
again:
	for _, v := range m {
		for _, w := range m {
			total += v * w
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](total))))
		}
		if rounds == 0 {
			rounds++
			goto again
		}
	}
	tr.Log("rounds %d total %d", rounds, total)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("single",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] { return singleGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error { single(y, tr); return nil }),
	difftest.Async("sums",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return sumsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { sums(y, tr); return nil }),
	difftest.Async("deleteOthers",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return deleteOthersGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { deleteOthers(y, tr); return nil }),
	difftest.Async("clearing",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return clearingGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { clearing(y, tr); return nil }),
	difftest.Async("deleteSelf",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return deleteSelfGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { deleteSelf(y, tr); return nil }),
	difftest.Async("deleteThroughGlobal",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return deleteThroughGlobalGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
			deleteThroughGlobal(y, tr)
			return nil
		}),
	difftest.Async("deleteThroughClosure",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return deleteThroughClosureGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
			deleteThroughClosure(y, tr)
			return nil
		}),
	difftest.Async("updateUnreached",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return updateUnreachedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
			updateUnreached(y, tr)
			return nil
		}),
	difftest.Async("reassign",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return reassignGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { reassign(y, tr); return nil }),
	difftest.Async("mapClosures",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return mapClosuresGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { mapClosures(y, tr); return nil }),
	difftest.Async("nanClear",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return nanClearGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { nanClear(y, tr); return nil }),
	difftest.Async("growing",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return growingGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { growing(y, tr); return nil }),
	difftest.Async("growingDeleting",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return growingDeletingGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
			growingDeleting(y, tr)
			return nil
		}),
	difftest.Async("mapRestart",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return mapRestartGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { mapRestart(y, tr); return nil }),
	difftest.Async("nanKeys",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return nanKeysGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { nanKeys(y, tr); return nil }),
}
