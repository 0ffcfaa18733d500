// Command resilient throws an error into an async generator, which catches
// it and goes on: PEP 525's athrow example,
//
//	async def gen():
//	    try:
//	        await asyncio.sleep(0.1)
//	        yield 'hello'
//	    except ZeroDivisionError:
//	        await asyncio.sleep(0.2)
//	        yield 'world'
//
//	g = gen()
//	v = await g.asend(None)
//	print(v)                # Will print 'hello' after sleeping for 0.1 seconds.
//	v = await g.athrow(ZeroDivisionError)
//	print(v)                # Will print 'world' after sleeping 0.2 seconds.
//
// In Go, Python's except clause is YieldErr: it returns the error thrown at
// it instead of unwinding the body. The consumer is an async body too, run
// as a task on an event loop.
package main

// This file defines the generator, its consumer and the program.

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

// ErrValue is the error resilient recovers from, Python's ValueError.
var ErrValue = errors.New("bad value")

// resilient yields "hello" after a pause; an ErrValue thrown there is
// caught, and it yields "recovered" after a longer pause. Any other error
// thrown there ends it with that error.
//
//agen:generator
func resilient(y *agen.AsyncYielder[string, agen.None], w io.Writer, delay time.Duration) error {
	if _, err := agen.Await(y, agen.Sleep(delay)); err != nil {
		return err
	}
	if _, err := y.YieldErr("hello"); err != nil {
		if !errors.Is(err, ErrValue) {
			return err // not ours to handle
		}
		fmt.Fprintf(w, "resilient: recovered from %q\n", err)
		if _, err := agen.Await(y, agen.Sleep(2*delay)); err != nil {
			return err
		}
		y.Yield("recovered")
	}
	return nil
}

// consumer throws ErrValue into one resilient generator, then another
// error into a second one.
//
//agen:generator
func consumer(y *agen.AsyncYielder[agen.None, agen.None], w io.Writer, delay time.Duration) error {
	g := resilientGen(w, delay)
	v, err := agen.Await(y, g.ANext())
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "got %q\n", v)
	v, err = agen.Await(y, g.AThrow(ErrValue))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "threw ErrValue, got %q\n", v)
	_, err = agen.Await(y, g.ANext())
	fmt.Fprintf(w, "then: %v\n", err)

	g = resilientGen(w, delay)
	if _, err := agen.Await(y, g.ANext()); err != nil {
		return err
	}
	_, err = agen.Await(y, g.AThrow(errors.New("something else")))
	fmt.Fprintf(w, "threw another error into a second one: %v\n", err)
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
