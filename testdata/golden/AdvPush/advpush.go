// Package advpush holds bodies that stress All as a push loop.
package advpush

import (
	"errors"
	"fmt"
	"runtime"
	"slices"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// holder lets a body reach its own generator.
type holder struct {
	g agen.Generator[int, int]
}

// deferRecover logs what recover returns in a deferred call.
//
//agen:generator
func deferRecover(y *agen.Yielder[int, int], tr *difftest.Trace) {
	defer func() { tr.Log("recover %v", recover()) }()
	for i := 0; i < 3; i++ {
		tr.Log("got %v", y.Yield(i))
	}
}

// catchLoop catches thrown errors at the same yield and loops back.
//
//agen:generator
func catchLoop(y *agen.Yielder[int, int], tr *difftest.Trace) {
	n := 0
	for i := 0; i < 5; i++ {
		v, err := y.YieldErr(i*10 + n)
		if err != nil {
			n++
			tr.Log("caught %v n=%d", err, n)
			i--
			continue
		}
		tr.Log("sent %v", v)
	}
}

// catchLoopPlain catches thrown errors without calling anything.
//
//agen:generator
func catchLoopPlain(y *agen.Yielder[int, int]) {
	n := 0
	for i := 0; i < 5; i++ {
		v, err := y.YieldErr(i*10 + n)
		if err != nil {
			n++
			i--
			continue
		}
		n += v
	}
}

// exprYields yields inside expressions.
//
//agen:generator
func exprYields(y *agen.Yielder[int, int], tr *difftest.Trace) {
	a := 1
	tr.Log("f %v %v", y.Yield(a), y.Yield(a+1))
	s := y.Yield(3) + y.Yield(4)*10 + a
	tr.Log("s %v", s)
	xs := []int{y.Yield(5), y.Yield(6)}
	tr.Log("xs %v", xs)
}

// closures captures the loop variable across yields.
//
//agen:generator
func closures(y *agen.Yielder[int, int], tr *difftest.Trace) {
	var fs []func() int
	for i := range 3 {
		j := i * 2
		fs = append(fs, func() int { j++; return i*100 + j })
		y.Yield(i)
		tr.Log("f -> %d", fs[len(fs)-1]())
		y.Yield(fs[0]())
	}
	for _, f := range fs {
		tr.Log("end f -> %d", f())
	}
}

// recoverEnd panics after a yield and recovers in a deferred call.
//
//agen:generator
func recoverEnd(y *agen.Yielder[int, int], tr *difftest.Trace) (err error) {
	defer func() {
		r := recover()
		tr.Log("recovered %v", r)
		if r != nil {
			err = fmt.Errorf("rec: %v", r)
		}
	}()
	for i := 0; ; i++ {
		if y.Yield(i) == 7 || i == 2 {
			panic(fmt.Sprint("boom ", i))
		}
	}
}

// goexitDefer calls runtime.Goexit with deferred calls pending.
//
//agen:generator
func goexitDefer(y *agen.Yielder[int, int], tr *difftest.Trace) {
	defer tr.Log("deferred 1")
	y.Yield(1)
	defer func() { tr.Log("deferred 2 recover %v", recover()) }()
	y.Yield(2)
	runtime.Goexit()
}

// labels yields in nested labelled loops.
//
//agen:generator
func labels(y *agen.Yielder[int, int], tr *difftest.Trace) {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			v := y.Yield(i*10 + j)
			if j == 1 {
				continue outer
			}
			if v == 1 {
				break outer
			}
		}
	}
	k := 0
again:
	if k < 3 {
		y.Yield(100 + k)
		k++
		goto again
	}
	tr.Log("end k=%d", k)
}

// loopPlain calls nothing: push method.
//
//agen:generator
func loopPlain(y *agen.Yielder[int, int], n int) {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		s := y.Yield(a)
		a, b = b, a+b+s
	}
}

// plainIndex panics from a path that calls nothing.
//
//agen:generator
func plainIndex(y *agen.Yielder[int, int]) {
	xs := []int{1, 2}
	i := 0
	for {
		i += y.Yield(xs[i]) + 1
	}
}

// deferLoop defers in a loop between yields.
//
//agen:generator
func deferLoop(y *agen.Yielder[int, int], tr *difftest.Trace) {
	for i := range 3 {
		defer tr.Log("deferred %d", i)
		y.Yield(i)
	}
}

