// Package rangefuncs holds bodies that range over iterator functions that
// are not generators, with a loop body that yields: the iterator is
// stepped with agen.Pull, and leaving the loop early (break, return, goto,
// a labelled branch, a panic, Close or Throw unwinding the body) stops it
// (its yield returns false, and it returns) before the body's deferred
// calls run, as leaving a range-over-func loop does in Go.
package rangefuncs

import (
	"errors"
	"iter"
	"runtime"
	"slices"
	"strings"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// ints yields 0..n-1, logging each value, a yield that returns false,
// and its return.
func ints(tr *difftest.Trace, name string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer tr.Log("%s returns", name)
		for i := range n {
			tr.Log("%s yields %d", name, i)
			if !yield(i) {
				tr.Log("%s stopped at %d", name, i)
				return
			}
		}
	}
}

// pairs yields the words of s with their lengths.
func pairs(tr *difftest.Trace, s string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		defer tr.Log("pairs returns")
		for _, w := range strings.Fields(s) {
			if !yield(w, len(w)) {
				return
			}
		}
	}
}

// ticker is an iterator function of a named type that yields no values.
type ticker func(yield func() bool)

// ticks yields n times.
func ticks(tr *difftest.Trace, n int) ticker {
	return func(yield func() bool) {
		defer tr.Log("ticks returns")
		for range n {
			if !yield() {
				return
			}
		}
	}
}

// exits ranges over ints and leaves its loop in the way which says: 0 to
// the end, 1 break, 2 return, 3 goto, 4 panic.
//
//agen:generator
func exits(y *agen.Yielder[int, int], tr *difftest.Trace, which int) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = errors.New("recovered")
		}
		tr.Log("body deferred, err=%v", err)
	}()
	for v := range ints(tr, "seq", 4) {
		defer tr.Log("deferred in the loop at %d", v)
		got := y.Yield(v * 10)
		tr.Log("got %d", got)
		if v == 2 {
			switch which {
			case 1:
				break
			case 2:
				return errors.New("returned")
			case 3:
				goto out
			case 4:
				panic("boom")
			}
		}
		if which == 1 && v == 2 {
			break
		}
	}
	tr.Log("after the loop")
out:
	tr.Log("out")
	y.Yield(-1)
	return nil
}

// nested ranges over two iterators, one inside the other, and leaves the
// inner loop with a labelled continue, the outer one with a labelled
// break, as the values sent say.
//
//agen:generator
func nested(y *agen.Yielder[int, int], tr *difftest.Trace) {
outer:
	for a := range ints(tr, "a", 3) {
		for b := range ints(tr, "b", 3) {
			s := y.Yield(a*10 + b)
			if s == 1 {
				continue outer
			}
			if s == 2 {
				break outer
			}
		}
	}
	y.Yield(99)
}

// fromNative leaves, from the body of a range loop that does not suspend
// (kept as written), the lowered range loop around it, in the way which
// says: 0 return, 1 labelled break, 2 goto. The inner iterator returns
// first, then the outer one is stopped, as in Go.
//
//agen:generator
func fromNative(y *agen.Yielder[int, int], tr *difftest.Trace, which int) error {
outer:
	for v := range ints(tr, "outer", 3) {
		for w := range ints(tr, "inner", 3) {
			tr.Log("w %d", w)
			switch which {
			case 0:
				return nil
			case 1:
				break outer
			case 2:
				goto out
			}
		}
		y.Yield(v)
	}
	tr.Log("after the loop")
out:
	tr.Log("out")
	return nil
}

// goexit calls runtime.Goexit in the body of a loop over ints: the
// iterator unwinds from its yield (its deferred call runs, the code after
// its yield does not), as in Go.
//
//agen:generator
func goexit(y *agen.Yielder[int, int], tr *difftest.Trace) {
	defer tr.Log("body deferred")
	for v := range ints(tr, "seq", 3) {
		if y.Yield(v) > 0 {
			runtime.Goexit()
		}
	}
}

