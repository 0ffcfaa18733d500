package agen_test

// This file tests Loop: tasks, Run, cancellation, virtual time, Shutdown.

// Tests of Loop (package doc, "Event loop"): tasks, Run, cancellation,
// virtual time, Shutdown and the finalization of generators on a loop.

import (
	"context"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
)

// then is an awaitable that awaits a and maps its result with f.
func then[T, U any](a agen.Awaitable[T], f func(T, error) (U, error)) agen.Awaitable[U] {
	return agen.AwaitableFunc[U](func(ctx context.Context, w agen.Waker) (U, error, bool) {
		v, err, ok := a.Poll(ctx, w)
		if !ok {
			var zero U
			return zero, nil, false
		}
		u, err := f(v, err)
		return u, err, true
	})
}

// onFirstPoll is an awaitable that awaits a and closes polled when it is
// first polled, so that a test knows the loop reached it.
func onFirstPoll[T any](a agen.Awaitable[T], polled chan struct{}) agen.Awaitable[T] {
	var once sync.Once
	return agen.AwaitableFunc[T](func(ctx context.Context, w agen.Waker) (T, error, bool) {
		once.Do(func() { close(polled) })
		return a.Poll(ctx, w)
	})
}

// runInBackground runs l.Run(ctx) on a new goroutine; the returned function
// waits for its result.
func runInBackground(t *testing.T, l *agen.Loop, ctx context.Context) func() error {
	done := make(chan error, 1)
	go func() { done <- l.Run(ctx) }()
	return func() error {
		t.Helper()
		select {
		case err := <-done:
			return err
		case <-time.After(10 * time.Second):
			t.Fatal("Run did not return")
			return nil
		}
	}
}

// Result is ErrRunning until the task is done, then the awaitable's result.
func TestTaskResult(t *testing.T) {
	l := agen.NewLoop()
	f := agen.NewFuture[int]()
	task := agen.Spawn(l, f)
	_, err := task.Result()
	require.ErrorIs(t, err, agen.ErrRunning)

	f.Resolve(5)
	require.NoError(t, l.Run(context.Background()))
	v, err := task.Result()
	require.NoError(t, err)
	assert.Equal(t, 5, v)

	failed := agen.Spawn(l, then(agen.Sleep(0), func(agen.None, error) (int, error) { return 0, errBoom }))
	require.NoError(t, l.Run(context.Background()))
	_, err = failed.Result()
	assert.ErrorIs(t, err, errBoom)
}

// A task is an awaitable: another task can wait for it.
func TestTaskAwaitedByAnotherTask(t *testing.T) {
	l := agen.NewLoop()
	first := agen.Spawn(l, then(agen.Sleep(5*time.Millisecond), func(agen.None, error) (int, error) { return 21, nil }))
	second := agen.Spawn(l, then[int](first, func(v int, err error) (int, error) { return 2 * v, err }))
	require.NoError(t, l.Run(context.Background()))
	v, err := second.Result()
	require.NoError(t, err)
	assert.Equal(t, 42, v)
}

// A task polled again and again by the same waker wakes it once.
func TestTaskPollAgainDoesNotGrowWaiters(t *testing.T) {
	l := agen.NewLoop()
	f := agen.NewFuture[int]()
	task := agen.Spawn(l, f)
	w := newTestWaker()
	for range 1000 {
		_, _, ok := task.Poll(context.Background(), w)
		require.False(t, ok)
	}
	f.Resolve(1)
	require.NoError(t, l.Run(context.Background()))
	assert.Equal(t, 1, w.wakes())
}

// Run returns once every task is done, and at once on an empty loop.
func TestRunReturnsWhenAllTasksDone(t *testing.T) {
	l := agen.NewLoop()
	require.NoError(t, l.Run(context.Background()))
	var tasks []*agen.Task[agen.None]
	for i := range 5 {
		tasks = append(tasks, agen.Spawn(l, agen.Sleep(time.Duration(i)*time.Millisecond)))
	}
	tasks = append(tasks, agen.Spawn(l, agen.ForEach(rangeGen(3), func(int) error { return nil })))
	require.NoError(t, l.Run(context.Background()))
	for i, task := range tasks {
		_, err := task.Result()
		assert.NoError(t, err, "task %d", i)
	}
}

