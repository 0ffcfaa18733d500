package bench

// This file defines the benchmarks of async generators.

import (
	"context"
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// BenchmarkAsyncStep drains a generator of size values, each awaited from
// a ready awaitable, against a sync step of the same body.
func BenchmarkAsyncStep(b *testing.B) {
	ctx := context.Background()
	b.Run("impl=generated", func(b *testing.B) {
		b.ReportAllocs()
		var r Value
		for b.Loop() {
			g := counterGen(&r, size)
			for v, err := g.Next(ctx); err == nil; v, err = g.Next(ctx) {
				sink += v
			}
		}
	})
	b.Run("impl=generated-sync", func(b *testing.B) {
		b.ReportAllocs()
		var r Value
		for b.Loop() {
			g := syncCounterGen(&r, size)
			for v, ok := g.Next(); ok; v, ok = g.Next() {
				sink += v
			}
		}
	})
	b.Run("impl=agen.GoroutineAsync", func(b *testing.B) {
		b.ReportAllocs()
		var r Value
		for b.Loop() {
			g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error { counter(y, &r, size); return nil })
			for v, err := g.Next(ctx); err == nil; v, err = g.Next(ctx) {
				sink += v
			}
		}
	})
}

// BenchmarkAsyncFuture drains size values that another goroutine produces:
// a generated body awaiting futures that goroutine resolves, the same body
// under agen.GoroutineAsync, and a goroutine sending on a channel.
func BenchmarkAsyncFuture(b *testing.B) {
	ctx := context.Background()
	futures := func() []*agen.Future[int] {
		fs := make([]*agen.Future[int], size)
		for i := range fs {
			fs[i] = agen.NewFuture[int]()
		}
		go func() {
			for i, f := range fs {
				f.Resolve(i)
			}
		}()
		return fs
	}
	b.Run("impl=generated", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g := fromFuturesGen(futures())
			for v, err := g.Next(ctx); err == nil; v, err = g.Next(ctx) {
				sink += v
			}
		}
	})
	b.Run("impl=agen.GoroutineAsync", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			fs := futures()
			g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error { fromFutures(y, fs); return nil })
			for v, err := g.Next(ctx); err == nil; v, err = g.Next(ctx) {
				sink += v
			}
		}
	})
	b.Run("impl=channel", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ch := make(chan int)
			go func() {
				for i := range size {
					ch <- i
				}
				close(ch)
			}()
			for v := range ch {
				sink += v
			}
		}
	})
}

// suspended spawns n generated async generators on one loop, each waiting
// at an await of one shared gate, and reports the heap bytes and the
// goroutines they cost while they wait; then it lets them finish.
func suspended(tb testing.TB, n int) (bytesEach float64, goroutines int) {
	ctx := context.Background()
	loop := agen.NewLoop()
	gate := agen.NewFuture[int]()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	goroutinesBefore := runtime.NumGoroutine()
	for range n {
		agen.Spawn(loop, parkedGen(gate).ANext())
	}
	// Tasks run in order: this one runs once every generator waits.
	agen.Spawn(loop, agen.AwaitableFunc[agen.None](func(context.Context, agen.Waker) (agen.None, error, bool) {
		runtime.GC()
		runtime.ReadMemStats(&after)
		goroutines = runtime.NumGoroutine() - goroutinesBefore
		gate.Resolve(1)
		return agen.None{}, nil, true
	}))
	require.NoError(tb, loop.Run(ctx))
	return float64(after.HeapAlloc-before.HeapAlloc) / float64(n), goroutines
}

// BenchmarkSuspendedAsync reports what 1,000,000 generated async
// generators cost while they wait on one loop: bytes each, goroutines.
func BenchmarkSuspendedAsync(b *testing.B) {
	for b.Loop() {
		bytes, goroutines := suspended(b, 1_000_000)
		b.ReportMetric(bytes, "B/generator")
		b.ReportMetric(bytes*1_000_000/(1<<20), "MB/million")
		b.ReportMetric(float64(goroutines), "goroutines")
	}
}

// 100,000 generated async generators waiting on one loop cost no
// goroutine, and at most 512 bytes each (the task and the operation
// included).
func TestSuspendedAsync(t *testing.T) {
	bytes, goroutines := suspended(t, 100_000)
	t.Logf("%.0f bytes per suspended generator", bytes)
	require.Zero(t, goroutines)
	require.LessOrEqual(t, bytes, 512.0)
}

// TestAsyncDifferential runs the async benchmarked generators both ways.
func TestAsyncDifferential(t *testing.T) {
	var r Value
	difftest.Suite{
		difftest.Async("counter",
			func(*difftest.Trace) agen.AsyncGenerator[int, agen.None] { return counterGen(&r, 5) },
			func(_ *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { counter(y, &r, 5); return nil }),
		difftest.Async("parked",
			func(*difftest.Trace) agen.AsyncGenerator[int, agen.None] { return parkedGen(difftest.Later(3)) },
			func(_ *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
				return parked(y, difftest.Later(3))
			}),
	}.Run(t)
}
