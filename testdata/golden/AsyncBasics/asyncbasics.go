// Package basics holds the simplest generators: straight-line yields,
// loops, sends, results and errors.
package asyncbasics

import (
	"errors"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// counter yields 0..n-1 and logs what it is sent.
//
//agen:generator
func counter(y *agen.AsyncYielder[int, int], tr *difftest.Trace, n int) {
	tr.Log("start")
	for i := 0; i < n; i++ {
		got := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		tr.Log("got %d", got)
	}
	tr.Log("end")
}

// fails yields twice, then returns an error.
//
//agen:generator
func fails(y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace) error {
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("a"))))
	tr.Log("between")
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("b"))))
	return errors.New("failed")
}

// catches catches what is thrown at YieldErr and goes on.
//
//agen:generator
func catches(y *agen.AsyncYielder[int, int], tr *difftest.Trace) (err error) {
	for i := range 4 {
		s, err := y.YieldErr(difftest.Value(agen.Await(y, difftest.Later[int](i*10))))
		if err != nil {
			tr.Log("caught %v", err)
			continue
		}
		tr.Log("sent %d", s)
	}
	return nil
}

// boom panics after a yield, at a line stack traces must name.
//
//agen:generator
func boom(y *agen.AsyncYielder[int, agen.None]) {
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	panic("boom") // emit/lines_test.go looks for this line
}

// NewBoom returns the generator of boom, for emit/lines_test.go.
func NewBoom() agen.AsyncGenerator[int, agen.None] { return boomGen() }

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("counter",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return counterGen(tr, 4) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { counter(y, tr, 4); return nil },
		7, 8, 9),
	difftest.Async("fails",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] { return failsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error { return fails(y, tr) }),
	difftest.Async("catches",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return catchesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { return catches(y, tr) },
		1, 2),
	difftest.Async("boom",
		func(*difftest.Trace) agen.AsyncGenerator[int, agen.None] { return boomGen() },
		func(_ *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { boom(y); return nil }),
}