// Waiting in Run is not a busy loop: a task waiting 50ms for a future is
// polled a handful of times.
func TestRunDoesNotBusyWait(t *testing.T) {
	l := agen.NewLoop()
	f := agen.NewFuture[int]()
	c := &countPolls[int]{a: f}
	agen.Spawn(l, c)
	time.AfterFunc(50*time.Millisecond, func() { f.Resolve(1) })
	require.NoError(t, l.Run(context.Background()))
	assert.LessOrEqual(t, c.polls.Load(), int32(3))
}

// Every poll of every task happens on the goroutine that calls Run, one
// at a time, including the generators' operations and Sleep's wakes.
func TestTasksArePolledOnRunGoroutine(t *testing.T) {
	l := agen.NewLoop()
	var mu sync.Mutex
	polledOn := map[uint64]int{}
	var active, maxActive atomic.Int32
	record := func() {
		n := active.Add(1)
		if n > maxActive.Load() {
			maxActive.Store(n)
		}
		mu.Lock()
		polledOn[goroutineID()]++
		mu.Unlock()
		active.Add(-1)
	}
	for i := range 20 {
		var a agen.Awaitable[agen.None] = agen.Sleep(time.Duration(i%4) * time.Millisecond)
		if i%2 == 1 {
			a = agen.ForEach(rangeGen(3), func(int) error { return nil })
		}
		agen.Spawn(l, agen.AwaitableFunc[agen.None](func(ctx context.Context, w agen.Waker) (agen.None, error, bool) {
			record()
			return a.Poll(ctx, w)
		}))
	}
	var runOn uint64
	done := make(chan error)
	go func() {
		runOn = goroutineID()
		done <- l.Run(context.Background())
	}()
	require.NoError(t, <-done)
	assert.Equal(t, []uint64{runOn}, slices.Collect(mapKeys(polledOn)))
	assert.Equal(t, int32(1), maxActive.Load())
}

func mapKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// Spawn works from another goroutine while Run waits: the new task is
// polled, and Run returns once both tasks are done.
func TestSpawnWhileRunWaits(t *testing.T) {
	l := agen.NewLoop()
	gate := agen.NewFuture[int]()
	polled := make(chan struct{})
	waiter := agen.Spawn(l, onFirstPoll[int](gate, polled))
	wait := runInBackground(t, l, context.Background())
	<-polled
	opener := agen.Spawn(l, then(agen.Sleep(0), func(agen.None, error) (int, error) {
		gate.Resolve(3)
		return 4, nil
	}))
	require.NoError(t, wait())
	v, _ := waiter.Result()
	assert.Equal(t, 3, v)
	v, _ = opener.Result()
	assert.Equal(t, 4, v)
}

// When Run's ctx ends, pending tasks are polled again with it: the awaits
// in their generators return ctx.Err(). Run returns ctx.Err(); tasks that
// did not finish stay on the loop and a later Run completes them.
func TestRunCancellation(t *testing.T) {
	l := agen.NewLoop()
	gen := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
		_, err := agen.Await(y, agen.NewFuture[int]())
		return err
	})
	polled := make(chan struct{})
	genTask := agen.Spawn(l, onFirstPoll(agen.ForEach(gen, func(int) error { return nil }), polled))
	stuck := agen.NewFuture[int]() // ignores ctx
	stuckTask := agen.Spawn(l, stuck)

	ctx, cancel := context.WithCancel(context.Background())
	wait := runInBackground(t, l, ctx)
	<-polled
	cancel()
	require.ErrorIs(t, wait(), context.Canceled)
	_, err := genTask.Result()
	assert.ErrorIs(t, err, context.Canceled, "the generator's await did not see ctx.Err()")
	_, err = stuckTask.Result()
	assert.ErrorIs(t, err, agen.ErrRunning)

	stuck.Resolve(1)
	require.NoError(t, l.Run(context.Background()))
	v, err := stuckTask.Result()
	require.NoError(t, err)
	assert.Equal(t, 1, v)
}

