package agen_test

// This file tests the awaitable contract and the built-in awaitables.

// Tests of the awaitable contract (package doc, "Awaitables"): Sleep,
// Future, AwaitableFunc, Go, ForEach, and the blocking drivers that poll
// them.

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
)

// --- helpers shared by the tests of this package ---

var (
	errBoom = errors.New("boom")
	errStop = errors.New("stop")
)

// testWaker counts its wakes and signals them on a channel.
type testWaker struct {
	n  atomic.Int32
	ch chan struct{}
}

func newTestWaker() *testWaker { return &testWaker{ch: make(chan struct{}, 1)} }

func (w *testWaker) Wake() {
	w.n.Add(1)
	select {
	case w.ch <- struct{}{}:
	default:
	}
}

func (w *testWaker) wakes() int { return int(w.n.Load()) }

// waitWake fails the test unless w is woken within a few seconds.
func (w *testWaker) waitWake(t *testing.T) {
	t.Helper()
	select {
	case <-w.ch:
	case <-time.After(5 * time.Second):
		t.Fatal("waker not woken")
	}
}

// await drives a to completion on the test goroutine the way a driver
// does: poll, sleep until woken, poll again.
func await[T any](t *testing.T, a agen.Awaitable[T]) (T, error) {
	t.Helper()
	w := newTestWaker()
	for {
		v, err, ok := a.Poll(context.Background(), w)
		if ok {
			return v, err
		}
		w.waitWake(t)
	}
}

// goroutineID returns the id of the calling goroutine.
func goroutineID() uint64 {
	var buf [64]byte
	s := string(buf[:runtime.Stack(buf[:], false)])
	s = strings.TrimPrefix(s, "goroutine ")
	id, err := strconv.ParseUint(s[:strings.IndexByte(s, ' ')], 10, 64)
	if err != nil {
		panic(err)
	}
	return id
}

// counting is a generator body yielding 0, 1, 2... forever.
func counting(y *agen.AsyncYielder[int, agen.None]) error {
	for i := 0; ; i++ {
		y.Yield(i)
	}
}

// rangeGen returns an async generator yielding 0..n-1.
func rangeGen(n int) agen.AsyncGenerator[int, agen.None] {
	return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
		for i := range n {
			y.Yield(i)
		}
		return nil
	})
}

// --- Sleep ---

// Sleep is pending until d has passed on a real timer, wakes its driver
// then, and stays ready.
func TestSleepReadyOnlyAfterDuration(t *testing.T) {
	const d = 30 * time.Millisecond
	s := agen.Sleep(d)
	w := newTestWaker()
	start := time.Now()
	_, _, ok := s.Poll(context.Background(), w)
	require.False(t, ok, "ready before d")
	w.waitWake(t)
	assert.GreaterOrEqual(t, time.Since(start), d)
	_, err, ok := s.Poll(context.Background(), w)
	require.True(t, ok, "not ready after the wake")
	require.NoError(t, err)
	_, _, ok = s.Poll(context.Background(), w)
	assert.True(t, ok, "a ready awaitable stays ready")
}

// Only the waker of the latest poll must be woken: a Sleep polled again
// with a new waker wakes that one.
func TestSleepWakesLatestWaker(t *testing.T) {
	s := agen.Sleep(20 * time.Millisecond)
	_, _, ok := s.Poll(context.Background(), newTestWaker())
	require.False(t, ok)
	w := newTestWaker()
	_, _, ok = s.Poll(context.Background(), w)
	require.False(t, ok)
	w.waitWake(t)
	_, _, ok = s.Poll(context.Background(), w)
	assert.True(t, ok)
}

// Sleep(0) and negative durations are ready on the first poll.
func TestSleepZeroIsReadyAtOnce(t *testing.T) {
	for _, d := range []time.Duration{0, -time.Second} {
		w := newTestWaker()
		_, err, ok := agen.Sleep(d).Poll(context.Background(), w)
		assert.True(t, ok, "Sleep(%v) pending", d)
		assert.NoError(t, err)
		assert.Zero(t, w.wakes())
	}
}

