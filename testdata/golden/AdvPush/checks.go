package advpush

// This file holds checks of the push loop of All on bodies of this
// package, each compared with the reference driver by hand.

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type scenario func(tr *difftest.Trace, g agen.Generator[int, int])

func describe(p any) string {
	if err, ok := p.(error); ok && errors.Is(err, agen.ErrRunning) {
		return "ErrRunning"
	}
	return fmt.Sprintf("%T(%v)", p, p)
}

// run runs sc on g in its own goroutine and returns the trace.
func run(mk func(tr *difftest.Trace) agen.Generator[int, int], sc scenario) []string {
	tr := &difftest.Trace{}
	g := mk(tr)
	done := make(chan struct{})
	go func() {
		defer close(done)
		exited := true
		defer func() {
			if exited {
				tr.Log("Goexit")
			}
		}()
		func() {
			defer func() {
				if p := recover(); p != nil {
					tr.Log("scenario panics: %s", describe(p))
				}
			}()
			sc(tr, g)
		}()
		exited = false
	}()
	<-done
	tr.Log("after: Err=%v", g.Err())
	v, ok := g.Next()
	tr.Log("after: Next -> %v %v", v, ok)
	return tr.Events()
}

func compare(t *testing.T, name string, gen, ref func(tr *difftest.Trace) agen.Generator[int, int], sc scenario) {
	t.Helper()
	want := run(ref, sc)
	got := run(gen, sc)
	if strings.Join(want, "\n") != strings.Join(got, "\n") {
		t.Errorf("%s:\nreference:\n\t%s\ngenerated:\n\t%s", name, strings.Join(want, "\n\t"), strings.Join(got, "\n\t"))
	}
}

func allLoop(tr *difftest.Trace, g agen.Generator[int, int]) {
	for v := range g.All() {
		tr.Log("All -> %v", v)
	}
	tr.Log("All done")
}

func allBreak(n int) scenario {
	return func(tr *difftest.Trace, g agen.Generator[int, int]) {
		i := 0
		for v := range g.All() {
			tr.Log("All -> %v", v)
			if i == n {
				break
			}
			i++
		}
		tr.Log("All done")
	}
}

func allPanic(n int) scenario {
	return func(tr *difftest.Trace, g agen.Generator[int, int]) {
		i := 0
		for v := range g.All() {
			tr.Log("All -> %v", v)
			if i == n {
				panic("loop body")
			}
			i++
		}
		tr.Log("All done")
	}
}

func allGoexit(n int) scenario {
	return func(tr *difftest.Trace, g agen.Generator[int, int]) {
		i := 0
		for v := range g.All() {
			tr.Log("All -> %v", v)
			if i == n {
				runtime.Goexit()
			}
			i++
		}
		tr.Log("All done")
	}
}

func allClose(n int) scenario {
	return func(tr *difftest.Trace, g agen.Generator[int, int]) {
		i := 0
		for v := range g.All() {
			tr.Log("All -> %v", v)
			if i == n {
				tr.Log("Close -> %v", g.Close())
			}
			i++
		}
		tr.Log("All done")
	}
}

func allNext(n int) scenario {
	return func(tr *difftest.Trace, g agen.Generator[int, int]) {
		i := 0
		for v := range g.All() {
			tr.Log("All -> %v", v)
			if i == n {
				v, ok := g.Next()
				tr.Log("Next -> %v %v", v, ok)
			}
			i++
		}
		tr.Log("All done")
	}
}

var scenarios = map[string]scenario{
	"loop": allLoop,
}

func init() {
	for n := range 4 {
		scenarios[fmt.Sprint("break", n)] = allBreak(n)
		scenarios[fmt.Sprint("panic", n)] = allPanic(n)
		scenarios[fmt.Sprint("goexit", n)] = allGoexit(n)
		scenarios[fmt.Sprint("close", n)] = allClose(n)
		scenarios[fmt.Sprint("next", n)] = allNext(n)
	}
}

type selfBody func(*agen.Yielder[int, int], *difftest.Trace, *holder)

func selfCompare(t *testing.T, name string, b selfBody, gen func(*difftest.Trace, *holder) agen.Generator[int, int]) {
	for sn, sc := range scenarios {
		compare(t, name+"/"+sn,
			func(tr *difftest.Trace) agen.Generator[int, int] {
				h := &holder{}
				h.g = gen(tr, h)
				return h.g
			},
			func(tr *difftest.Trace) agen.Generator[int, int] {
				h := &holder{}
				h.g = agen.Goroutine(func(y *agen.Yielder[int, int]) error { b(y, tr, h); return nil })
				return h.g
			}, sc)
	}
}

