// Command ticker prints the values of an async generator that sleeps
// between them, PEP 525's first example:
//
//	async def ticker(delay, to):
//	    """Yield numbers from 0 to *to* every *delay* seconds."""
//	    for i in range(to):
//	        yield i
//	        await asyncio.sleep(delay)
//
// It consumes one ticker with All(ctx), Python's async for, on the calling
// goroutine, then runs two tickers at once as tasks on an event loop, on
// one goroutine.
package main

// This file defines the ticker and the program.

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/agen-go/agen/runtime/agen"
)

//go:generate go tool agen

// ticker yields 0..to-1, sleeping delay after each value.
//
//agen:generator
func ticker(y *agen.AsyncYielder[int, agen.None], delay time.Duration, to int) error {
	for i := range to {
		y.Yield(i)
		if _, err := agen.Await(y, agen.Sleep(delay)); err != nil {
			return err // the consumer's context ended while we slept
		}
	}
	return nil
}

// run prints the values of a ticker consumed with All(ctx), then those of
// two tickers running at once on loop, each with the loop's time since
// they started.
func run(ctx context.Context, w io.Writer, loop *agen.Loop, delay time.Duration) error {
	fmt.Fprintln(w, "with All(ctx):")
	for i, err := range tickerGen(delay, 5).All(ctx) {
		if err != nil {
			return err
		}
		fmt.Fprintln(w, i)
	}

	fmt.Fprintln(w, "two tickers on a loop:")
	start := loop.Now()
	show := func(name string) func(int) error {
		return func(i int) error {
			fmt.Fprintf(w, "%s %d at %v\n", name, i, loop.Now().Sub(start).Round(delay/2))
			return nil
		}
	}
	fast := agen.Spawn(loop, agen.ForEach(tickerGen(delay, 4), show("fast")))
	slow := agen.Spawn(loop, agen.ForEach(tickerGen(5*delay/2, 2), show("slow")))
	if err := loop.Run(ctx); err != nil {
		return err
	}
	if _, err := fast.Result(); err != nil {
		return err
	}
	_, err := slow.Result()
	return err
}

func main() {
	if err := run(context.Background(), os.Stdout, agen.NewLoop(), 200*time.Millisecond); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