// Sleep(0), made and polled, allocates nothing: a zero-delay pause in a
// loop costs no garbage.
func TestSleepZeroAllocatesNothing(t *testing.T) {
	ctx := context.Background()
	w := newTestWaker()
	allocs := testing.AllocsPerRun(100, func() {
		if _, _, ok := agen.Sleep(0).Poll(ctx, w); !ok {
			panic("Sleep(0) pending")
		}
	})
	assert.Zero(t, allocs)
}

// A pending Sleep holds a timer, not a goroutine.
func TestSleepStartsNoGoroutine(t *testing.T) {
	const n = 1000
	before := runtime.NumGoroutine()
	for range n {
		_, _, ok := agen.Sleep(time.Hour).Poll(context.Background(), newTestWaker())
		require.False(t, ok)
	}
	assert.Less(t, runtime.NumGoroutine(), before+10, "goroutines for %d sleeps", n)
}

// --- Future ---

// Resolve from another goroutine wakes every driver waiting on the future,
// and all of them see the value.
func TestFutureResolveWakesEveryAwaiter(t *testing.T) {
	f := agen.NewFuture[int]()
	wakers := make([]*testWaker, 5)
	for i := range wakers {
		wakers[i] = newTestWaker()
		_, _, ok := f.Poll(context.Background(), wakers[i])
		require.False(t, ok)
	}
	go f.Resolve(42)
	for _, w := range wakers {
		w.waitWake(t)
		v, err, ok := f.Poll(context.Background(), w)
		require.True(t, ok)
		require.NoError(t, err)
		assert.Equal(t, 42, v)
	}
}

// Reject from another goroutine wakes every waiting driver with the error.
func TestFutureRejectWakesEveryAwaiter(t *testing.T) {
	f := agen.NewFuture[int]()
	wakers := make([]*testWaker, 3)
	for i := range wakers {
		wakers[i] = newTestWaker()
		f.Poll(context.Background(), wakers[i])
	}
	go f.Reject(errBoom)
	for _, w := range wakers {
		w.waitWake(t)
		_, err, ok := f.Poll(context.Background(), w)
		require.True(t, ok)
		assert.ErrorIs(t, err, errBoom)
	}
}

// Several async generators blocked in Next(ctx) on one future all go on
// once another goroutine resolves it.
func TestFutureWakesBlockedGenerators(t *testing.T) {
	f := agen.NewFuture[string]()
	const n = 5
	var wg sync.WaitGroup
	got := make([]string, n)
	for i := range n {
		g := agen.GoroutineAsync(func(y *agen.AsyncYielder[string, agen.None]) error {
			v, err := agen.Await(y, f)
			if err != nil {
				return err
			}
			y.Yield(fmt.Sprint(v, i))
			return nil
		})
		wg.Go(func() {
			v, err := g.Next(context.Background())
			assert.NoError(t, err)
			got[i] = v
		})
	}
	time.Sleep(10 * time.Millisecond) // let them block (not needed for correctness)
	go f.Resolve("v")
	wg.Wait()
	assert.Equal(t, []string{"v0", "v1", "v2", "v3", "v4"}, got)
}

// Only the first Resolve or Reject counts, also when they race.
func TestFutureOnlyFirstSettleCounts(t *testing.T) {
	f := agen.NewFuture[int]()
	f.Resolve(1)
	f.Resolve(2)
	f.Reject(errBoom)
	v, err := await(t, f)
	assert.NoError(t, err)
	assert.Equal(t, 1, v)

	f = agen.NewFuture[int]()
	f.Reject(errBoom)
	f.Resolve(3)
	_, err = await(t, f)
	assert.ErrorIs(t, err, errBoom)

	f = agen.NewFuture[int]()
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() { f.Resolve(i) })
	}
	wg.Wait()
	first, _ := await(t, f)
	for range 3 {
		v, _ := await(t, f)
		assert.Equal(t, first, v, "the result changed")
	}
}