// Run returns ctx.Err() even when every task finished in reaction to the
// cancellation.
func TestRunCancellationReturnsCtxErrWhenTasksFinish(t *testing.T) {
	l := agen.NewLoop()
	gen := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
		_, err := agen.Await(y, agen.NewFuture[int]())
		return err
	})
	task := agen.Spawn(l, agen.ForEach(gen, func(int) error { return nil }))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	require.ErrorIs(t, l.Run(ctx), context.Canceled)
	_, err := task.Result()
	assert.ErrorIs(t, err, context.Canceled)
}

// A loop with virtual time stops on cancellation even though its timers
// could always go on: an endless ticker that ignores ctx does not keep Run
// going, and the clock stops where ctx ended.
func TestRunCancellationStopsVirtualClock(t *testing.T) {
	l := agen.NewLoop(agen.WithVirtualTime())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ticks := 0
	var sleep agen.Awaitable[agen.None]
	agen.Spawn(l, agen.AwaitableFunc[agen.None](func(ctx context.Context, w agen.Waker) (agen.None, error, bool) {
		for {
			if sleep == nil {
				sleep = agen.Sleep(time.Second)
			}
			if _, _, ok := sleep.Poll(ctx, w); !ok {
				return agen.None{}, nil, false
			}
			sleep = nil
			if ticks++; ticks == 10 {
				cancel()
			}
		}
	}))
	wait := runInBackground(t, l, ctx)
	require.ErrorIs(t, wait(), context.Canceled)
	assert.Equal(t, 10, ticks)
	assert.Equal(t, agen.VirtualEpoch.Add(10*time.Second), l.Now())
}

// A panic in a task propagates out of Run. The task is then done with an
// error (its waiters are woken), and the loop can run again.
func TestPanicInTaskPropagatesOutOfRun(t *testing.T) {
	l := agen.NewLoop()
	failed := agen.Spawn(l, then(agen.Sleep(0), func(agen.None, error) (int, error) { panic("task failed") }))
	waiter := agen.Spawn[int](l, failed)
	assert.PanicsWithValue(t, "task failed", func() { l.Run(context.Background()) })
	_, err := failed.Result()
	require.Error(t, err)
	require.NotErrorIs(t, err, agen.ErrRunning)
	require.NoError(t, l.Run(context.Background()))
	_, waiterErr := waiter.Result()
	assert.Equal(t, err, waiterErr)

	task := agen.Spawn(l, then(agen.Sleep(0), func(agen.None, error) (int, error) { return 1, nil }))
	g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error { panic("body failed") })
	agen.Spawn(l, g.ANext())
	assert.PanicsWithValue(t, "body failed", func() { l.Run(context.Background()) })
	require.NoError(t, l.Run(context.Background()))
	v, _ := task.Result()
	assert.Equal(t, 1, v)
}

// --- virtual time ---

// sleeperDurations returns n seeded random durations up to an hour, in
// whole minutes so that many of them tie.
func sleeperDurations(n int) []time.Duration {
	r := rand.New(rand.NewPCG(1, 2))
	ds := make([]time.Duration, n)
	for i := range ds {
		ds[i] = time.Duration(r.IntN(61)) * time.Minute
	}
	return ds
}

// runSleepers spawns one task per duration on a virtual loop, each
// sleeping its duration, as an async generator or as a plain awaitable,
// and returns the order in which they finished and the final clock.
func runSleepers(t *testing.T, ds []time.Duration, asGenerators bool) ([]int, time.Time) {
	l := agen.NewLoop(agen.WithVirtualTime())
	var order []int
	finished := func(i int) {
		order = append(order, i)
		assert.Equal(t, agen.VirtualEpoch.Add(ds[i]), l.Now(), "task %d woke at the wrong time", i)
	}
	for i, d := range ds {
		if asGenerators {
			g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
				if _, err := agen.Await(y, agen.Sleep(d)); err != nil {
					return err
				}
				y.Yield(i)
				return nil
			})
			agen.Spawn(l, agen.ForEach(g, func(i int) error { finished(i); return nil }))
		} else {
			agen.Spawn(l, then(agen.Sleep(d), func(agen.None, error) (agen.None, error) {
				finished(i)
				return agen.None{}, nil
			}))
		}
	}
	require.NoError(t, l.Run(context.Background()))
	return order, l.Now()
}

