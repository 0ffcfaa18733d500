// Command managedresource closes an async generator whose cleanup awaits,
// as PEP 525 allows a finally block of an async generator to do; in
// Python:
//
//	async def managed_resource():
//	    resource = await open_resource()
//	    try:
//	        while True:
//	            yield await resource.read()
//	    finally:
//	        print("cleanup: flushing")
//	        await asyncio.sleep(0.1)
//	        resource.close()
//
// In Go, finally is a deferred function; in an async body it may await.
// Close after two values runs the whole cleanup, its await included, before
// it returns. The consumer is an async body too, run as a task on an event
// loop.
package main

// This file defines the resource, the generator, its consumer and the
// program.

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/agen-go/agen/runtime/agen"
)

//go:generate go tool agen

// resource stands for a connection: it takes delay to open, to read a row
// and to flush.
type resource struct {
	w     io.Writer
	delay time.Duration
	rows  int
}

// openResource opens a resource.
func openResource(w io.Writer, delay time.Duration) agen.Awaitable[*resource] {
	var opening agen.Awaitable[agen.None]
	return agen.AwaitableFunc[*resource](func(ctx context.Context, wk agen.Waker) (*resource, error, bool) {
		if opening == nil {
			fmt.Fprintln(w, "opening the resource")
			opening = agen.Sleep(delay)
		}
		if _, err, ready := opening.Poll(ctx, wk); !ready || err != nil {
			return nil, err, ready
		}
		return &resource{w: w, delay: delay}, nil, true
	})
}

// read reads the next row.
func (r *resource) read() agen.Awaitable[string] {
	pause := agen.Sleep(r.delay)
	return agen.AwaitableFunc[string](func(ctx context.Context, wk agen.Waker) (string, error, bool) {
		if _, err, ready := pause.Poll(ctx, wk); !ready || err != nil {
			return "", err, ready
		}
		r.rows++
		return fmt.Sprintf("row %d", r.rows), nil, true
	})
}

// close closes the resource.
func (r *resource) close() {
	fmt.Fprintln(r.w, "cleanup: resource closed")
}

// managedResource opens a resource and yields its rows; however it ends,
// its cleanup flushes the resource, which takes time, and closes it.
//
//agen:generator
func managedResource(y *agen.AsyncYielder[string, agen.None], w io.Writer, delay time.Duration) error {
	r, err := agen.Await(y, openResource(w, delay))
	if err != nil {
		return err
	}
	defer func() {
		fmt.Fprintln(w, "cleanup: flushing")
		if _, err := agen.Await(y, agen.Sleep(delay)); err != nil {
			fmt.Fprintln(w, "cleanup: flush interrupted:", err)
		}
		r.close()
	}()
	for {
		row, err := agen.Await(y, r.read())
		if err != nil {
			return err
		}
		y.Yield(row)
	}
}

// consumer reads two rows and closes the generator; now is the loop's
// clock.
//
//agen:generator
func consumer(y *agen.AsyncYielder[agen.None, agen.None], w io.Writer, delay time.Duration, now func() time.Time) error {
	g := managedResourceGen(w, delay)
	for range 2 {
		row, err := agen.Await(y, g.ANext())
		if err != nil {
			return err
		}
		fmt.Fprintln(w, "got", row)
	}
	start := now()
	if _, err := agen.Await(y, g.AClose()); err != nil {
		return err
	}
	fmt.Fprintf(w, "Close returned after %v\n", now().Sub(start).Round(delay))
	return nil
}

// run runs the consumer as a task on loop.
func run(ctx context.Context, w io.Writer, loop *agen.Loop, delay time.Duration) error {
	task := agen.Spawn(loop, agen.ForEach(consumerGen(w, delay, loop.Now), func(agen.None) error { return nil }))
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
