// Package nesting holds generators that nest every suspending control
// statement inside the others, driven by what the consumer sends: a small
// stack machine, and a scheduler over channels.
package asyncnesting

import (
	"errors"
	"fmt"
	"slices"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

var errUnderflow = errors.New("underflow")

// machine runs instructions it receives: push, add, dup, drop, a loop
// that counts down, and stop.
//
//agen:generator
func machine(y *agen.AsyncYielder[string, int], tr *difftest.Trace) error {
	var stack []int
	pop := func() (int, error) {
		if len(stack) == 0 {
			return 0, errUnderflow
		}
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return v, nil
	}
	steps := 0
run:
	for {
		steps++
		if steps > 12 {
			tr.Log("too many steps")
			break run
		}
		switch op := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("stack ", stack))))); op % 6 {
		case 0:
			n := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("push?"))))
			stack = append(stack, n)
		case 1:
			a, err := pop()
			if err != nil {
				tr.Log("add: %v", err)
				continue run
			}
			b, err := pop()
			if err != nil {
				stack = append(stack, a)
				tr.Log("add: %v", err)
				continue
			}
			stack = append(stack, a+b)
		case 2:
			if len(stack) == 0 {
				break
			}
			stack = append(stack, stack[len(stack)-1])
			fallthrough
		case 3:
			if _, err := pop(); err != nil {
				return err
			}
		case 4:
			v, err := pop()
			if err != nil {
				goto underflow
			}
			for i := v; i > 0; i-- {
				if y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("count ", i))))) < 0 {
					tr.Log("count broken at %d", i)
					break
				}
			}
			continue run
		underflow:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("underflow"))))
		default:
			tr.Log("stop")
			break run
		}
		tr.Log("after op, %d on the stack", len(stack))
	}
	tr.Log("end %v", stack)
	return nil
}

// scheduler runs tasks that report over channels: a select picks the
// ready one, the consumer's value says which task makes progress.
//
//agen:generator
func scheduler(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	tasks := map[string]chan int{"a": make(chan int, 1), "b": make(chan int, 1)}
	names := []string{"a", "b"}
	done := map[string]int{}
	for round := 0; len(tasks) > 0 && round < 8; round++ {
		pick := names[y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("pick"))))%2]
		ch, ok := tasks[pick]
		if !ok {
			tr.Log("%s is finished", pick)
			continue
		}
		ch <- round
		select {
		case v := <-tasks["a"]:
			done["a"] += v
			if done["a"] > 3 {
				delete(tasks, "a")
				y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("a finished"))))
			}
		case v := <-tasks["b"]:
			switch {
			case v%2 == 0:
				done["b"]++
			default:
				done["b"] += y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("b odd"))))
			}
			if done["b"] > 2 {
				delete(tasks, "b")
			}
		}
		var left []string
		for name := range tasks {
			left = append(left, name)
		}
		slices.Sort(left)
		tr.Log("round %d left %v", round, left)
	}
	tr.Log("done a %d b %d", done["a"], done["b"])
}

// returns returns from inside a switch, a select and a loop nested in a
// loop, with yields in the returned values, and by a bare return of a
// named result that a deferred function reads.
//
//agen:generator
func returns(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	defer func() { tr.Log("deferred sees %v", err) }()
	ch := make(chan int, 1)
	for i := range 10 {
		switch i % 3 {
		case 0:
			if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))) == 1 {
				return fmt.Errorf("switch %d %d", i, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-i)))))
			}
		case 1:
			ch <- i
			select {
			case v := <-ch:
				if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v)))) == 2 {
					return fmt.Errorf("select %d", y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100+v)))))
				}
			}
		default:
			for j := range 2 {
				if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](j+1000)))) == 3 {
					err = fmt.Errorf("named %d", j)
					return
				}
			}
		}
	}
	return nil
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("machine",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return machineGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { return machine(y, tr) },
		0, 3, 0, 4, 1, 2, 4, -1, 7, 5),
	difftest.Async("returns",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return returnsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return returns(y, tr) },
		0, 1, 0, 2, 3, 0),
	difftest.Async("scheduler",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return schedulerGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { scheduler(y, tr); return nil },
		0, 1, 1, 0, 3),
}