// recovering ranges over an iterator whose deferred call calls recover():
// when Close or Throw unwinds the body, the iterator unwinds as
// runtime.Goexit unwinds a goroutine, and recover() returns nil.
//
//agen:generator
func recovering(y *agen.Yielder[int, int], tr *difftest.Trace) {
	defer tr.Log("body deferred")
	seq := func(yield func(int) bool) {
		defer func() { tr.Log("iterator recovered %v", recover()) }()
		for i := range 3 {
			if !yield(i) {
				tr.Log("iterator stopped")
				return
			}
		}
		tr.Log("iterator ends")
	}
	for v := range seq {
		y.Yield(v)
	}
}

// forms ranges over pairs, keys only, into variables declared outside
// the loop, and over an iterator of a named type that yields nothing.
//
//agen:generator
func forms(y *agen.Yielder[string, agen.None], tr *difftest.Trace) {
	for w, n := range pairs(tr, "a bb ccc") {
		y.Yield(strings.Repeat(w, n))
	}
	for w := range pairs(tr, "dd e") {
		y.Yield(w)
	}
	var w string
	var n int
	for w, n = range pairs(tr, "ff gg") {
		y.Yield(w + "!")
	}
	tr.Log("last %s %d", w, n)
	i := 0
	for range ticks(tr, 3) {
		i++
		y.Yield(strings.Repeat("t", i))
	}
	for _, v := range slices.All([]string{"x", "y"}) {
		y.Yield(v)
	}
	for v := range strings.SplitSeq("p,q", ",") {
		y.Yield(v)
	}
}

// captures keeps a closure over each iteration's variable: each
// iteration has its own, as in Go.
//
//agen:generator
func captures(y *agen.Yielder[int, agen.None], tr *difftest.Trace) {
	var fs []func() int
	for v := range ints(tr, "seq", 3) {
		fs = append(fs, func() int { return v * 100 })
		y.Yield(v)
	}
	for _, f := range fs {
		y.Yield(f())
	}
}

// panicking ranges over an iterator that panics after at values; the
// body recovers it in a deferred call.
//
//agen:generator
func panicking(y *agen.Yielder[int, agen.None], tr *difftest.Trace, at int) (err error) {
	defer func() {
		tr.Log("recovered %v", recover())
		err = errors.New("recovered")
	}()
	seq := func(yield func(int) bool) {
		defer tr.Log("iterator returns")
		for i := 0; ; i++ {
			if i == at {
				panic("iterator panics")
			}
			if !yield(i) {
				return
			}
		}
	}
	for v := range seq {
		y.Yield(v)
	}
	return nil
}

// targets ranges with iteration variables whose operands yield: each
// iteration evaluates them once the iterator has produced its value.
//
//agen:generator
func targets(y *agen.Yielder[int, int], tr *difftest.Trace) {
	m := map[int]int{}
	for m[y.Yield(-1)] = range ints(tr, "k", 3) {
		tr.Log("m=%v", m)
	}
	for range ints(tr, "cold", 2) {
		tr.Log("a cold loop after a hot one")
	}
}

// yieldFunc and seqFunc make an iterator function type whose yield is of a
// named type, as a range loop allows.
type (
	yieldFunc func(int) bool
	seqFunc   func(yieldFunc)
)

// named yields 10 and 11 as a seqFunc.
func named(tr *difftest.Trace) seqFunc {
	return func(yield yieldFunc) {
		defer tr.Log("named returns")
		_ = yield(10) && yield(11)
	}
}

// namedYield ranges over a seqFunc, and over an iterator of a type
// parameter's type.
//
//agen:generator
func namedYield[F ~func(func(int) bool)](y *agen.Yielder[int, int], tr *difftest.Trace, named seqFunc, param F) {
	for v := range named {
		y.Yield(v)
	}
	for v := range param {
		y.Yield(v)
	}
}

// labelled ranges, under a label its body continues, over an iterator
// whose length is yielded: only the range expression suspends, and the
// loop runs as written after it, under its label (found by the fuzzer:
// the label was lost, and the generated code did not compile).
//
//agen:generator
func labelled(y *agen.Yielder[int, int], tr *difftest.Trace) {
loop:
	for v := range ints(tr, "seq", y.Yield(-1)) {
		if v == 1 {
			continue loop
		}
		tr.Log("v %d", v)
	}
}

