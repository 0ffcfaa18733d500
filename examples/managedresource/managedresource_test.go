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

// The program with the delays of main, on a loop with virtual time: Close
// waited for the cleanup's Sleep.
func Example() {
	if err := run(context.Background(), os.Stdout, agen.NewLoop(agen.WithVirtualTime()), 100*time.Millisecond); err != nil {
		panic(err)
	}
	// Output:
	// opening the resource
	// got row 1
	// got row 2
	// cleanup: flushing
	// cleanup: resource closed
	// Close returned after 100ms
}

// traceWriter logs what is written to it in a trace.
type traceWriter struct{ tr *difftest.Trace }

func (w traceWriter) Write(p []byte) (int, error) {
	w.tr.Log("%s", p)
	return len(p), nil
}

// TestDifferential runs managedResource generated and under
// agen.GoroutineAsync, closed, thrown into and broken out of at every
// value: the cleanup runs whole each time.
func TestDifferential(t *testing.T) {
	difftest.Suite{
		difftest.Async("managedResource",
			func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] {
				return managedResourceGen(traceWriter{tr}, 0)
			},
			func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
				return managedResource(y, traceWriter{tr}, 0)
			}),
	}.Run(t)
}
