// Package basics holds the simplest generators: straight-line yields,
// loops, sends, results and errors.
package basics

import (
	"errors"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// counter yields 0..n-1 and logs what it is sent.
//
//agen:generator
func counter(y *agen.Yielder[int, int], tr *difftest.Trace, n int) {
	tr.Log("start")
	for i := 0; i < n; i++ {
		got := y.Yield(i)
		tr.Log("got %d", got)
	}
	tr.Log("end")
}

// fails yields twice, then returns an error.
//
//agen:generator
func fails(y *agen.Yielder[string, agen.None], tr *difftest.Trace) error {
	y.Yield("a")
	tr.Log("between")
	y.Yield("b")
	return errors.New("failed")
}

// catches catches what is thrown at YieldErr and goes on.
//
//agen:generator
func catches(y *agen.Yielder[int, int], tr *difftest.Trace) (err error) {
	for i := range 4 {
		s, err := y.YieldErr(i * 10)
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
func boom(y *agen.Yielder[int, agen.None]) {
	y.Yield(1)
	panic("boom") // emit/lines_test.go looks for this line
}

// NewBoom returns the generator of boom, for emit/lines_test.go.
func NewBoom() agen.Generator[int, agen.None] { return boomGen() }

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("counter",
		func(tr *difftest.Trace) agen.Generator[int, int] { return counterGen(tr, 4) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { counter(y, tr, 4); return nil },
		7, 8, 9),
	difftest.Sync("fails",
		func(tr *difftest.Trace) agen.Generator[string, agen.None] { return failsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, agen.None]) error { return fails(y, tr) }),
	difftest.Sync("catches",
		func(tr *difftest.Trace) agen.Generator[int, int] { return catchesGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return catches(y, tr) },
		1, 2),
	difftest.Sync("boom",
		func(*difftest.Trace) agen.Generator[int, agen.None] { return boomGen() },
		func(_ *difftest.Trace, y *agen.Yielder[int, agen.None]) error { boom(y); return nil }),
}
