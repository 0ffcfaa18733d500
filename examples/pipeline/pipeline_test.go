package main

// This file checks the pipeline's output, runs each stage generated and
// under agen.GoroutineAsync, and counts goroutines.

import (
	"context"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// The pipeline on a loop with virtual time: the timers fire at once.
func Example() {
	if err := run(context.Background(), os.Stdout, agen.NewLoop(agen.WithVirtualTime()), time.Millisecond); err != nil {
		panic(err)
	}
	// Output:
	// blocking:
	// 5.00
	// 5.25
	// 5.83
	// on a loop:
	// 5.00
	// 5.25
	// 5.83
	// 6.75
}

// TestDifferential runs the stages generated and under agen.GoroutineAsync,
// each over generated stages below it, with a device that answers after
// one suspension and no delay: the harness polls by hand, and the traces
// must not depend on timers.
func TestDifferential(t *testing.T) {
	device := func(i int) agen.Awaitable[int] { return difftest.Later(10 + i*i) }
	difftest.Suite{
		difftest.Async("readings",
			func(*difftest.Trace) agen.AsyncGenerator[int, agen.None] { return readingsGen(0, 3, 0, device) },
			func(_ *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
				return readings(y, 0, 3, 0, device)
			}),
		difftest.Async("concat",
			func(*difftest.Trace) agen.AsyncGenerator[int, agen.None] {
				return concatGen(readingsGen(0, 2, 0, device), readingsGen(2, 3, 0, device))
			},
			func(_ *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
				return concat(y, readingsGen(0, 2, 0, device), readingsGen(2, 3, 0, device))
			}),
		// averages ranges over All(ctx): the reference blocks in Next(ctx) where
		// generated code suspends, so only blocking operations compare.
		difftest.AsyncBlocking("averages",
			func(*difftest.Trace) agen.AsyncGenerator[float64, agen.None] {
				return averagesGen(scaledGen(readingsGen(0, 3, 0, device), 0.5))
			},
			func(_ *difftest.Trace, y *agen.AsyncYielder[float64, agen.None]) error {
				return averages(y, scaledGen(readingsGen(0, 3, 0, device), 0.5))
			}),
	}.Run(t)
}

// The three stages run with no goroutine of their own, blocking or on a
// loop: while values flow, the only other goroutines are the devices'
// (which end once they answer).
func TestNoGoroutinePerGenerator(t *testing.T) {
	settle := func() int {
		for range 100 {
			runtime.Gosched()
		}
		return runtime.NumGoroutine()
	}
	before := settle()
	ctx := context.Background()
	most := 0
	for _, err := range pipeline(5, time.Millisecond).All(ctx) {
		require.NoError(t, err)
		most = max(most, runtime.NumGoroutine()-before)
	}
	loop := agen.NewLoop()
	var gens []agen.AsyncGenerator[float64, agen.None]
	for range 100 {
		g := pipeline(3, time.Millisecond)
		gens = append(gens, g)
		agen.Spawn(loop, agen.ForEach(g, func(float64) error {
			most = max(most, runtime.NumGoroutine()-before)
			return nil
		}))
	}
	require.NoError(t, loop.Run(ctx))
	require.LessOrEqual(t, most, 100, "at most the devices' goroutines, one per pipeline")
	// A device's goroutine may still be on its way out after resolving
	// the last future: wait for it, for a while.
	left := settle() - before
	for deadline := time.Now().Add(5 * time.Second); left > 0 && time.Now().Before(deadline); left = settle() - before {
		time.Sleep(time.Millisecond)
	}
	require.LessOrEqual(t, left, 0, "no goroutine left behind")
	var out strings.Builder
	require.NoError(t, run(ctx, &out, agen.NewLoop(), time.Millisecond))
	require.Contains(t, out.String(), "6.75")
}