// gen is a generic body.
//
//agen:generator
func gen[T any](y *agen.Yielder[T, int], tr *difftest.Trace, xs []T) {
	for i, x := range xs {
		tr.Log("i %d", i)
		if y.Yield(x) > 0 {
			defer tr.Log("def %v", x)
		}
	}
}

type counter struct{ n int }

// count is a method body.
//
//agen:generator
func (c *counter) count(y *agen.Yielder[int, int], tr *difftest.Trace) {
	for c.n < 4 {
		c.n += 1 + y.Yield(c.n)
		tr.Log("n %d", c.n)
	}
}

// errCatch: YieldErr with defers
//
//agen:generator
func errCatch(y *agen.Yielder[int, int], tr *difftest.Trace) error {
	defer tr.Log("deferred")
	for i := 0; i < 4; i++ {
		_, err := y.YieldErr(i)
		if err != nil {
			tr.Log("caught %v", err)
			if errors.Is(err, difftest.Thrown(2)) {
				return err
			}
		}
	}
	return errors.New("done")
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("deferRecover",
		func(tr *difftest.Trace) agen.Generator[int, int] { return deferRecoverGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { deferRecover(y, tr); return nil }, 5, 6),
	difftest.Sync("catchLoop",
		func(tr *difftest.Trace) agen.Generator[int, int] { return catchLoopGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { catchLoop(y, tr); return nil }, 5, 6),
	difftest.Sync("catchLoopPlain",
		func(tr *difftest.Trace) agen.Generator[int, int] { return catchLoopPlainGen() },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { catchLoopPlain(y); return nil }, 5, 6),
	difftest.Sync("exprYields",
		func(tr *difftest.Trace) agen.Generator[int, int] { return exprYieldsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { exprYields(y, tr); return nil }, 5, 6),
	difftest.Sync("closures",
		func(tr *difftest.Trace) agen.Generator[int, int] { return closuresGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { closures(y, tr); return nil }, 5, 6),
	difftest.Sync("recoverEnd",
		func(tr *difftest.Trace) agen.Generator[int, int] { return recoverEndGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return recoverEnd(y, tr) }, 7, 6),
	difftest.Sync("goexitDefer",
		func(tr *difftest.Trace) agen.Generator[int, int] { return goexitDeferGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { goexitDefer(y, tr); return nil }),
	difftest.Sync("labels",
		func(tr *difftest.Trace) agen.Generator[int, int] { return labelsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { labels(y, tr); return nil }, 0, 1),
	difftest.Sync("loopPlain",
		func(tr *difftest.Trace) agen.Generator[int, int] { return loopPlainGen(6) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { loopPlain(y, 6); return nil }, 0, 1),
	difftest.Sync("plainIndex",
		func(tr *difftest.Trace) agen.Generator[int, int] { return plainIndexGen() },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { plainIndex(y); return nil }, 0, 1),
	difftest.Sync("deferLoop",
		func(tr *difftest.Trace) agen.Generator[int, int] { return deferLoopGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { deferLoop(y, tr); return nil }),
	difftest.Sync("gen",
		func(tr *difftest.Trace) agen.Generator[string, int] { return genGen(tr, []string{"a", "b", "c"}) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error {
			gen(y, tr, []string{"a", "b", "c"})
			return nil
		}, 1, 0),
	difftest.Sync("count",
		func(tr *difftest.Trace) agen.Generator[int, int] { return (&counter{}).countGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { (&counter{}).count(y, tr); return nil }, 0, 1),
	difftest.Sync("errCatch",
		func(tr *difftest.Trace) agen.Generator[int, int] { return errCatchGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return errCatch(y, tr) }),
}

// The checks of checks.go join the suite here: checkPlain runs its cases.
func init() {
	Suite = append(Suite,
		difftest.Check("checks/self", checkSelf),
		difftest.Check("checks/plain", checkPlain),
		difftest.Check("checks/yieldClosures", checkYieldClosures))
}

// selfAll ranges over its own generator's All from the body.
//
//agen:generator
func selfAll(y *agen.Yielder[int, int], tr *difftest.Trace, h *holder) {
	defer func() { tr.Log("deferred recover %v", recover()) }()
	y.Yield(1)
	func() {
		defer func() { tr.Log("inner recover %v", recover()) }()
		for v := range h.g.All() {
			tr.Log("self %v", v)
		}
	}()
	tr.Log("err in body %v", h.g.Err())
	y.Yield(2)
	for v := range h.g.All() {
		tr.Log("self2 %v", v)
	}
	y.Yield(3)
}

// deferTouch touches its own generator from deferred calls.
//
//agen:generator
func deferTouch(y *agen.Yielder[int, int], tr *difftest.Trace, h *holder) {
	defer func() {
		r := recover()
		tr.Log("outer deferred recover %v", r)
	}()
	defer func() {
		defer func() { tr.Log("inner recover %v", recover()) }()
		for v := range h.g.All() {
			tr.Log("deferred All %v", v)
		}
	}()
	defer func() {
		v, ok := h.g.Next()
		tr.Log("deferred Next %v %v", v, ok)
	}()
	y.Yield(1)
	y.Yield(2)
}

// mixed has a plain yield and a catching one.
//
//agen:generator
func mixed(y *agen.Yielder[int, int], tr *difftest.Trace) {
	y.Yield(-1)
	n := 0
	for i := 0; i < 4; i++ {
		v, err := y.YieldErr(i*10 + n)
		if err != nil {
			n++
			tr.Log("caught %v n=%d", err, n)
			i--
			continue
		}
		tr.Log("sent %v", v)
		n += v
	}
	tr.Log("end n=%d", n)
}

// mixedPlain has a plain yield and a catching one, and calls nothing.
//
//agen:generator
func mixedPlain(y *agen.Yielder[int, int]) {
	y.Yield(-1)
	n := 0
	for i := 0; i < 4; i++ {
		v, err := y.YieldErr(i*10 + n)
		if err != nil {
			n++
			i--
			continue
		}
		n += v
	}
	y.Yield(n)
}

// mixedDefer has a plain yield and a catching one, and defers.
//
//agen:generator
func mixedDefer(y *agen.Yielder[int, int], tr *difftest.Trace) (err error) {
	defer func() { tr.Log("deferred err=%v recover=%v", err, recover()) }()
	y.Yield(-1)
	n := 0
	for i := 0; i < 4; i++ {
		v, e := y.YieldErr(i*10 + n)
		if e != nil {
			n++
			tr.Log("caught %v n=%d", e, n)
			if n > 2 {
				return e
			}
			i--
			continue
		}
		n += v
	}
	return nil
}

var mixedCases = difftest.Suite{
	difftest.Sync("mixed",
		func(tr *difftest.Trace) agen.Generator[int, int] { return mixedGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { mixed(y, tr); return nil }, 5, 6),
	difftest.Sync("mixedPlain",
		func(tr *difftest.Trace) agen.Generator[int, int] { return mixedPlainGen() },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { mixedPlain(y); return nil }, 5, 6),
	difftest.Sync("mixedDefer",
		func(tr *difftest.Trace) agen.Generator[int, int] { return mixedDeferGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return mixedDefer(y, tr) }, 5, 6),
}

func init() { Suite = append(Suite, mixedCases...) }

// deferPanics panics in a deferred call.
//
//agen:generator
func deferPanics(y *agen.Yielder[int, int], tr *difftest.Trace) {
	defer func() { tr.Log("outer recover %v", recover()) }()
	defer func() { panic("in defer") }()
	y.Yield(1)
	y.Yield(2)
}

// deferPanicsRaw panics in a deferred call, unrecovered.
//
//agen:generator
func deferPanicsRaw(y *agen.Yielder[int, int], tr *difftest.Trace) {
	defer tr.Log("first deferred")
	defer func() { panic("in defer") }()
	y.Yield(1)
	y.Yield(2)
}

// mapRange yields inside a range over a map.
//
//agen:generator
func mapRange(y *agen.Yielder[int, int], tr *difftest.Trace) {
	m := map[int]int{1: 10}
	for k, v := range m {
		s := y.Yield(k + v)
		tr.Log("k %d s %d", k, s)
		if s > 0 {
			m[k] = s
		}
	}
	tr.Log("len %d", len(m))
}

// sel yields in switch and select cases.
//
//agen:generator
func sel(y *agen.Yielder[int, int], tr *difftest.Trace) {
	ch := make(chan int, 1)
	for i := 0; i < 4; i++ {
		switch v := any(i).(type) {
		case int:
			if v%2 == 0 {
				ch <- y.Yield(v)
			} else {
				ch <- -v
			}
		}
		select {
		case x := <-ch:
			tr.Log("x %d", x)
			y.Yield(x + 100)
		default:
			tr.Log("nothing")
		}
	}
}

// strRange ranges over a string with yields.
//
//agen:generator
func strRange(y *agen.Yielder[int, int], tr *difftest.Trace) {
	for i, r := range "héllo" {
		if y.Yield(int(r)) != 0 {
			tr.Log("at %d", i)
			break
		}
	}
	defer tr.Log("bye")
	for range 2 {
		y.Yield(0)
	}
}

// recur drives itself recursively through a helper (not a range in its body).
//
//agen:generator
func recur(y *agen.Yielder[int, int], tr *difftest.Trace, depth int) {
	defer tr.Log("recur %d done", depth)
	y.Yield(depth)
	if depth > 0 {
		drive(tr, depth, recurGen(tr, depth-1), func(v int) { tr.Log("inner %d", v) })
	}
	y.Yield(depth * 10)
}

func drive(tr *difftest.Trace, depth int, g *recurGenerator, f func(int)) {
	for v := range g.All() {
		f(v)
		if v == 0 {
			tr.Log("Next inside: %v", fmt.Sprint(g.Next()))
		}
	}
}

var moreCases = difftest.Suite{
	difftest.Sync("deferPanics",
		func(tr *difftest.Trace) agen.Generator[int, int] { return deferPanicsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { deferPanics(y, tr); return nil }),
	difftest.Sync("deferPanicsRaw",
		func(tr *difftest.Trace) agen.Generator[int, int] { return deferPanicsRawGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { deferPanicsRaw(y, tr); return nil }),
	difftest.Sync("mapRange",
		func(tr *difftest.Trace) agen.Generator[int, int] { return mapRangeGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { mapRange(y, tr); return nil }, 0, 1, 2),
	difftest.Sync("sel",
		func(tr *difftest.Trace) agen.Generator[int, int] { return selGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { sel(y, tr); return nil }, 0, 1, 2),
	difftest.Sync("strRange",
		func(tr *difftest.Trace) agen.Generator[int, int] { return strRangeGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { strRange(y, tr); return nil }, 0, 0, 1),
	difftest.Sync("recur",
		func(tr *difftest.Trace) agen.Generator[int, int] { return recurGen(tr, 2) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { recur(y, tr, 2); return nil }),
}

func init() { Suite = append(Suite, moreCases...) }

// seqDefer defers inside a range-over-func loop body that does not suspend.
//
//agen:generator
func seqDefer(y *agen.Yielder[int, int], tr *difftest.Trace) {
	for v := range slices.Values([]int{1, 2}) {
		defer tr.Log("deferred %d", v)
		if v == 2 {
			break
		}
	}
	y.Yield(1)
	for v := range loopPlainGen(3).All() {
		defer tr.Log("deferred gen %d", v)
	}
	y.Yield(2)
}

var seqCases = difftest.Suite{
	difftest.Sync("seqDefer",
		func(tr *difftest.Trace) agen.Generator[int, int] { return seqDeferGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { seqDefer(y, tr); return nil }),
}

func init() { Suite = append(Suite, seqCases...) }

// forms yields in odd places.
//
//agen:generator
func forms(y *agen.Yielder[int, int], tr *difftest.Trace) (err error) {
	defer tr.Log("defer arg %d", y.Yield(100))
	for i := 0; i < 3; i += 1 + y.Yield(i) {
		tr.Log("i %d", i)
	}
	if y.Yield(200) > 0 && y.Yield(201) > 0 {
		tr.Log("both")
	}
	switch y.Yield(300) {
	case 1:
		tr.Log("one")
		fallthrough
	case 2:
		tr.Log("two")
	default:
		tr.Log("other")
	}
	return fmt.Errorf("ret %d", y.Yield(400))
}

var formCases = difftest.Suite{
	difftest.Sync("forms",
		func(tr *difftest.Trace) agen.Generator[int, int] { return formsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return forms(y, tr) }, 0, 1, 2),
}

func init() { Suite = append(Suite, formCases...) }

// yieldClosures yields closures over the loop variable.
//
//agen:generator
func yieldClosures(y *agen.Yielder[func() int, int], tr *difftest.Trace) {
	for i := 0; i < 3; i++ {
		y.Yield(func() int { i += 10; return i })
		tr.Log("i after first %d", i)
		i += y.Yield(func() int { return i * 100 })
		tr.Log("i after second %d", i)
	}
}
