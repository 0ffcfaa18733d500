// Package panicstate holds bodies that panic or call runtime.Goexit with no
// deferred call pending, on paths that call functions, that only may
// panic, and before the first yield. A panic finishes the generator (SPEC
// §3.8): the consumer's deferred calls, which run while the panic unwinds,
// find it finished, not running. The harness's Drain operations use it
// from such deferred calls.
package panicstate

import (
	"runtime"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// boom panics after its first yield, from a call.
//
//agen:generator
func boom(y *agen.Yielder[int, int], tr *difftest.Trace) {
	y.Yield(1)
	tr.Log("about to panic")
	panic("boom")
}

// boomFirst panics before its first yield.
//
//agen:generator
func boomFirst(y *agen.Yielder[int, int], tr *difftest.Trace) {
	tr.Log("about to panic")
	panic("boom first")
	y.Yield(1)
}

// index panics on a path that calls nothing: an index out of range.
//
//agen:generator
func index(y *agen.Yielder[int, int], xs []int) {
	for i := 0; ; i++ {
		y.Yield(xs[i])
	}
}

// divide panics on a path that calls nothing, where what it divides by was
// sent in.
//
//agen:generator
func divide(y *agen.Yielder[int, int]) {
	n := 12
	for {
		d := y.Yield(n)
		n = 12 / d
	}
}

// exit calls runtime.Goexit after a yield.
//
//agen:generator
func exit(y *agen.Yielder[int, int], tr *difftest.Trace) {
	y.Yield(1)
	tr.Log("exiting")
	runtime.Goexit()
}

// nestedPanic drives a generator of its own type whose body panics, and
// closes it from a deferred call while that panic unwinds (drainInner):
// the inner generator is finished, the outer one goes on.
//
//agen:generator
func nestedPanic(y *agen.Yielder[int, int], tr *difftest.Trace, depth int) {
	if depth == 0 {
		y.Yield(100)
		panic("inner boom")
	}
	inner := nestedPanicGen(tr, depth-1)
	v, ok := inner.Next()
	tr.Log("depth %d: inner Next -> %d %v", depth, v, ok)
	y.Yield(depth)
	drainInner(tr, depth, inner)
	y.Yield(depth * 10)
}

// drainInner runs inner to its end, closing it from a deferred call.
func drainInner(tr *difftest.Trace, depth int, inner *nestedPanicGenerator) {
	defer func() { tr.Log("depth %d: recovered %v", depth, recover()) }()
	defer func() { tr.Log("depth %d: deferred inner Close -> %v", depth, inner.Close()) }()
	for v, ok := inner.Next(); ok; v, ok = inner.Next() {
		tr.Log("depth %d: inner Next -> %d", depth, v)
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("boom",
		func(tr *difftest.Trace) agen.Generator[int, int] { return boomGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { boom(y, tr); return nil }),
	difftest.Sync("boomFirst",
		func(tr *difftest.Trace) agen.Generator[int, int] { return boomFirstGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { boomFirst(y, tr); return nil }),
	difftest.Sync("index",
		func(tr *difftest.Trace) agen.Generator[int, int] { return indexGen([]int{1, 2, 3}) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { index(y, []int{1, 2, 3}); return nil }),
	difftest.Sync("divide",
		func(tr *difftest.Trace) agen.Generator[int, int] { return divideGen() },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { divide(y); return nil },
		3, 0, 4),
	difftest.Sync("exit",
		func(tr *difftest.Trace) agen.Generator[int, int] { return exitGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { exit(y, tr); return nil }),
	difftest.Sync("nestedPanic",
		func(tr *difftest.Trace) agen.Generator[int, int] { return nestedPanicGen(tr, 2) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { nestedPanic(y, tr, 2); return nil }),
}