// order ranges into a key and a value place whose index is the key: Go's
// compiler assigns the key first, then evaluates the value's operands
// (not as an assignment statement, found by the fuzzer: seeds 11000172,
// 12000561), over a generator's All too.
//
//agen:generator
func order(y *agen.Yielder[int, int], tr *difftest.Trace) {
	c, arr := 0, [4]int{}
	for c, arr[c] = range pairsOf(3) {
		y.Yield(c)
		c = 3
	}
	tr.Log("c=%d arr=%v", c, arr)
	var k int
	m := map[int]int{}
	for k, m[k] = range slices.All([]int{7, 8}) {
		y.Yield(k)
	}
	tr.Log("m=%v", m)
}

// pairsOf yields (i, 100+i) for i in [0, n).
func pairsOf(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := range n {
			if !yield(i, 100+i) {
				return
			}
		}
	}
}

// counter has a method, each, whose value is an iterator function.
type counter struct{ n int }

func (c *counter) each(yield func(int) bool) {
	for i := range c.n {
		if !yield(i) {
			return
		}
	}
}

// generic ranges over an iterator of a type parameter's values, and
// over a method value.
//
//agen:generator
func generic[T any](y *agen.Yielder[T, agen.None], tr *difftest.Trace, seq iter.Seq[T], c *counter) {
	for v := range seq {
		y.Yield(v)
	}
	var zero T
	for range c.each {
		y.Yield(zero)
	}
}

// stubbornSeq keeps calling yield after it returned false.
func stubbornSeq(tr *difftest.Trace) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer tr.Log("stubborn returns")
		for i := range 3 {
			tr.Log("stubborn yield %d -> %v", i, yield(i))
		}
	}
}

// stubborn leaves its loop over an iterator that keeps calling yield
// after it returned false, in the way which says: 0 break, 1 return. As
// in Go, the iterator's next call of yield panics with the runtime's
// error, raised at the range statement (found in review: the iterator ran
// on, its yield returning false).
//
//agen:generator
func stubborn(y *agen.Yielder[int, int], tr *difftest.Trace, which int) error {
	defer func() {
		tr.Log("body deferred recovered %v", recover())
	}()
	for v := range stubbornSeq(tr) {
		y.Yield(v)
		if which == 0 {
			break
		}
		return errors.New("returned")
	}
	y.Yield(100)
	return nil
}

// deferPanicSeq yields 0..2; its deferred call panics.
func deferPanicSeq(tr *difftest.Trace, name string) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() {
			tr.Log("%s deferred", name)
			panic(name + " panics")
		}()
		for i := range 3 {
			if !yield(i) {
				return
			}
		}
	}
}

// deferPanics ranges over two iterators whose deferred calls panic, one
// inside the other, and over a generator's All: when the body unwinds
// (a panic, Close, Throw), a panic of an iterator's deferred call goes on
// through the loops around it and the body's deferred calls, which may
// recover it, as in Go (found in review: it left the closes and the body's
// deferred calls unrun).
//
//agen:generator
func deferPanics(y *agen.Yielder[int, int], tr *difftest.Trace) {
	defer func() {
		tr.Log("body deferred recovered %v", recover())
	}()
	defer tr.Log("body deferred")
	for a := range deferPanicSeq(tr, "outer") {
		defer tr.Log("loop deferred a=%d", a)
		for b := range ints(tr, "middle", 2) {
			for c := range deferPanicSeq(tr, "inner") {
				y.Yield(a*100 + b*10 + c)
			}
		}
	}
}

// goexitRecovered calls runtime.Goexit in a loop over an iterator whose
// deferred call panics, and a deferred call of the body recovers that
// panic and sets the named result: runtime.Goexit goes on, as in Go, and
// the body does not return (found in review: Err returned the result).
//
//agen:generator
func goexitRecovered(y *agen.Yielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		r := recover()
		tr.Log("body deferred recovered %v", r)
		if r != nil {
			err = errors.New("changed")
		}
	}()
	for v := range deferPanicSeq(tr, "seq") {
		if y.Yield(v) > 0 {
			runtime.Goexit()
		}
	}
	return nil
}

