package main

// This file runs the program with virtual time, and the generator
// generated and under agen.GoroutineAsync.

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// The program with the delays of main, on a loop with virtual time.
func Example() {
	if err := run(context.Background(), os.Stdout, agen.NewLoop(agen.WithVirtualTime()), 100*time.Millisecond); err != nil {
		panic(err)
	}
	// Output:
	// got "hello"
	// resilient: recovered from "bad value"
	// threw ErrValue, got "recovered"
	// then: agen: no more values
	// threw another error into a second one: something else
}

// traceWriter logs what is written to it in a trace.
type traceWriter struct{ tr *difftest.Trace }

func (w traceWriter) Write(p []byte) (int, error) {
	w.tr.Log("%s", p)
	return len(p), nil
}

// TestDifferential runs resilient generated and under agen.GoroutineAsync;
// the harness throws its own error, which resilient does not catch.
func TestDifferential(t *testing.T) {
	difftest.Suite{
		difftest.Async("resilient",
			func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] {
				return resilientGen(traceWriter{tr}, 0)
			},
			func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
				return resilient(y, traceWriter{tr}, 0)
			}),
	}.Run(t)
}
