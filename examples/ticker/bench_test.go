package main

// This file defines the benchmarks of the ticker: generated, written by
// hand, under agen.GoroutineAsync, and as a goroutine with a channel.

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// Run them in one go, and compare ratios, not times:
//
//	go test -run '^$' -bench . -count 6 ./examples/ticker | tee ticker.txt
//	benchstat -col /impl ticker.txt

// size is the number of values each benchmark iteration drains.
const size = 1000

var sink int

// futureTicker is ticker with its pauses on futures that another goroutine
// resolves: it waits for ticks[i] after value i.
//
//agen:generator
func futureTicker(y *agen.AsyncYielder[int, agen.None], ticks []*agen.Future[agen.None]) error {
	for i := range len(ticks) {
		y.Yield(i)
		if _, err := agen.Await(y, ticks[i]); err != nil {
			return err
		}
	}
	return nil
}

// ticks returns size futures that a goroutine resolves, in order, as fast
// as it can.
func ticks() []*agen.Future[agen.None] {
	fs := make([]*agen.Future[agen.None], size)
	for i := range fs {
		fs[i] = agen.NewFuture[agen.None]()
	}
	go func() {
		for _, f := range fs {
			f.Resolve(agen.None{})
		}
	}()
	return fs
}

// nexter is what the benchmarks drain.
type nexter interface {
	Next(ctx context.Context) (int, error)
}

// drain takes every value of g.
func drain[G nexter](ctx context.Context, g G) {
	for v, err := g.Next(ctx); err == nil; v, err = g.Next(ctx) {
		sink += v
	}
}

// BenchmarkTicker drains a ticker of size values with zero delay (each
// pause is agen.Sleep(0), ready at once), and one whose pauses are futures
// another goroutine resolves (future=goroutine).
func BenchmarkTicker(b *testing.B) {
	ctx := context.Background()
	for _, wait := range []string{"sleep0", "future"} {
		pauses := func() []*agen.Future[agen.None] {
			if wait == "future" {
				return ticks()
			}
			return nil
		}
		b.Run("wait="+wait+"/impl=generated", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if ts := pauses(); ts != nil {
					drain(ctx, futureTickerGen(ts))
				} else {
					drain(ctx, tickerGen(0, size))
				}
			}
		})
		b.Run("wait="+wait+"/impl=handwritten", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				drain(ctx, &handTicker{ticks: pauses(), to: size})
			}
		})
		b.Run("wait="+wait+"/impl=handwritten-guarded", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				drain(ctx, &guardedTicker{handTicker: handTicker{ticks: pauses(), to: size}})
			}
		})
		b.Run("wait="+wait+"/impl=agen.GoroutineAsync", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ts := pauses()
				drain(ctx, agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
					if ts != nil {
						return futureTicker(y, ts)
					}
					return ticker(y, 0, size)
				}))
			}
		})
		b.Run("wait="+wait+"/impl=channel", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for v := range chanTicker(ctx, 0, pauses(), size) {
					sink += v
				}
			}
		})
	}
}

// The hand-written ticker and the channel one yield what the generated
// one does, and futureTicker runs the same generated and under
// agen.GoroutineAsync.
func TestBaselines(t *testing.T) {
	ctx := context.Background()
	var want, hand, guarded, ch []int
	g := tickerGen(0, 5)
	for v, err := g.Next(ctx); err == nil; v, err = g.Next(ctx) {
		want = append(want, v)
	}
	h := &handTicker{to: 5}
	v, err := h.Next(ctx)
	for ; err == nil; v, err = h.Next(ctx) {
		hand = append(hand, v)
	}
	require.ErrorIs(t, err, agen.Done)
	gt := &guardedTicker{handTicker: handTicker{to: 5}}
	for v, err = gt.Next(ctx); err == nil; v, err = gt.Next(ctx) {
		guarded = append(guarded, v)
	}
	require.ErrorIs(t, err, agen.Done)
	for v := range chanTicker(ctx, 0, nil, 5) {
		ch = append(ch, v)
	}
	require.Equal(t, []int{0, 1, 2, 3, 4}, want)
	require.Equal(t, want, hand)
	require.Equal(t, want, guarded)
	require.Equal(t, want, ch)

	difftest.Suite{
		difftest.Async("futureTicker",
			func(*difftest.Trace) agen.AsyncGenerator[int, agen.None] {
				return futureTickerGen(resolved(5))
			},
			func(_ *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
				return futureTicker(y, resolved(5))
			}),
	}.Run(t)
}

// resolved returns n resolved futures.
func resolved(n int) []*agen.Future[agen.None] {
	fs := make([]*agen.Future[agen.None], n)
	for i := range fs {
		fs[i] = agen.NewFuture[agen.None]()
		fs[i].Resolve(agen.None{})
	}
	return fs
}
