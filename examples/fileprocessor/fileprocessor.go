// Command fileprocessor leaves an async generator early, with a cleanup
// that awaits: PEP 525's example of finalization,
//
//	async def square_series(con, to):
//	    async with con.transaction():
//	        cursor = con.cursor(
//	            'SELECT generate_series(0, $1) AS i', to)
//	        async for row in cursor:
//	            yield row['i'] ** 2
//
//	async for i in square_series(con, 1000):
//	    if i == 100:
//	        break
//
// with a file in place of the transaction. Breaking out of All(ctx) closes
// the generator at once: its deferred cleanup runs, its await included,
// before the loop statement ends. A generator abandoned without a Close is
// closed by the finalizer after the garbage collector finds it unreachable,
// as a task on the event loop it ran on.
package main

// This file defines the file, the generator, its consumers and the program.

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/agen-go/agen/runtime/agen"
)

//go:generate go tool agen

// file stands for an open file: closing it takes a flush.
type file struct {
	name   string
	w      io.Writer
	closed *agen.Future[agen.None] // resolved once it is closed
}

// open opens a file.
func open(w io.Writer, name string) *file {
	fmt.Fprintf(w, "%s: opened\n", name)
	return &file{name: name, w: w, closed: agen.NewFuture[agen.None]()}
}

// close closes the file.
func (f *file) close() {
	fmt.Fprintf(f.w, "%s: closed\n", f.name)
	f.closed.Resolve(agen.None{})
}

// fileProcessor yields the squares of the record numbers 0..to-1 of f;
// however it ends, its cleanup flushes f, which takes delay, and closes it.
//
//agen:generator
func fileProcessor(y *agen.AsyncYielder[int, agen.None], f *file, delay time.Duration, to int) error {
	defer func() {
		fmt.Fprintf(f.w, "%s: flushing\n", f.name)
		if _, err := agen.Await(y, agen.Sleep(delay)); err != nil {
			fmt.Fprintf(f.w, "%s: flush interrupted: %v\n", f.name, err)
		}
		f.close()
	}()
	for i := range to {
		y.Yield(i * i)
	}
	return nil
}

// breakAt100 consumes a fileProcessor with All(ctx) and breaks out of the
// loop at 100.
func breakAt100(ctx context.Context, w io.Writer, delay time.Duration) error {
	for v, err := range fileProcessorGen(open(w, "first.txt"), delay, 1000).All(ctx) {
		if err != nil {
			return err
		}
		if v == 100 {
			fmt.Fprintln(w, "got 100: break")
			break
		}
	}
	fmt.Fprintln(w, "after the loop")
	return nil
}

// abandonAt100 reads g until 100 and returns without closing it.
//
//agen:generator
func abandonAt100(y *agen.AsyncYielder[agen.None, agen.None], w io.Writer, g agen.AsyncGenerator[int, agen.None]) error {
	for {
		v, err := agen.Await(y, g.ANext())
		if err != nil {
			return err
		}
		if v == 100 {
			fmt.Fprintln(w, "got 100: abandon the generator")
			return nil
		}
	}
}

// abandon runs a fileProcessor on loop, abandons it at 100, and then keeps
// the loop running, collecting garbage, until the finalizer has closed it.
func abandon(ctx context.Context, w io.Writer, loop *agen.Loop, delay time.Duration) error {
	f := open(w, "second.txt")
	task := agen.Spawn(loop, agen.ForEach(abandonAt100Gen(w, fileProcessorGen(f, delay, 1000)), func(agen.None) error { return nil }))
	if err := loop.Run(ctx); err != nil {
		return err
	}
	if _, err := task.Result(); err != nil {
		return err
	}
	fmt.Fprintln(w, "collecting garbage")
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for {
			runtime.GC() // finds the generator unreachable: its finalizer spawns its close on loop
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()
	agen.Spawn(loop, f.closed) // keeps the loop running until f is closed
	return loop.Run(ctx)
}

// run breaks out of one fileProcessor's All(ctx), then abandons another
// on loop.
func run(ctx context.Context, w io.Writer, loop *agen.Loop, delay time.Duration) error {
	if err := breakAt100(ctx, w, delay); err != nil {
		return err
	}
	return abandon(ctx, w, loop, delay)
}

func main() {
	if err := run(context.Background(), os.Stdout, agen.NewLoop(), 100*time.Millisecond); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