// With virtual time, 1,000 tasks sleeping up to an hour finish at once:
// the clock ends at the longest sleep, tasks finish in order of deadline
// (ties in spawn order), and two runs give the same order.
func TestVirtualTimeThousandSleepers(t *testing.T) {
	ds := sleeperDurations(1000)
	want := make([]int, len(ds))
	for i := range want {
		want[i] = i
	}
	slices.SortStableFunc(want, func(a, b int) int { return int(ds[a] - ds[b]) })
	end := agen.VirtualEpoch.Add(slices.Max(ds))

	for _, asGenerators := range []bool{false, true} {
		order, now := runSleepers(t, ds, asGenerators)
		assert.Equal(t, want, order, "generators: %v", asGenerators)
		assert.Equal(t, end, now, "generators: %v", asGenerators)
		again, _ := runSleepers(t, ds, asGenerators)
		assert.Equal(t, order, again, "not deterministic")
	}
}

// The virtual clock does not move while work started with Go runs.
func TestVirtualTimeWaitsForGoWork(t *testing.T) {
	l := agen.NewLoop(agen.WithVirtualTime())
	var events []string
	agen.Spawn(l, then(agen.Sleep(time.Second), func(agen.None, error) (int, error) {
		events = append(events, "sleep")
		return 0, nil
	}))
	agen.Spawn(l, then(agen.Go(func(context.Context) (int, error) {
		time.Sleep(20 * time.Millisecond)
		return 0, nil
	}), func(int, error) (int, error) {
		events = append(events, "work at "+l.Now().Sub(agen.VirtualEpoch).String())
		return 0, nil
	}))
	require.NoError(t, l.Run(context.Background()))
	assert.Equal(t, []string{"work at 0s", "sleep"}, events)
}

// --- Shutdown ---

// Shutdown closes every unfinished async generator first resumed on the
// loop, in the order they were first resumed, running their deferred
// calls; finished generators and generators never resumed on the loop are
// left alone.
func TestShutdownClosesUnfinishedGenerators(t *testing.T) {
	l := agen.NewLoop()
	var closed []string
	gen := func(name string, n int) agen.AsyncGenerator[int, agen.None] {
		return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
			defer func() { closed = append(closed, name) }()
			for i := range n {
				y.Yield(i)
			}
			return nil
		})
	}
	a, b, c, d, e := gen("a", 5), gen("b", 1), gen("c", 5), gen("d", 5), gen("e", 5)
	agen.Spawn(l, c.ANext())
	agen.Spawn(l, a.ANext())
	agen.Spawn(l, agen.ForEach(b, func(int) error { return nil })) // b finishes
	agen.Spawn(l, d.ANext())
	require.NoError(t, l.Run(context.Background()))
	_, err := e.Next(context.Background()) // resumed off the loop
	require.NoError(t, err)
	require.Equal(t, []string{"b"}, closed)

	require.NoError(t, l.Shutdown(context.Background()))
	assert.Equal(t, []string{"b", "c", "a", "d"}, closed)
	for _, g := range []agen.AsyncGenerator[int, agen.None]{a, c, d} {
		_, err := g.Next(context.Background())
		assert.ErrorIs(t, err, agen.Done)
	}
	require.NoError(t, l.Shutdown(context.Background()), "a second Shutdown has nothing to do")
	assert.Equal(t, []string{"b", "c", "a", "d"}, closed)
	require.NoError(t, e.Close(context.Background()))
}

// A generator with an operation in progress cannot be closed: Shutdown's
// joined error holds ErrRunning for it, and closes the others.
func TestShutdownReportsGeneratorInProgress(t *testing.T) {
	l := agen.NewLoop()
	gate := agen.NewFuture[int]()
	busy := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
		y.Yield(1)
		v, err := agen.Await(y, gate)
		if err != nil {
			return err
		}
		y.Yield(v)
		return nil
	})
	closed := false
	idle := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
		defer func() { closed = true }()
		return counting(y)
	})
	agen.Spawn(l, busy.ANext())
	agen.Spawn(l, idle.ANext())
	require.NoError(t, l.Run(context.Background()))

	pending := agen.Spawn(l, busy.ANext()) // waits at the gate during Shutdown
	err := l.Shutdown(context.Background())
	assert.ErrorIs(t, err, agen.ErrRunning)
	assert.True(t, closed, "the idle generator was not closed")

	gate.Resolve(2)
	require.NoError(t, l.Run(context.Background()))
	v, err := pending.Result()
	require.NoError(t, err)
	assert.Equal(t, 2, v)
	require.NoError(t, busy.Close(context.Background()))
}

