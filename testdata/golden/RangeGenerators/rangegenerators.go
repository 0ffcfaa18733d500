// Package rangegenerators holds bodies that range over other generators'
// All with a loop body that yields: leaving the loop early (break, return,
// goto, a labelled branch, a panic, Close or Throw unwinding the body)
// closes the generator ranged over, as All does, before the body's
// deferred calls run.
package rangegenerators

import (
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// counts yields 0..n-1, logging when it is closed or ends.
//
//agen:generator
func counts(y *agen.Yielder[int, int], tr *difftest.Trace, name string, n int) {
	defer tr.Log("%s closed or done", name)
	for i := range n {
		y.Yield(i)
	}
}

// source makes the generators ranged over.
type source func(tr *difftest.Trace, name string, n int) agen.Generator[int, int]

// exits ranges over a generator and leaves its loop in the way which
// says: 0 to the end, 1 break, 2 return, 3 goto, 4 panic.
//
//agen:generator
func exits(y *agen.Yielder[int, int], tr *difftest.Trace, src source, which int) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = errors.New("recovered")
		}
		tr.Log("body deferred, err=%v", err)
	}()
	g := src(tr, "g", 4)
	for v := range g.All() {
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

// nested ranges over two generators, one inside the other, and leaves the
// inner loop with a labelled continue, the outer one with a labelled
// break.
//
//agen:generator
func nested(y *agen.Yielder[int, int], tr *difftest.Trace, src source) {
outer:
	for a := range src(tr, "a", 3).All() {
		for b := range src(tr, "b", 3).All() {
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
// says: 0 return, 1 labelled break, 2 goto. The inner loop's generator is
// closed first, then the outer one, as in Go (found by the fuzzer, seed
// 11000202: the outer one was closed first).
//
//agen:generator
func fromNative(y *agen.Yielder[int, int], tr *difftest.Trace, src source, which int) error {
outer:
	for v := range src(tr, "outer", 3).All() {
		for w := range src(tr, "inner", 3).All() {
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

// delegates yields the values of a generator from inside a range over
// another.
//
//agen:generator
func delegates(y *agen.Yielder[int, int], tr *difftest.Trace, src source) error {
	for v := range src(tr, "outer", 2).All() {
		if err := y.YieldFrom(src(tr, "inner", v+1)); err != nil {
			return err
		}
	}
	return nil
}

var (
	generated source = func(tr *difftest.Trace, name string, n int) agen.Generator[int, int] {
		return countsGen(tr, name, n)
	}
	reference source = func(tr *difftest.Trace, name string, n int) agen.Generator[int, int] {
		return agen.Goroutine(func(y *agen.Yielder[int, int]) error { counts(y, tr, name, n); return nil })
	}
)

// Suite is the differential suite of this package.
var Suite = func() difftest.Suite {
	var s difftest.Suite
	for which, name := range []string{"end", "break", "return", "goto", "panic"} {
		for srcName, src := range map[string]source{"generated": generated, "reference": reference} {
			s = append(s, difftest.Sync("exits/"+name+"/"+srcName,
				func(tr *difftest.Trace) agen.Generator[int, int] { return exitsGen(tr, src, which) },
				func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return exits(y, tr, src, which) },
				0, 5))
		}
	}
	for which, name := range []string{"return", "break", "goto"} {
		s = append(s, difftest.Sync("fromNative/"+name,
			func(tr *difftest.Trace) agen.Generator[int, int] { return fromNativeGen(tr, generated, which) },
			func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return fromNative(y, tr, generated, which) }))
	}
	return append(s,
		difftest.Sync("nested",
			func(tr *difftest.Trace) agen.Generator[int, int] { return nestedGen(tr, generated) },
			func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { nested(y, tr, generated); return nil },
			0, 0, 1, 0, 2),
		difftest.Sync("delegates",
			func(tr *difftest.Trace) agen.Generator[int, int] { return delegatesGen(tr, generated) },
			func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return delegates(y, tr, generated) }),
		difftest.Check("pushes", pushes),
	)
}()

// pushes checks that All runs a body that ranges over another generator
// as a push loop: its resume calls the loop body.
func pushes(t *testing.T) {
	n := 0
	for range nestedGen(&difftest.Trace{}, generated).All() {
		pc, _, _, ok := runtime.Caller(1)
		require.True(t, ok)
		name := runtime.FuncForPC(pc).Name()
		require.True(t, strings.HasSuffix(name, ".resume"), "the loop body's caller: %s", name)
		n++
	}
	require.Positive(t, n)
}
