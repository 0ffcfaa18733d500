// Command unsafe yields in a deferred function, which PEP 525 forbids in
// an async generator's finally block:
//
//	async def gen():
//	    try:
//	        yield 1
//	    finally:
//	        await asyncio.sleep(0.1)  # fine
//	        yield 2                   # RuntimeError: async generator ignored GeneratorExit
//
// A deferred function runs while the generator closes, when nobody asks
// for a value. agen refuses such a body, and agenvet reports it, at the
// yield: testdata/refused holds this program's body as a generator,
//
//	$ go run github.com/agen-go/agen/cmd/agen ./examples/unsafe/testdata/refused
//	examples/unsafe/testdata/refused/refused.go:19:3: Yield inside a deferred function is not supported: ...
//
// This program runs the body as written under agen.GoroutineAsync, the
// reference driver: Close reports the yield with agen.ErrIgnoredClose. The
// consumer is an async body, run as a task on an event loop.
package main

// This file defines the body, its consumer and the program.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/agen-go/agen/runtime/agen"
)

//go:generate go tool agen

// unsafeBody is the body of testdata/refused without its directive: a
// function literal, which agen does not take for a generator body, run
// by agen.GoroutineAsync.
var unsafeBody = func(y *agen.AsyncYielder[int, agen.None], delay time.Duration) error {
	defer func() {
		agen.Await(y, agen.Sleep(delay)) // awaiting while closing is fine
		y.Yield(2)                       // yielding is not: nobody asked for a value
	}()
	y.Yield(1)
	return nil
}

// consumer takes one value of unsafeBody, then closes it.
//
//agen:generator
func consumer(y *agen.AsyncYielder[agen.None, agen.None], w io.Writer, delay time.Duration) error {
	g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error { return unsafeBody(y, delay) })
	v, err := agen.Await(y, g.ANext())
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "got", v)
	_, err = agen.Await(y, g.AClose())
	fmt.Fprintln(w, "Close:", err)
	fmt.Fprintln(w, "ErrIgnoredClose:", errors.Is(err, agen.ErrIgnoredClose))
	_, err = agen.Await(y, g.ANext())
	fmt.Fprintln(w, "then Next:", err)
	return nil
}

// run runs the consumer as a task on loop.
func run(ctx context.Context, w io.Writer, loop *agen.Loop, delay time.Duration) error {
	task := agen.Spawn(loop, agen.ForEach(consumerGen(w, delay), func(agen.None) error { return nil }))
	if err := loop.Run(ctx); err != nil {
		return err
	}
	_, err := task.Result()
	return err
}

func main() {
	if err := run(context.Background(), os.Stdout, agen.NewLoop(), 100*time.Millisecond); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
