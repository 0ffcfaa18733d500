// Command echo sends values into an async generator, which prints what it
// receives: PEP 525's asend example,
//
//	async def gen():
//	    await asyncio.sleep(0.1)
//	    v = yield 42
//	    print(v)
//	    await asyncio.sleep(0.2)
//
//	g = gen()
//	await g.asend(None)      # Will return 42 after sleeping for 0.1 seconds.
//	await g.asend('hello')   # Will print 'hello' and raise StopAsyncIteration
//	                         # (after sleeping for 0.2 seconds.)
//
// The conversation is itself an async body, Python's async def main(),
// run as a task on an event loop: it awaits the generator's ASend.
package main

// This file defines the echo generator, the conversation and the program.

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

// echo prints each value sent in, after a pause, and yields how many it
// has received so far; it ends after "bye".
//
//agen:generator
func echo(y *agen.AsyncYielder[int, string], w io.Writer, delay time.Duration) error {
	if _, err := agen.Await(y, agen.Sleep(delay)); err != nil {
		return err
	}
	for n := 0; ; n++ {
		v := y.Yield(n) // what the consumer sends
		fmt.Fprintf(w, "echo: %s\n", v)
		if _, err := agen.Await(y, agen.Sleep(2*delay)); err != nil {
			return err
		}
		if v == "bye" {
			return nil
		}
	}
}

// conversation sends words to an echo generator and prints its answers.
//
//agen:generator
func conversation(y *agen.AsyncYielder[agen.None, agen.None], w io.Writer, delay time.Duration, words ...string) error {
	g := echoGen(w, delay)
	// Send on a generator that has not started starts it: the value is
	// discarded, as with g.asend(None).
	n, err := agen.Await(y, g.ASend(""))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "started: %d received\n", n)
	for _, word := range words {
		n, err = agen.Await(y, g.ASend(word))
		if errors.Is(err, agen.Done) {
			fmt.Fprintf(w, "sent %q: echo finished\n", word)
			return nil
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "sent %q: %d received\n", word, n)
	}
	_, err = agen.Await(y, g.AClose())
	return err
}

// run runs the conversation as a task on loop, and prints how long it took
// on the loop's clock.
func run(ctx context.Context, w io.Writer, loop *agen.Loop, delay time.Duration) error {
	start := loop.Now()
	talk := conversationGen(w, delay, "hello", "world", "bye")
	task := agen.Spawn(loop, agen.ForEach(talk, func(agen.None) error { return nil }))
	if err := loop.Run(ctx); err != nil {
		return err
	}
	if _, err := task.Result(); err != nil {
		return err
	}
	fmt.Fprintf(w, "done after %v\n", loop.Now().Sub(start).Round(delay))
	return nil
}

func main() {
	if err := run(context.Background(), os.Stdout, agen.NewLoop(), 100*time.Millisecond); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
