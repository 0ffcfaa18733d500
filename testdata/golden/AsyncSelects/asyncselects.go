// Package selects holds generators whose select statements suspend, in
// the clause bodies and in the channel operands and sent values. Exactly
// one case is ready each time (or the default runs), so that the choice is
// deterministic.
package asyncselects

import (
	"fmt"
	"slices"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// recvBodies selects among receives, one channel ready at a time, with
// yields in the bodies.
//
//agen:generator
func recvBodies(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	a, b := make(chan int, 1), make(chan int, 1)
	for i := range 4 {
		if i%2 == 0 {
			a <- i
		} else {
			b <- i * 10
		}
		select {
		case v := <-a:
			tr.Log("a %d", v)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
			tr.Log("a still %d", v)
		case v := <-b:
			tr.Log("b %d", v)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
		}
	}
}

// withDefault runs the default when nothing is ready.
//
//agen:generator
func withDefault(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	ch := make(chan int, 1)
	for i := range 4 {
		if i == 2 {
			ch <- 7
		}
		select {
		case v := <-ch:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
		default:
			tr.Log("default %d", i)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))
		}
	}
}

// commaOk receives with v, ok := from a channel that is then closed.
//
//agen:generator
func commaOk(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	ch := make(chan int, 1)
	ch <- 5
	for range 3 {
		select {
		case v, ok := <-ch:
			tr.Log("v %d ok %v", v, ok)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
			if ok {
				close(ch)
			}
			tr.Log("after yield ok %v", ok)
		}
	}
	var v int
	var ok bool
	select {
	case v, ok = <-ch:
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v+100))))
	}
	tr.Log("assigned v %d ok %v", v, ok)
}

// sends selects with send cases, a sent value from a yield.
//
//agen:generator
func sends(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	out := make(chan int, 1)
	var blocked chan int
	for i := range 3 {
		select {
		case out <- y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))):
			tr.Log("sent %d", <-out)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100+i))))
		case blocked <- i:
			tr.Log("unreachable")
		}
	}
}

func chanOf(tr *difftest.Trace, name string, ch chan int) chan int {
	tr.Log("operand %s", name)
	return ch
}

// operands evaluates the channel operands in order, once each, yields
// among them.
//
//agen:generator
func operands(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	chans := []chan int{make(chan int, 1), make(chan int, 1), make(chan int, 1)}
	for i := range 3 {
		chans[i] <- i
		select {
		case v := <-chanOf(tr, "first", chans[0]):
			tr.Log("first %d", v)
		case v := <-chans[1+y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))%2]:
			tr.Log("indexed %d", v)
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
		case chanOf(tr, "send", nil) <- y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-2)))):
			tr.Log("unreachable")
		default:
			tr.Log("none ready %d", i)
			<-chans[i]
		}
	}
}

// inLoop breaks out of a select inside a loop, and continues the loop.
//
//agen:generator
func inLoop(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	ch := make(chan int, 1)
	for i := 0; i < 5; i++ {
		ch <- i
		select {
		case v := <-ch:
			if v == 1 {
				tr.Log("break select %d", v)
				break
			}
			if v == 3 {
				tr.Log("continue %d", v)
				continue
			}
			s := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
			if s > 0 {
				break
			}
			tr.Log("select end %d", v)
		}
		tr.Log("loop end %d", i)
	}
}

// captured captures received variables in closures called after yields.
//
//agen:generator
func captured(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	ch := make(chan int, 1)
	var fs []func() int
	for i := range 3 {
		ch <- i
		select {
		case v, ok := <-ch:
			fs = append(fs, func() int {
				if ok {
					v += 10
				}
				return v
			})
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
		}
	}
	for _, f := range fs {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](f()))))
		tr.Log("again %d", f())
	}
}

// degenerate has a select with only a default, and clauses with empty
// bodies.
//
//agen:generator
func degenerate(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	select {
	default:
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	}
	ch := make(chan int, 1)
	ch <- y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	select {
	case <-ch:
	default:
		tr.Log("unreachable")
	}
	select {
	case v := <-ch:
		tr.Log("unreachable %d", v)
	default:
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))
}

// genericFlow ranges over a map and selects on a channel whose types have
// type parameters, returning from inside the select.
//
//agen:generator
func genericFlow[K comparable, V any](y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace, m map[K]V, ch chan V) {
	var keys []string
	for k, v := range m {
		keys = append(keys, fmt.Sprint(k, v))
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("entry"))))
	}
	slices.Sort(keys)
	tr.Log("%v", keys)
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("closed"))))
				return
			}
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint(v)))))
		}
	}
}

func mkChan() chan int {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	close(c)
	return c
}

// recvIntoYield receives, in select clauses, into elements whose indices
// suspend: they are evaluated after the receive, when the case is chosen.
//
//agen:generator
func recvIntoYield(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	ch := make(chan int, 1)
	arr := make([]int, 3)
	var ok bool
	for i := range 3 {
		ch <- 10 + i
		select {
		case arr[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))%3] = <-ch:
			tr.Log("arr %v", arr)
		}
	}
	close(ch)
	select {
	case arr[y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-2))))%3], ok = <-ch:
		tr.Log("arr %v ok %v", arr, ok)
	default:
		tr.Log("unreachable")
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](arr[0]+arr[1]+arr[2]))))
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("recvBodies",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return recvBodiesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { recvBodies(y, tr); return nil }),
	difftest.Async("withDefault",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return withDefaultGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { withDefault(y, tr); return nil }),
	difftest.Async("commaOk",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return commaOkGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { commaOk(y, tr); return nil }),
	difftest.Async("sends",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return sendsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { sends(y, tr); return nil },
		5, 6),
	difftest.Async("operands",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return operandsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { operands(y, tr); return nil },
		1, 2, 0),
	difftest.Async("inLoop",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return inLoopGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { inLoop(y, tr); return nil },
		0, 1),
	difftest.Async("degenerate",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return degenerateGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { degenerate(y, tr); return nil },
		5),
	difftest.Async("genericFlow",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] {
			return genericFlowGen(tr, map[string]int{"a": 1, "b": 2}, mkChan())
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			genericFlow(y, tr, map[string]int{"a": 1, "b": 2}, mkChan())
			return nil
		}),
	difftest.Async("recvIntoYield",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return recvIntoYieldGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { recvIntoYield(y, tr); return nil },
		1, 2, 0),
	difftest.Async("captured",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return capturedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { captured(y, tr); return nil }),
}