func checkSelf(t *testing.T) {
	selfCompare(t, "selfAll", selfAll, func(tr *difftest.Trace, h *holder) agen.Generator[int, int] { return selfAllGen(tr, h) })
	selfCompare(t, "deferTouch", deferTouch, func(tr *difftest.Trace, h *holder) agen.Generator[int, int] { return deferTouchGen(tr, h) })
}

func allThrowEach(tr *difftest.Trace, g agen.Generator[int, int]) {
	i := 0
	for v := range g.All() {
		tr.Log("All -> %v", v)
		if i < 4 {
			v, ok := g.Throw(difftest.Thrown(i))
			tr.Log("Throw(e%d) -> %v %v err=%v", i, v, ok, g.Err())
		}
		i++
		if i > 20 {
			break
		}
	}
	tr.Log("All done")
}

func allSendEach(tr *difftest.Trace, g agen.Generator[int, int]) {
	i := 0
	for v := range g.All() {
		tr.Log("All -> %v", v)
		v, ok := g.Send(i + 1)
		tr.Log("Send(%d) -> %v %v", i+1, v, ok)
		i++
		if i > 20 {
			break
		}
	}
	tr.Log("All done")
}

func allNested(n int, brk bool) scenario {
	return func(tr *difftest.Trace, g agen.Generator[int, int]) {
		i := 0
	outer:
		for v := range g.All() {
			tr.Log("All -> %v", v)
			if i == n {
				j := 0
				for w := range g.All() {
					tr.Log("inner -> %v", w)
					if j == 1 {
						if brk {
							break outer
						}
						continue outer
					}
					j++
				}
				tr.Log("inner done")
			}
			i++
		}
		tr.Log("All done")
	}
}

func allReturn(n int) scenario {
	return func(tr *difftest.Trace, g agen.Generator[int, int]) {
		defer tr.Log("returned; Err=%v", g.Err())
		i := 0
		for v := range g.All() {
			tr.Log("All -> %v", v)
			if i == n {
				for w := range g.All() {
					tr.Log("inner -> %v", w)
					return
				}
			}
			i++
		}
		tr.Log("All done")
	}
}

func allRecoverNext(n int) scenario {
	return func(tr *difftest.Trace, g agen.Generator[int, int]) {
		func() {
			defer func() { tr.Log("recovered %v", recover()) }()
			i := 0
			for v := range g.All() {
				tr.Log("All -> %v", v)
				if i == n {
					v, ok := g.Next()
					tr.Log("Next -> %v %v", v, ok)
					panic("pb")
				}
				i++
			}
		}()
		v, ok := g.Next()
		tr.Log("Next -> %v %v Err=%v", v, ok, g.Err())
	}
}

func init() {
	scenarios["throwEach"] = allThrowEach
	scenarios["sendEach"] = allSendEach
	for n := range 3 {
		scenarios[fmt.Sprint("nestedBreak", n)] = allNested(n, true)
		scenarios[fmt.Sprint("nestedCont", n)] = allNested(n, false)
		scenarios[fmt.Sprint("return", n)] = allReturn(n)
		scenarios[fmt.Sprint("recoverNext", n)] = allRecoverNext(n)
	}
}

func plainCompare(t *testing.T, name string, b func(*agen.Yielder[int, int], *difftest.Trace) error, gen func(*difftest.Trace) agen.Generator[int, int]) {
	for sn, sc := range scenarios {
		compare(t, name+"/"+sn, gen,
			func(tr *difftest.Trace) agen.Generator[int, int] {
				return agen.Goroutine(func(y *agen.Yielder[int, int]) error { return b(y, tr) })
			}, sc)
	}
}

