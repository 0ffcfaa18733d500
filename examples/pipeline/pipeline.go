// Command pipeline runs async generators stacked on each other, each
// awaiting the next values of the one below inline (or delegating to it
// with YieldFrom), without a goroutine or a channel between them: sensor
// readings that arrive after a timer and from a device answering on
// another goroutine, concatenated, scaled, then averaged. It
// runs them twice: on the calling goroutine through the blocking All, and
// as one task on an event loop.
package main

// This file defines the pipeline and the program.

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

// readings yields readings from to to-1: each one comes after delay, from
// a device that answers when it can.
//
//agen:generator
func readings(y *agen.AsyncYielder[int, agen.None], from, to int, delay time.Duration, device func(int) agen.Awaitable[int]) error {
	for i := from; i < to; i++ {
		if _, err := agen.Await(y, agen.Sleep(delay)); err != nil {
			return err
		}
		v, err := agen.Await(y, device(i))
		if err != nil {
			return err
		}
		y.Yield(v)
	}
	return nil
}

// device asks a device for reading i: it answers on a goroutine of its
// own, through a future.
func device(i int) agen.Awaitable[int] {
	answer := agen.NewFuture[int]()
	go func() { answer.Resolve(10 + i*i) }()
	return answer
}

// concat yields the values of each of srcs in turn, delegating to them.
//
//agen:generator
func concat(y *agen.AsyncYielder[int, agen.None], srcs ...agen.AsyncGenerator[int, agen.None]) error {
	for _, src := range srcs {
		if err := y.YieldFrom(src); err != nil {
			return err
		}
	}
	return nil
}

// scaled yields the values of src multiplied by factor.
//
//agen:generator
func scaled(y *agen.AsyncYielder[float64, agen.None], src agen.AsyncGenerator[int, agen.None], factor float64) error {
	for {
		v, err := agen.Await(y, src.ANext())
		if errors.Is(err, agen.Done) {
			return nil
		}
		if err != nil {
			return err
		}
		y.Yield(float64(v) * factor)
	}
}

// averages yields the running average of the values of src.
//
//agen:generator
func averages(y *agen.AsyncYielder[float64, agen.None], src agen.AsyncGenerator[float64, agen.None]) error {
	sum, n := 0.0, 0
	for v, err := range src.All(y.Context()) {
		if err != nil {
			return err
		}
		sum, n = sum+v, n+1
		y.Yield(sum / float64(n))
	}
	return nil
}

// pipeline stacks the generators: the readings of two devices' runs one
// after the other, scaled, averaged.
func pipeline(n int, delay time.Duration) agen.AsyncGenerator[float64, agen.None] {
	first := readingsGen(0, n/2, delay, device)
	second := readingsGen(n/2, n, delay, device)
	return averagesGen(scaledGen(concatGen(first, second), 0.5))
}

// run drives a pipeline with the blocking All, then one as a task on a
// loop, printing the values.
func run(ctx context.Context, w io.Writer, loop *agen.Loop, delay time.Duration) error {
	fmt.Fprintln(w, "blocking:")
	for v, err := range pipeline(3, delay).All(ctx) {
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%.2f\n", v)
	}
	fmt.Fprintln(w, "on a loop:")
	task := agen.Spawn(loop, agen.ForEach(pipeline(4, delay), func(v float64) error {
		fmt.Fprintf(w, "%.2f\n", v)
		return nil
	}))
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