// Suite is the differential suite of this package.
var Suite = func() difftest.Suite {
	var s difftest.Suite
	for which, name := range []string{"end", "break", "return", "goto", "panic"} {
		s = append(s, difftest.Sync("exits/"+name,
			func(tr *difftest.Trace) agen.Generator[int, int] { return exitsGen(tr, which) },
			func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return exits(y, tr, which) },
			0, 5))
	}
	for which, name := range []string{"return", "break", "goto"} {
		s = append(s, difftest.Sync("fromNative/"+name,
			func(tr *difftest.Trace) agen.Generator[int, int] { return fromNativeGen(tr, which) },
			func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return fromNative(y, tr, which) }))
	}
	s = append(s, difftest.Sync("goexit",
		func(tr *difftest.Trace) agen.Generator[int, int] { return goexitGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { goexit(y, tr); return nil },
		0, 1))
	for which, name := range []string{"break", "return"} {
		s = append(s, difftest.Sync("stubborn/"+name,
			func(tr *difftest.Trace) agen.Generator[int, int] { return stubbornGen(tr, which) },
			func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return stubborn(y, tr, which) }))
	}
	s = append(s, difftest.Sync("recovering",
		func(tr *difftest.Trace) agen.Generator[int, int] { return recoveringGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { recovering(y, tr); return nil }))
	for at := range 3 {
		s = append(s, difftest.Sync("panicking/"+string(rune('0'+at)),
			func(tr *difftest.Trace) agen.Generator[int, agen.None] { return panickingGen(tr, at) },
			func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { return panicking(y, tr, at) }))
	}
	return append(s,
		difftest.Sync("nested",
			func(tr *difftest.Trace) agen.Generator[int, int] { return nestedGen(tr) },
			func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { nested(y, tr); return nil },
			0, 0, 1, 0, 2),
		difftest.Sync("forms",
			func(tr *difftest.Trace) agen.Generator[string, agen.None] { return formsGen(tr) },
			func(tr *difftest.Trace, y *agen.Yielder[string, agen.None]) error { forms(y, tr); return nil }),
		difftest.Sync("targets",
			func(tr *difftest.Trace) agen.Generator[int, int] { return targetsGen(tr) },
			func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { targets(y, tr); return nil },
			4, 5, 6),
		difftest.Sync("namedYield",
			func(tr *difftest.Trace) agen.Generator[int, int] {
				return namedYieldGen(tr, named(tr), ints(tr, "param", 2))
			},
			func(tr *difftest.Trace, y *agen.Yielder[int, int]) error {
				namedYield(y, tr, named(tr), ints(tr, "param", 2))
				return nil
			}),
		difftest.Sync("labelled",
			func(tr *difftest.Trace) agen.Generator[int, int] { return labelledGen(tr) },
			func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { labelled(y, tr); return nil },
			3),
		difftest.Sync("order",
			func(tr *difftest.Trace) agen.Generator[int, int] { return orderGen(tr) },
			func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { order(y, tr); return nil }),
		difftest.Sync("goexitRecovered",
			func(tr *difftest.Trace) agen.Generator[int, int] { return goexitRecoveredGen(tr) },
			func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return goexitRecovered(y, tr) },
			0, 1),
		difftest.Sync("deferPanics",
			func(tr *difftest.Trace) agen.Generator[int, int] { return deferPanicsGen(tr) },
			func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { deferPanics(y, tr); return nil }),
		difftest.Sync("captures",
			func(tr *difftest.Trace) agen.Generator[int, agen.None] { return capturesGen(tr) },
			func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { captures(y, tr); return nil }),
		difftest.Sync("generic",
			func(tr *difftest.Trace) agen.Generator[string, agen.None] {
				return genericGen(tr, slices.Values([]string{"g", "h"}), &counter{2})
			},
			func(tr *difftest.Trace, y *agen.Yielder[string, agen.None]) error {
				generic(y, tr, slices.Values([]string{"g", "h"}), &counter{2})
				return nil
			}),
	)
}()