// --- scale and finalization ---

// parked is a hand-written async state machine, the kind of code agen
// generates: it counts its steps, suspending at a shared gate before the
// last one. Suspended, it is a few words of memory and no goroutine.
type parked struct {
	gate  *agen.Future[int]
	state int
	count int
	first *atomic.Int64 // counts the machines that reached the gate
}

func (p *parked) Poll(ctx context.Context, w agen.Waker) (int, error, bool) {
	switch p.state {
	case 0:
		p.count++
		p.state = 1
		p.first.Add(1)
		fallthrough
	case 1:
		v, err, ok := p.gate.Poll(ctx, w)
		if !ok {
			return 0, nil, false
		}
		p.count += v
		p.state = 2
		return p.count, err, true
	}
	return p.count, nil, true
}

// 100,000 tasks suspended on one loop use no goroutine of their own.
func TestHundredThousandSuspendedTasksUseNoGoroutines(t *testing.T) {
	const n = 100_000
	l := agen.NewLoop()
	gate := agen.NewFuture[int]()
	var reached atomic.Int64
	tasks := make([]*agen.Task[int], n)
	for i := range tasks {
		tasks[i] = agen.Spawn(l, &parked{gate: gate, first: &reached})
	}
	before := runtime.NumGoroutine()
	wait := runInBackground(t, l, context.Background())
	require.Eventually(t, func() bool { return reached.Load() == n }, 10*time.Second, time.Millisecond)
	assert.LessOrEqual(t, runtime.NumGoroutine(), before+1+5, "goroutines with %d suspended tasks", n)

	gate.Resolve(1)
	require.NoError(t, wait())
	for i, task := range tasks {
		v, err := task.Result()
		if err != nil || v != 2 {
			t.Fatalf("task %d: %v, %v", i, v, err)
		}
	}
}

// startAbandoned runs, as a task of l, the first step of an async
// generator whose deferred call is onClose, then drops the generator.
func startAbandoned(t *testing.T, l *agen.Loop, onClose func()) {
	g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
		defer onClose()
		return counting(y)
	})
	next := g.ANext()
	g = nil
	agen.Spawn(l, next)
	require.NoError(t, l.Run(context.Background()))
}

// An async generator first resumed on a loop and then abandoned is
// finalized as a task of that loop: after a GC, the loop's next Run closes
// it, running its deferred call while Run polls.
func TestAbandonedGeneratorIsClosedOnItsLoop(t *testing.T) {
	l := agen.NewLoop()
	var inRun, closedInRun atomic.Bool
	closed := make(chan struct{})
	startAbandoned(t, l, func() {
		closedInRun.Store(inRun.Load())
		close(closed)
	})
	deadline := time.Now().Add(10 * time.Second)
	for {
		runtime.GC()
		inRun.Store(true)
		require.NoError(t, l.Run(context.Background()))
		inRun.Store(false)
		select {
		case <-closed:
			assert.True(t, closedInRun.Load(), "closed outside the loop's Run")
			require.NoError(t, l.Shutdown(context.Background()), "nothing left to close")
			return
		case <-time.After(time.Millisecond):
		}
		require.True(t, time.Now().Before(deadline), "the abandoned generator was not closed")
	}
}

// Shutdown joins the errors of the closes: here two generators that yield
// in a deferred call while closing (which agen rejects statically and the
// reference driver reports as ErrIgnoredClose) and one that closes cleanly.
func TestShutdownJoinsErrors(t *testing.T) {
	l := agen.NewLoop()
	for _, ignoresClose := range []bool{true, false, true} {
		g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
			defer func() {
				if ignoresClose {
					y.Yield(-1)
				}
			}()
			return counting(y)
		})
		agen.Spawn(l, g.ANext())
	}
	require.NoError(t, l.Run(context.Background()))
	err := l.Shutdown(context.Background())
	require.ErrorIs(t, err, agen.ErrIgnoredClose)
	joined, ok := err.(interface{ Unwrap() []error })
	require.True(t, ok, "not a joined error: %v", err)
	assert.Len(t, joined.Unwrap(), 2)
}
