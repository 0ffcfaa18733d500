package main

// This file runs the program's two parts, the second with virtual time,
// and the generator generated and under agen.GoroutineAsync.

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// The program's two parts. Breaking out of All(ctx) blocks the calling
// goroutine while the cleanup sleeps in real time, hence the short delay
// there. The abandoned generator is closed as a task on the loop it ran
// on, whose clock is virtual: its cleanup's hour-long flush takes no time
// (on a goroutine of its own, it would take an hour).
func Example() {
	ctx := context.Background()
	if err := breakAt100(ctx, os.Stdout, time.Millisecond); err != nil {
		panic(err)
	}
	loop := agen.NewLoop(agen.WithVirtualTime())
	if err := abandon(ctx, os.Stdout, loop, time.Hour); err != nil {
		panic(err)
	}
	fmt.Println("closed after", loop.Now().Sub(agen.VirtualEpoch), "of the loop's time")
	// Output:
	// first.txt: opened
	// got 100: break
	// first.txt: flushing
	// first.txt: closed
	// after the loop
	// second.txt: opened
	// got 100: abandon the generator
	// collecting garbage
	// second.txt: flushing
	// second.txt: closed
	// closed after 1h0m0s of the loop's time
}

// traceWriter logs what is written to it in a trace.
type traceWriter struct{ tr *difftest.Trace }

func (w traceWriter) Write(p []byte) (int, error) {
	w.tr.Log("%s", p)
	return len(p), nil
}

// TestDifferential runs fileProcessor generated and under
// agen.GoroutineAsync.
func TestDifferential(t *testing.T) {
	file := func(tr *difftest.Trace) *file {
		return &file{name: "f", w: traceWriter{tr}, closed: agen.NewFuture[agen.None]()}
	}
	difftest.Suite{
		difftest.Async("fileProcessor",
			func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] {
				return fileProcessorGen(file(tr), 0, 5)
			},
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
				return fileProcessor(y, file(tr), 0, 5)
			}),
	}.Run(t)
}