func checkPlain(t *testing.T) {
	for _, c := range append(append(Suite[:0:0], Suite...), nil) {
		_ = c
	}
	type bc struct {
		name string
		b    func(*agen.Yielder[int, int], *difftest.Trace) error
		gen  func(*difftest.Trace) agen.Generator[int, int]
	}
	cases := []bc{
		{"deferRecover", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { deferRecover(y, tr); return nil }, func(tr *difftest.Trace) agen.Generator[int, int] { return deferRecoverGen(tr) }},
		{"catchLoop", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { catchLoop(y, tr); return nil }, func(tr *difftest.Trace) agen.Generator[int, int] { return catchLoopGen(tr) }},
		{"mixed", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { mixed(y, tr); return nil }, func(tr *difftest.Trace) agen.Generator[int, int] { return mixedGen(tr) }},
		{"mixedPlain", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { mixedPlain(y); return nil }, func(tr *difftest.Trace) agen.Generator[int, int] { return mixedPlainGen() }},
		{"mixedDefer", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { return mixedDefer(y, tr) }, func(tr *difftest.Trace) agen.Generator[int, int] { return mixedDeferGen(tr) }},
		{"exprYields", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { exprYields(y, tr); return nil }, func(tr *difftest.Trace) agen.Generator[int, int] { return exprYieldsGen(tr) }},
		{"closures", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { closures(y, tr); return nil }, func(tr *difftest.Trace) agen.Generator[int, int] { return closuresGen(tr) }},
		{"recoverEnd", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { return recoverEnd(y, tr) }, func(tr *difftest.Trace) agen.Generator[int, int] { return recoverEndGen(tr) }},
		{"goexitDefer", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { goexitDefer(y, tr); return nil }, func(tr *difftest.Trace) agen.Generator[int, int] { return goexitDeferGen(tr) }},
		{"labels", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { labels(y, tr); return nil }, func(tr *difftest.Trace) agen.Generator[int, int] { return labelsGen(tr) }},
		{"loopPlain", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { loopPlain(y, 6); return nil }, func(tr *difftest.Trace) agen.Generator[int, int] { return loopPlainGen(6) }},
		{"plainIndex", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { plainIndex(y); return nil }, func(tr *difftest.Trace) agen.Generator[int, int] { return plainIndexGen() }},
		{"deferLoop", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { deferLoop(y, tr); return nil }, func(tr *difftest.Trace) agen.Generator[int, int] { return deferLoopGen(tr) }},
		{"errCatch", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { return errCatch(y, tr) }, func(tr *difftest.Trace) agen.Generator[int, int] { return errCatchGen(tr) }},
		{"deferPanics", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { deferPanics(y, tr); return nil }, func(tr *difftest.Trace) agen.Generator[int, int] { return deferPanicsGen(tr) }},
		{"deferPanicsRaw", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { deferPanicsRaw(y, tr); return nil }, func(tr *difftest.Trace) agen.Generator[int, int] { return deferPanicsRawGen(tr) }},
		{"mapRange", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { mapRange(y, tr); return nil }, func(tr *difftest.Trace) agen.Generator[int, int] { return mapRangeGen(tr) }},
		{"sel", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { sel(y, tr); return nil }, func(tr *difftest.Trace) agen.Generator[int, int] { return selGen(tr) }},
		{"strRange", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { strRange(y, tr); return nil }, func(tr *difftest.Trace) agen.Generator[int, int] { return strRangeGen(tr) }},
		{"recur", func(y *agen.Yielder[int, int], tr *difftest.Trace) error { recur(y, tr, 2); return nil }, func(tr *difftest.Trace) agen.Generator[int, int] { return recurGen(tr, 2) }},
	}
	for _, c := range cases {
		plainCompare(t, c.name, c.b, c.gen)
	}
}

func checkYieldClosures(t *testing.T) {
	type G = agen.Generator[func() int, int]
	scs := map[string]func(tr *difftest.Trace, g G){
		"collect": func(tr *difftest.Trace, g G) {
			var fs []func() int
			for f := range g.All() {
				tr.Log("call now %d", f())
				fs = append(fs, f)
			}
			for _, f := range fs {
				tr.Log("call later %d", f())
			}
		},
		"next": func(tr *difftest.Trace, g G) {
			var fs []func() int
			for f := range g.All() {
				tr.Log("call now %d", f())
				fs = append(fs, f)
				if f2, ok := g.Send(1); ok {
					tr.Log("sent: call %d", f2())
					fs = append(fs, f2)
				}
			}
			for _, f := range fs {
				tr.Log("call later %d", f())
			}
		},
	}
	for name, sc := range scs {
		runG := func(g G) []string {
			tr := &difftest.Trace{}
			_ = tr
			return nil
		}
		_ = runG
		trw := &difftest.Trace{}
		sc(trw, agen.Goroutine(func(y *agen.Yielder[func() int, int]) error { yieldClosures(y, trw); return nil }))
		trg := &difftest.Trace{}
		sc(trg, yieldClosuresGen(trg))
		want, got := trw.Events(), trg.Events()
		if strings.Join(want, "\n") != strings.Join(got, "\n") {
			t.Errorf("%s:\nreference:\n\t%s\ngenerated:\n\t%s", name, strings.Join(want, "\n\t"), strings.Join(got, "\n\t"))
		}
	}
}
