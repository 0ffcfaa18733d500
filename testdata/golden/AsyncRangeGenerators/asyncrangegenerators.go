// Package asyncrangegenerators holds async bodies that range over other
// generators' All(ctx) with a loop body that yields or awaits: each value
// is awaited with All's context, and leaving the loop early (break,
// return, goto, a labelled branch, a panic, Close or Throw unwinding the
// body) closes the generator ranged over, awaiting its close, before the
// body's deferred calls run, as All does.
package asyncrangegenerators

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// counts yields 0..n-1, awaiting before each value, and fails at the end
// if fail; its deferred cleanup awaits too. Its awaits are pending at
// first if pend.
//
//agen:generator
func counts(y *agen.AsyncYielder[int, int], tr *difftest.Trace, name string, n int, fail, pend bool) error {
	wait := difftest.Ready[int]
	if pend {
		wait = difftest.Later[int]
	}
	defer func() {
		agen.Await(y, wait(0))
		tr.Log("%s closed or done", name)
	}()
	for i := range n {
		agen.Await(y, wait(i))
		y.Yield(i)
	}
	if fail {
		return errors.New(name + " failed")
	}
	return nil
}

// syncCounts yields 0..n-1: a sync generator, ranged over by async bodies.
//
//agen:generator
func syncCounts(y *agen.Yielder[int, agen.None], tr *difftest.Trace, name string, n int) {
	defer tr.Log("%s closed or done", name)
	for i := range n {
		y.Yield(i)
	}
}

// source makes the generators ranged over.
type source func(tr *difftest.Trace, name string, n int, fail bool) agen.AsyncGenerator[int, int]

// exits ranges over a generator and leaves its loop in the way which
// says: 0 to the end, 1 break, 2 return, 3 goto, 4 panic.
//
//agen:generator
func exits(y *agen.AsyncYielder[int, int], tr *difftest.Trace, src source, which int) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = errors.New("recovered")
		}
		tr.Log("body deferred, err=%v", err)
	}()
	g := src(tr, "g", 4, false)
	for v, e := range g.All(y.Context()) {
		defer tr.Log("deferred in the loop at %d", v)
		got := y.Yield(v * 10)
		tr.Log("got %d, %v", got, e)
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
// break, both of which close the inner generator first.
//
//agen:generator
func nested(y *agen.AsyncYielder[int, int], tr *difftest.Trace, src source) {
	ctx := y.Context()
outer:
	for a := range src(tr, "a", 3, false).All(ctx) {
		for b := range src(tr, "b", 3, false).All(ctx) {
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

// fails ranges over a generator that ends with an error: the last
// iteration sees it, as All yields it, and the loop ends.
//
//agen:generator
func fails(y *agen.AsyncYielder[int, int], tr *difftest.Trace, src source) error {
	n := 0
	for v, err := range src(tr, "f", 2, true).All(y.Context()) {
		tr.Log("v=%d err=%v", v, err)
		if err != nil {
			return err
		}
		n += y.Yield(v)
	}
	y.Yield(n)
	return nil
}

// mixed ranges over a sync generator inside a range over an async one,
// and awaits in the loop body.
//
//agen:generator
func mixed(y *agen.AsyncYielder[int, int], tr *difftest.Trace, src source) {
	for a := range src(tr, "async", 2, false).All(y.Context()) {
		for b := range syncCountsGen(tr, "sync", 3).All() {
			v, _ := agen.Await(y, difftest.Ready(a*10+b))
			if y.Yield(v) == 2 {
				return
			}
		}
	}
}

// sums adds the values of a generator in a loop that neither yields nor
// awaits: it awaits them all the same, and never blocks.
//
//agen:generator
func sums(y *agen.AsyncYielder[int, int], tr *difftest.Trace, src source, limit int) error {
	total := 0
	for v, err := range src(tr, "s", 4, false).All(y.Context()) {
		if err != nil {
			return err
		}
		total += v
		if total > limit {
			break
		}
	}
	tr.Log("total %d", total)
	y.Yield(total)
	return nil
}

// sources returns the sources of generated and reference generators,
// whose awaits are pending at first if pend.
func sources(pend bool) map[string]source {
	return map[string]source{
		"generated": func(tr *difftest.Trace, name string, n int, fail bool) agen.AsyncGenerator[int, int] {
			return countsGen(tr, name, n, fail, pend)
		},
		"reference": func(tr *difftest.Trace, name string, n int, fail bool) agen.AsyncGenerator[int, int] {
			return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { return counts(y, tr, name, n, fail, pend) })
		},
	}
}

// Suite is the differential suite of this package. With pending awaits in
// the generators ranged over, under agen.GoroutineAsync the body blocks in
// All's Next(ctx) where generated code suspends: only the blocking
// operations compare.
var Suite = func() difftest.Suite {
	var s difftest.Suite
	for _, pend := range []bool{false, true} {
		kind, async := "ready", difftest.Async[int, int]
		if pend {
			kind, async = "pending", difftest.AsyncBlocking[int, int]
		}
		for srcName, src := range sources(pend) {
			name := func(body string) string { return body + "/" + kind + "/" + srcName }
			for which, exit := range []string{"end", "break", "return", "goto", "panic"} {
				s = append(s, async(name("exits/"+exit),
					func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return exitsGen(tr, src, which) },
					func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return exits(y, tr, src, which) },
					0, 5))
			}
			s = append(s,
				async(name("nested"),
					func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return nestedGen(tr, src) },
					func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { nested(y, tr, src); return nil },
					0, 0, 1, 0, 2),
				async(name("fails"),
					func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return failsGen(tr, src) },
					func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return fails(y, tr, src) },
					1, 2),
				async(name("sums"),
					func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return sumsGen(tr, src, 2) },
					func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return sums(y, tr, src, 2) }),
				async(name("sums/all"),
					func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return sumsGen(tr, src, 100) },
					func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return sums(y, tr, src, 100) }),
				async(name("mixed"),
					func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return mixedGen(tr, src) },
					func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { mixed(y, tr, src); return nil },
					0, 1, 2),
			)
		}
	}
	return append(s, difftest.Check("sums/suspends", suspends))
}()

// suspends checks that a range over an async generator's All(ctx)
// suspends where a value is pending, even in a loop body that neither
// yields nor awaits: it never blocks the poll of its consumer.
func suspends(t *testing.T) {
	tr := &difftest.Trace{}
	g := sumsGen(tr, sources(true)["generated"], 100)
	next := g.ANext()
	polls := 0
	for {
		v, err, ready := next.Poll(context.Background(), difftest.NoWaker)
		polls++
		if ready {
			require.NoError(t, err)
			assert.Equal(t, 0+1+2+3, v)
			break
		}
		require.Less(t, polls, 100)
	}
	assert.Greater(t, polls, 4, "each pending value of the generator ranged over suspends the body")
	_, err := g.Next(context.Background())
	assert.ErrorIs(t, err, agen.Done)
}
