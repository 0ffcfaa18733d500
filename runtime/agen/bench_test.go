package agen_test

// This file benchmarks the reference drivers against iter.Pull and channels.

// Benchmarks of the cost per value of the reference drivers, next to a
// hand-written state machine (what agen generates), iter.Pull and a
// goroutine feeding a channel. Compare them in one run:
//
//	go test -bench . -run '^$' ./runtime/agen

import (
	"context"
	"iter"
	"testing"

	"github.com/agen-go/agen/runtime/agen"
)

// countingSync is the sync counterpart of counting.
func countingSync(y *agen.Yielder[int, agen.None]) error {
	for i := 0; ; i++ {
		y.Yield(i)
	}
}

// Goroutine's Next: two channel handoffs per value.
func BenchmarkGoroutineNext(b *testing.B) {
	g := agen.Goroutine(countingSync)
	defer g.Close()
	b.ReportAllocs()
	for b.Loop() {
		g.Next()
	}
}

// GoroutineAsync's blocking Next(ctx): an awaitable polled by block.
func BenchmarkGoroutineAsyncNext(b *testing.B) {
	ctx := context.Background()
	g := agen.GoroutineAsync(counting)
	defer g.Close(ctx)
	b.ReportAllocs()
	for b.Loop() {
		g.Next(ctx)
	}
}

// GoroutineAsync's ANext polled by a Loop task, through ForEach.
func BenchmarkGoroutineAsyncANextOnLoop(b *testing.B) {
	l := agen.NewLoop()
	g := agen.GoroutineAsync(counting)
	agen.Spawn(l, agen.ForEach(g, func(int) error {
		if !b.Loop() {
			return errStop // closes g
		}
		return nil
	}))
	b.ReportAllocs()
	if err := l.Run(context.Background()); err != nil {
		b.Fatal(err)
	}
}

// counter is the state machine agen generates for a counting body, by
// hand: the baseline without goroutines.
type counter struct{ i int }

func (c *counter) Next() (int, bool) {
	v := c.i
	c.i++
	return v, true
}

func BenchmarkStateMachineNext(b *testing.B) {
	c := &counter{}
	b.ReportAllocs()
	for b.Loop() {
		c.Next()
	}
}

// iter.Pull over a counting sequence: a coroutine switch per value.
func BenchmarkIterPull(b *testing.B) {
	next, stop := iter.Pull(func(yield func(int) bool) {
		for i := 0; yield(i); i++ {
		}
	})
	defer stop()
	b.ReportAllocs()
	for b.Loop() {
		next()
	}
}

// A goroutine sending on an unbuffered channel.
func BenchmarkChannelGoroutine(b *testing.B) {
	ch := make(chan int)
	done := make(chan struct{})
	go func() {
		for i := 0; ; i++ {
			select {
			case ch <- i:
			case <-done:
				return
			}
		}
	}()
	defer close(done)
	b.ReportAllocs()
	for b.Loop() {
		<-ch
	}
}
