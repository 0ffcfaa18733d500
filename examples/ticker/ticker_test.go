package main

// This file runs the program with virtual time, and the ticker generated
// and under agen.GoroutineAsync.

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// The program on a loop with virtual time: the loop's clock jumps to each
// timer, so the tickers on the loop take no time and print exact times.
// All(ctx) blocks the calling goroutine and sleeps in real time, hence the
// short delay here.
func Example() {
	if err := run(context.Background(), os.Stdout, agen.NewLoop(agen.WithVirtualTime()), time.Millisecond); err != nil {
		panic(err)
	}
	// Output:
	// with All(ctx):
	// 0
	// 1
	// 2
	// 3
	// 4
	// two tickers on a loop:
	// fast 0 at 0s
	// slow 0 at 0s
	// fast 1 at 1ms
	// fast 2 at 2ms
	// slow 1 at 2.5ms
	// fast 3 at 3ms
}

// TestDifferential runs the ticker generated and under agen.GoroutineAsync.
func TestDifferential(t *testing.T) {
	difftest.Suite{
		difftest.Async("ticker",
			func(*difftest.Trace) agen.AsyncGenerator[int, agen.None] { return tickerGen(0, 5) },
			func(_ *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { return ticker(y, 0, 5) }),
	}.Run(t)
}
