package main

// This file runs the program with virtual time, and the echo generator
// generated and under agen.GoroutineAsync.

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// The program with the delays of main, on a loop with virtual time: it
// takes no time, and the loop's clock says how long it would have taken.
func Example() {
	if err := run(context.Background(), os.Stdout, agen.NewLoop(agen.WithVirtualTime()), 100*time.Millisecond); err != nil {
		panic(err)
	}
	// Output:
	// started: 0 received
	// echo: hello
	// sent "hello": 1 received
	// echo: world
	// sent "world": 2 received
	// echo: bye
	// sent "bye": echo finished
	// done after 700ms
}

// traceWriter logs what is written to it in a trace.
type traceWriter struct{ tr *difftest.Trace }

func (w traceWriter) Write(p []byte) (int, error) {
	w.tr.Log("%s", p)
	return len(p), nil
}

// TestDifferential runs echo generated and under agen.GoroutineAsync.
func TestDifferential(t *testing.T) {
	difftest.Suite{
		difftest.Async("echo",
			func(tr *difftest.Trace) agen.AsyncGenerator[int, string] { return echoGen(traceWriter{tr}, 0) },
			func(tr *difftest.Trace, y *agen.AsyncYielder[int, string]) error { return echo(y, traceWriter{tr}, 0) },
			"hello", "world", "bye"),
	}.Run(t)
}