// A driver polling a pending future again and again with the same waker
// is registered once: it is woken once, not once per poll. This holds for
// one awaiter and for many.
func TestFuturePollAgainDoesNotGrowWakers(t *testing.T) {
	for _, awaiters := range []int{1, 100} {
		f := agen.NewFuture[int]()
		wakers := make([]*testWaker, awaiters)
		for i := range wakers {
			wakers[i] = newTestWaker()
		}
		for range 1000 / awaiters {
			for _, w := range wakers {
				_, _, ok := f.Poll(context.Background(), w)
				require.False(t, ok)
			}
		}
		f.Resolve(1)
		for i, w := range wakers {
			assert.Equal(t, 1, w.wakes(), "awaiter %d of %d", i, awaiters)
		}
	}
}

// --- AwaitableFunc ---

// AwaitableFunc passes ctx and the waker through to the function and
// returns its result.
func TestAwaitableFunc(t *testing.T) {
	type key struct{}
	ctx := context.WithValue(context.Background(), key{}, "v")
	polls := 0
	var a agen.Awaitable[string] = agen.AwaitableFunc[string](func(ctx context.Context, w agen.Waker) (string, error, bool) {
		polls++
		if polls < 3 {
			w.Wake()
			return "", nil, false
		}
		return ctx.Value(key{}).(string), errBoom, true
	})
	w := newTestWaker()
	for range 2 {
		_, _, ok := a.Poll(ctx, w)
		require.False(t, ok)
	}
	assert.Equal(t, 2, w.wakes())
	v, err, ok := a.Poll(ctx, w)
	require.True(t, ok)
	assert.Equal(t, "v", v)
	assert.ErrorIs(t, err, errBoom)
}

// --- Go ---

// Go runs fn once, on a goroutine other than the poller's, with the
// context of the first poll, and is ready with its result.
func TestGoRunsOnAGoroutineWithCtx(t *testing.T) {
	type key struct{}
	ctx := context.WithValue(context.Background(), key{}, "ctx")
	var runs atomic.Int32
	var fnGoroutine atomic.Uint64
	a := agen.Go(func(ctx context.Context) (string, error) {
		runs.Add(1)
		fnGoroutine.Store(goroutineID())
		time.Sleep(10 * time.Millisecond)
		return ctx.Value(key{}).(string), errBoom
	})
	w := newTestWaker()
	v, err, ok := a.Poll(ctx, w)
	for !ok {
		w.waitWake(t)
		v, err, ok = a.Poll(context.Background(), w)
	}
	assert.Equal(t, "ctx", v)
	assert.ErrorIs(t, err, errBoom)
	assert.Equal(t, int32(1), runs.Load())
	assert.NotEqual(t, goroutineID(), fnGoroutine.Load())
}

// A panic in fn is raised again in the driver that polls the result.
func TestGoPanicIsRaisedInPoller(t *testing.T) {
	a := agen.Go(func(context.Context) (int, error) { panic("work failed") })
	assert.PanicsWithValue(t, "work failed", func() { await(t, a) })
}

// Go inside a generator body: the body's Await gets fn's result.
func TestGoAwaitedInGenerator(t *testing.T) {
	g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
		v, err := agen.Await(y, agen.Go(func(context.Context) (int, error) { return 7, nil }))
		if err != nil {
			return err
		}
		y.Yield(v)
		return nil
	})
	v, err := g.Next(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 7, v)
}

// --- ForEach ---

// ForEach consumes every value of a generator and is ready with nil once
// the generator is done.
func TestForEachConsumesGenerator(t *testing.T) {
	var got []int
	_, err := await(t, agen.ForEach(rangeGen(5), func(v int) error {
		got = append(got, v)
		return nil
	}))
	require.NoError(t, err)
	assert.Equal(t, []int{0, 1, 2, 3, 4}, got)
}

