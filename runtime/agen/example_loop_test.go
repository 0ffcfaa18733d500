package agen_test

// This file holds the examples of Loop.

import (
	"context"
	"fmt"
	"time"

	"github.com/agen-go/agen/runtime/agen"
)

// A pipeline and a task that waits for it, run on one goroutine.
func ExampleLoop() {
	l := agen.NewLoop()
	squares := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
		for i := 1; i <= 3; i++ {
			if _, err := agen.Await(y, agen.Sleep(time.Millisecond)); err != nil {
				return err
			}
			y.Yield(i * i)
		}
		return nil
	})
	sum := 0
	consumer := agen.Spawn(l, agen.ForEach(squares, func(v int) error {
		fmt.Println("got", v)
		sum += v
		return nil
	}))
	// A task is an awaitable: this one waits for the consumer.
	report := agen.Spawn(l, agen.AwaitableFunc[int](func(ctx context.Context, w agen.Waker) (int, error, bool) {
		if _, err, ok := consumer.Poll(ctx, w); !ok || err != nil {
			return 0, err, ok
		}
		return sum, nil, true
	}))
	if err := l.Run(context.Background()); err != nil {
		fmt.Println(err)
	}
	fmt.Println(report.Result())
	// Output:
	// got 1
	// got 4
	// got 9
	// 14 <nil>
}

// ticker yields name every period, n times.
func ticker(name string, every time.Duration, n int) agen.AsyncGenerator[string, agen.None] {
	return agen.GoroutineAsync(func(y *agen.AsyncYielder[string, agen.None]) error {
		for range n {
			if _, err := agen.Await(y, agen.Sleep(every)); err != nil {
				return err
			}
			y.Yield(name)
		}
		return nil
	})
}

// Three tickers run for 80 simulated minutes, at once. Ticks due at the
// same time come in the order their Sleep began.
func ExampleWithVirtualTime() {
	l := agen.NewLoop(agen.WithVirtualTime())
	for _, g := range []agen.AsyncGenerator[string, agen.None]{
		ticker("fast", 20*time.Minute, 4),
		ticker("slow", 30*time.Minute, 2),
		ticker("hourly", time.Hour, 1),
	} {
		agen.Spawn(l, agen.ForEach(g, func(name string) error {
			fmt.Println(l.Now().Sub(agen.VirtualEpoch), name)
			return nil
		}))
	}
	if err := l.Run(context.Background()); err != nil {
		fmt.Println(err)
	}
	fmt.Println("done at", l.Now().Format(time.TimeOnly))
	// Output:
	// 20m0s fast
	// 30m0s slow
	// 40m0s fast
	// 1h0m0s hourly
	// 1h0m0s slow
	// 1h0m0s fast
	// 1h20m0s fast
	// done at 01:20:00
}
