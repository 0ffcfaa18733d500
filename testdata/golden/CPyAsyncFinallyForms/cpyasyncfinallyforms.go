// Package cpyasyncfinallyforms holds the finally blocks of ported Python
// async generators in the Go forms they take: deferred functions that
// await, deferred in a loop (a try/finally per iteration, unwound
// together), in a recursive walk that delegates, in a generic body, in a
// method, and around goto and select.
package cpyasyncfinallyforms

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type tree struct {
	l, r *tree
	v    int
}

// walk is the recursive inorder walk; every level's finally awaits.
//
//agen:generator
func walk(y *agen.AsyncYielder[int, int], tr *difftest.Trace, t *tree) error {
	if t == nil {
		return nil
	}
	defer func() {
		v, err := agen.Await(y, difftest.Later(t.v))
		tr.Log("leave %d (%d %v)", t.v, v, err)
	}()
	if err := y.YieldFrom(walkGen(tr, t.l)); err != nil {
		return err
	}
	if s := y.Yield(t.v); s < 0 {
		return nil
	}
	return y.YieldFrom(walkGen(tr, t.r))
}

// perItem defers an awaiting function per item (Go's defer in a loop runs
// them all at the end, LIFO).
//
//agen:generator
func perItem[T any](y *agen.AsyncYielder[T, int], tr *difftest.Trace, vs []T) (err error) {
	defer func() {
		_, e := agen.Await(y, difftest.Later(0))
		tr.Log("outer finally %v %v", err, e)
	}()
	for i, v := range vs {
		defer func(v T) {
			w, _ := agen.Await(y, difftest.Later(v))
			tr.Log("item %d finally %v", i, w)
		}(v)
		y.Yield(v)
	}
	return nil
}

// counter has a method body.
type counter struct{ n int }

// steps yields the counter's steps; its finally awaits and reads the
// receiver.
//
//agen:generator
func (c *counter) steps(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	defer func() {
		agen.Await(y, difftest.Later(0))
		tr.Log("counter at %d", c.n)
	}()
	for c.n < 3 {
		c.n += y.Yield(c.n) + 1
	}
}

// jumps leaves a loop with goto and selects on a channel; its finally
// drains the channel and awaits.
//
//agen:generator
func jumps(y *agen.AsyncYielder[int, int], tr *difftest.Trace, ch chan int) {
	defer func() {
		select {
		case v := <-ch:
			tr.Log("drained %d", v)
		default:
			tr.Log("nothing to drain")
		}
		agen.Await(y, difftest.Later(0))
		tr.Log("finally done")
	}()
	for {
		select {
		case v := <-ch:
			if v > 2 {
				goto out
			}
			y.Yield(v)
		default:
			y.Yield(-1)
			goto out
		}
	}
out:
	y.Yield(100)
}

// controlFlow's finally has labelled loops, a type switch, select,
// return, goto, a closure recovering nothing, the consumer's context, and
// an await assigned through an index and a pointer.
//
//agen:generator
func controlFlow(y *agen.AsyncYielder[int, int], tr *difftest.Trace, vs []int) (err error) {
	x := 5
	p := &x
	defer func() {
		*p, _ = agen.Await(y, difftest.Later(50))
		tr.Log("x = %d", x)
	}()
	for i := range 2 {
		defer func() {
			v, _ := agen.Await(y, difftest.Later(i))
			tr.Log("iteration %d finally %d", i, v)
			if v > 0 {
				return
			}
			agen.Await(y, difftest.Later(0))
			tr.Log("iteration %d after return", i)
		}()
	}
	defer func() {
	outer:
		for k, v := range vs {
			switch w := any(v).(type) {
			case int:
				if a, _ := agen.Await(y, difftest.Later(w)); a > 2 {
					tr.Log("continue at %d", k)
					continue outer
				}
			}
			select {
			default:
				tr.Log("select %d", k)
			}
			if _, e := agen.Await(y, difftest.Fail[int](nil)); e != nil || v == 2 {
				break outer
			}
		}
		func() { tr.Log("recover in a closure: %v", recover()) }()
		tr.Log("ctx err %v", y.Context().Err())
		var arr [3]int
		arr[func() int { return 1 }()], _ = agen.Await(y, difftest.Later(9))
		tr.Log("arr %v", arr)
		goto done
	done:
		tr.Log("done")
	}()
	y.Yield(*p)
	*p = y.Yield(x + 1)
	return nil
}

func feed(vs ...int) chan int {
	ch := make(chan int, len(vs))
	for _, v := range vs {
		ch <- v
	}
	return ch
}

var sample = &tree{l: &tree{v: 1}, v: 2, r: &tree{l: &tree{v: 3}, v: 4}}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("walk",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return walkGen(tr, sample) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return walk(y, tr, sample) },
		1, -1),
	difftest.Async("perItem",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return perItemGen(tr, []int{4, 5, 6}) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return perItem(y, tr, []int{4, 5, 6}) }),
	difftest.Async("steps",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return (&counter{}).stepsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { (&counter{}).steps(y, tr); return nil },
		0, 1),
	difftest.Async("controlFlow",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return controlFlowGen(tr, []int{1, 3, 2, 4}) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			return controlFlow(y, tr, []int{1, 3, 2, 4})
		},
		7, 8),
	difftest.Async("jumps",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return jumpsGen(tr, feed(1, 2, 3, 7)) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error {
			jumps(y, tr, feed(1, 2, 3, 7))
			return nil
		}),
	difftest.Async("jumps/default",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return jumpsGen(tr, feed(1)) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { jumps(y, tr, feed(1)); return nil }),
}