// An error from fn closes the generator (its deferred calls run) and is
// ForEach's result.
func TestForEachFnErrorClosesGenerator(t *testing.T) {
	closed := false
	g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
		defer func() { closed = true }()
		return counting(y)
	})
	var got []int
	_, err := await(t, agen.ForEach(g, func(v int) error {
		got = append(got, v)
		if v == 2 {
			return errStop
		}
		return nil
	}))
	assert.ErrorIs(t, err, errStop)
	assert.Equal(t, []int{0, 1, 2}, got)
	assert.True(t, closed, "the generator was not closed")
	_, err = g.Next(context.Background())
	assert.ErrorIs(t, err, agen.Done)
}

// The generator's own error is ForEach's result.
func TestForEachReturnsGeneratorError(t *testing.T) {
	g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
		y.Yield(1)
		return errBoom
	})
	var got []int
	_, err := await(t, agen.ForEach(g, func(v int) error { got = append(got, v); return nil }))
	assert.ErrorIs(t, err, errBoom)
	assert.Equal(t, []int{1}, got)
}

// ForEach over a generator that awaits: it stays pending while the body
// waits, and goes on when woken.
func TestForEachThroughAwaits(t *testing.T) {
	g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
		for i := range 3 {
			if _, err := agen.Await(y, agen.Sleep(time.Millisecond)); err != nil {
				return err
			}
			y.Yield(i)
		}
		return nil
	})
	sum := 0
	_, err := await(t, agen.ForEach(g, func(v int) error { sum += v; return nil }))
	require.NoError(t, err)
	assert.Equal(t, 3, sum)
}

// --- blocking drivers ---

// countPolls wraps an awaitable and counts its polls.
type countPolls[T any] struct {
	a     agen.Awaitable[T]
	polls atomic.Int32
}

func (c *countPolls[T]) Poll(ctx context.Context, w agen.Waker) (T, error, bool) {
	c.polls.Add(1)
	return c.a.Poll(ctx, w)
}

// Next(ctx) sleeps while the body waits: an awaitable pending for 50ms is
// polled a handful of times, not thousands.
func TestBlockingNextDoesNotBusyWait(t *testing.T) {
	f := agen.NewFuture[int]()
	c := &countPolls[int]{a: f}
	g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
		v, err := agen.Await(y, c)
		if err != nil {
			return err
		}
		y.Yield(v)
		return nil
	})
	time.AfterFunc(50*time.Millisecond, func() { f.Resolve(9) })
	v, err := g.Next(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 9, v)
	assert.LessOrEqual(t, c.polls.Load(), int32(5))
}

// When the context of Next ends, the Await pending in the body returns
// ctx.Err(); the body goes on, and later calls resume it normally.
func TestCancelledNextEndsAwaitInBody(t *testing.T) {
	f := agen.NewFuture[string]()
	g := agen.GoroutineAsync(func(y *agen.AsyncYielder[string, agen.None]) error {
		for {
			v, err := agen.Await(y, f)
			if err != nil {
				y.Yield("await: " + err.Error())
				continue
			}
			y.Yield(v)
			return nil
		}
	})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	v, err := g.Next(ctx)
	require.NoError(t, err)
	assert.Equal(t, "await: "+context.DeadlineExceeded.Error(), v)

	f.Resolve("ok")
	v, err = g.Next(context.Background())
	require.NoError(t, err)
	assert.Equal(t, "ok", v)
	_, err = g.Next(context.Background())
	assert.ErrorIs(t, err, agen.Done)
}

// A body that returns the error of a cancelled Await ends with it: Next
// returns it once, then Done.
func TestCancelledNextBodyReturnsCtxErr(t *testing.T) {
	g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
		_, err := agen.Await(y, agen.NewFuture[int]())
		return err
	})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(10*time.Millisecond, cancel)
	_, err := g.Next(ctx)
	assert.ErrorIs(t, err, context.Canceled)
	_, err = g.Next(context.Background())
	assert.ErrorIs(t, err, agen.Done)
}
