package agen

// This file defines Loop, an event loop that runs many tasks on one
// goroutine, with an optional virtual clock.

import (
	"container/heap"
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"sync"
	"time"
	"weak"
)

// Loop runs tasks (awaitables spawned with Spawn) on the one goroutine that
// calls Run: no task needs a goroutine of its own, so a hundred thousand
// suspended async generators cost memory, not goroutines. Spawn and the
// wakers of its tasks may be used from any goroutine.
type Loop struct {
	mu       sync.Mutex
	wakeup   chan struct{} // signalled when a task becomes ready
	ready    []*taskBase   // FIFO of tasks to poll
	first    *taskBase     // the tasks not yet done, in spawn order
	last     *taskBase
	live     int // the number of tasks not yet done
	running  bool
	virtual  bool
	now      time.Time // the virtual clock
	timers   timerHeap
	timerSeq uint64
	work     int // Go work in flight, started from this loop
	// gens holds the lifecycles of the async generators first resumed
	// here, by order: weakly, so that an abandoned generator with nothing
	// to finalize is collected, not kept for Shutdown.
	gens     map[weak.Pointer[Lifecycle]]int
	genSeq   int
	genPrune int // the size of gens that triggers the next pruning
}

// LoopOption configures a Loop.
type LoopOption func(*Loop)

// VirtualEpoch is the time a virtual clock starts at.
var VirtualEpoch = time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)

// WithVirtualTime gives the loop a simulated clock that starts at
// VirtualEpoch. Whenever no task can go on (all of them wait) and no work
// started with Go is running, the clock jumps to the earliest pending Sleep
// and wakes its task: timed code runs at once and deterministically, timers
// firing in order of deadline, then of creation. Futures resolved by other
// goroutines are not waited for: the clock may jump before they resolve.
func WithVirtualTime() LoopOption {
	return func(l *Loop) {
		l.virtual = true
		l.now = VirtualEpoch
	}
}

// NewLoop returns an event loop.
func NewLoop(opts ...LoopOption) *Loop {
	l := &Loop{wakeup: make(chan struct{}, 1), gens: map[weak.Pointer[Lifecycle]]int{}, genPrune: 1024}
	for _, opt := range opts {
		opt(l)
	}
	return l
}

// Now returns the loop's time: the virtual clock, or time.Now.
func (l *Loop) Now() time.Time {
	if !l.virtual {
		return time.Now()
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.now
}

type loopKey struct{}

// loopFrom returns the loop whose Run is polling with ctx, if any.
func loopFrom(ctx context.Context) *Loop {
	l, _ := ctx.Value(loopKey{}).(*Loop)
	return l
}

// Task is an awaitable spawned on a Loop. A task is itself an awaitable,
// so tasks can wait for each other.
type Task[T any] struct {
	base    *taskBase
	a       Awaitable[T]
	v       T
	err     error
	waiters wakerSet
}

// taskBase is the part of a task the loop schedules; it is the waker the
// task's awaitable receives.
type taskBase struct {
	loop       *Loop
	queued     bool
	done       bool
	step       func(ctx context.Context)
	prev, next *taskBase // in the loop's list of tasks not yet done
}

// Wake schedules the task to be polled again.
func (b *taskBase) Wake() {
	b.loop.mu.Lock()
	b.loop.schedule(b)
	b.loop.mu.Unlock()
}

// schedule queues b; l.mu is held.
func (l *Loop) schedule(b *taskBase) {
	if b.queued || b.done {
		return
	}
	b.queued = true
	l.ready = append(l.ready, b)
	select {
	case l.wakeup <- struct{}{}:
	default:
	}
}

// Spawn adds a task to l that awaits a; Run polls it. It may be called from
// any goroutine, also from a task.
func Spawn[T any](l *Loop, a Awaitable[T]) *Task[T] {
	t := &Task[T]{a: a}
	t.base = &taskBase{loop: l, step: t.step}
	l.mu.Lock()
	l.link(t.base)
	l.schedule(t.base)
	l.mu.Unlock()
	return t
}

// errTaskPanicked is the result of a task whose awaitable panicked.
var errTaskPanicked = errors.New("agen: the task panicked")

func (t *Task[T]) step(ctx context.Context) {
	polled := false
	defer func() {
		if !polled { // a panic: the task ends, the panic goes on
			var zero T
			t.complete(zero, errTaskPanicked)
		}
	}()
	v, err, ok := t.a.Poll(ctx, t.base)
	polled = true
	if ok {
		t.complete(v, err)
	}
}

// complete ends the task with its result and wakes the tasks waiting for
// it. The awaitable is dropped: it may hold a generator that can then be
// finalized.
func (t *Task[T]) complete(v T, err error) {
	l := t.base.loop
	l.mu.Lock()
	t.v, t.err, t.a = v, err, nil
	l.unlink(t.base)
	waiters := t.waiters.take()
	l.mu.Unlock()
	for _, w := range waiters {
		w.Wake()
	}
}

// link adds b, a new task, to the tasks not yet done; l.mu is held.
func (l *Loop) link(b *taskBase) {
	b.prev = l.last
	if l.last != nil {
		l.last.next = b
	} else {
		l.first = b
	}
	l.last = b
	l.live++
}

// unlink marks b done and removes it from the tasks not yet done; l.mu is
// held.
func (l *Loop) unlink(b *taskBase) {
	b.done = true
	if b.prev != nil {
		b.prev.next = b.next
	} else {
		l.first = b.next
	}
	if b.next != nil {
		b.next.prev = b.prev
	} else {
		l.last = b.prev
	}
	b.prev, b.next = nil, nil
	l.live--
}

// Result returns the task's value and error once it is done; before, it
// returns ErrRunning.
func (t *Task[T]) Result() (T, error) {
	t.base.loop.mu.Lock()
	defer t.base.loop.mu.Unlock()
	if !t.base.done {
		var zero T
		return zero, ErrRunning
	}
	return t.v, t.err
}

// Poll implements Awaitable: it is ready with the task's result.
func (t *Task[T]) Poll(_ context.Context, w Waker) (T, error, bool) {
	t.base.loop.mu.Lock()
	defer t.base.loop.mu.Unlock()
	if t.base.done {
		return t.v, t.err, true
	}
	t.waiters.add(w)
	var zero T
	return zero, nil, false
}

// Run polls the loop's tasks on the calling goroutine until every task is
// done. If ctx ends first, every pending task is polled once more with the
// ended context (so that the awaits of generators return ctx.Err() and their
// bodies can unwind), and Run returns ctx.Err() once no task can go on.
// Run returns ctx.Err() also when the tasks finished in reaction to it.
// With virtual time, the clock does not move once ctx has ended.
//
// A panic in a task propagates out of Run. The task is then done, with an
// error; the loop can run again.
func (l *Loop) Run(ctx context.Context) error {
	return l.run(ctx, func() bool { return l.live == 0 })
}

// run polls tasks until finished reports true (called with l.mu held).
func (l *Loop) run(ctx context.Context, finished func() bool) error {
	l.mu.Lock()
	if l.running {
		l.mu.Unlock()
		panic("agen: Loop.Run called while the loop is running")
	}
	l.running = true
	l.mu.Unlock()
	defer func() {
		l.mu.Lock()
		l.running = false
		l.mu.Unlock()
	}()
	loopCtx := context.WithValue(ctx, loopKey{}, l)
	cancelled := false
	for {
		b, err := l.next(ctx, &cancelled, finished)
		if b == nil {
			return err
		}
		b.step(loopCtx)
	}
}

// next returns the next task to poll, or nil with Run's result.
func (l *Loop) next(ctx context.Context, cancelled *bool, finished func() bool) (*taskBase, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for {
		if !*cancelled && ctx.Err() != nil {
			*cancelled = true
			for b := l.first; b != nil; b = b.next {
				l.schedule(b)
			}
		}
		if finished() {
			if *cancelled {
				return nil, ctx.Err()
			}
			return nil, nil
		}
		if len(l.ready) > 0 {
			b := l.ready[0]
			l.ready[0] = nil
			l.ready = l.ready[1:]
			b.queued = false
			return b, nil
		}
		if *cancelled {
			return nil, ctx.Err()
		}
		if l.virtual && l.work == 0 && len(l.timers) > 0 {
			l.advance()
			continue
		}
		l.mu.Unlock()
		select {
		case <-l.wakeup:
		case <-ctx.Done():
		}
		l.mu.Lock()
	}
}

// Shutdown closes every unfinished async generator first resumed on this
// loop, in the order they were first resumed, each as a task, and runs the
// loop until those tasks are done (other tasks make progress meanwhile),
// like asyncio's loop.shutdown_asyncgens. It returns the closes' errors
// joined, or ctx.Err() if ctx ends first. A generator with an operation in
// progress cannot be closed: its error is ErrRunning.
func (l *Loop) Shutdown(ctx context.Context) error {
	l.mu.Lock()
	frames := l.orderedGens()
	l.mu.Unlock()
	closes := make([]*Task[None], len(frames))
	for i, f := range frames {
		closes[i] = Spawn(l, reportPanics(f.AClose()))
	}
	done := 0 // closes[:done] are done
	err := l.run(ctx, func() bool {
		for done < len(closes) && closes[done].base.done {
			done++
		}
		return done == len(closes)
	})
	if err != nil {
		return err
	}
	var errs []error
	for _, t := range closes {
		_, err := t.Result()
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// reportPanics turns a panic of a close into its error: Shutdown reports
// what the deferred calls of the generators it closes panic with.
func reportPanics(a Awaitable[None]) Awaitable[None] {
	return AwaitableFunc[None](func(ctx context.Context, w Waker) (_ None, err error, ready bool) {
		defer func() {
			if p := recover(); p != nil {
				err, ready = fmt.Errorf("agen: closing a generator: panic: %v", p), true
			}
		}()
		return a.Poll(ctx, w)
	})
}

// orderedGens lists the tracked generators that are still reachable, in
// the order they were first resumed; l.mu is held.
func (l *Loop) orderedGens() []Frame {
	type gen struct {
		f   Frame
		seq int
	}
	var gens []gen
	for wp, seq := range l.gens {
		if life := wp.Value(); life != nil {
			gens = append(gens, gen{life.frame, seq})
		}
	}
	slices.SortFunc(gens, func(a, b gen) int { return a.seq - b.seq })
	frames := make([]Frame, len(gens))
	for i, g := range gens {
		frames[i] = g.f
	}
	return frames
}

// track records an async generator first resumed on the loop.
func (l *Loop) track(life *Lifecycle) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.genSeq++
	l.gens[weak.Make(life)] = l.genSeq
	if len(l.gens) >= l.genPrune {
		for wp := range l.gens {
			if wp.Value() == nil {
				delete(l.gens, wp) // collected
			}
		}
		l.genPrune = max(1024, 2*len(l.gens))
	}
}

// untrack forgets a generator that finished.
func (l *Loop) untrack(life *Lifecycle) {
	l.mu.Lock()
	delete(l.gens, weak.Make(life))
	l.mu.Unlock()
}

// spawnClose closes an abandoned generator as a task of the loop.
func (l *Loop) spawnClose(f Frame) {
	closing := f.AClose()
	Spawn(l, AwaitableFunc[None](func(ctx context.Context, w Waker) (_ None, err error, ready bool) {
		defer func() {
			if p := recover(); p != nil {
				fmt.Fprintf(os.Stderr, "agen: panic while closing an abandoned generator (ignored): %v\n", p)
				ready = true
			}
		}()
		return closing.Poll(ctx, w)
	}))
}

func (l *Loop) workStarted() {
	l.mu.Lock()
	l.work++
	l.mu.Unlock()
}

func (l *Loop) workDone() {
	l.mu.Lock()
	l.work--
	select {
	case l.wakeup <- struct{}{}:
	default:
	}
	l.mu.Unlock()
}

// virtualTimer is a Sleep on a loop with virtual time.
type virtualTimer struct {
	loop     *Loop
	deadline time.Time
	seq      uint64
	waker    Waker
	fired    bool
}

// addTimer starts a virtual timer of d.
func (l *Loop) addTimer(d time.Duration, w Waker) *virtualTimer {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.timerSeq++
	t := &virtualTimer{loop: l, deadline: l.now.Add(d), seq: l.timerSeq, waker: w}
	heap.Push(&l.timers, t)
	return t
}

// rearm records the waker of a new poll and reports whether t has fired.
func (t *virtualTimer) rearm(w Waker) bool {
	t.loop.mu.Lock()
	defer t.loop.mu.Unlock()
	t.waker = w
	return t.fired
}

// advance moves the virtual clock to the earliest deadline and fires every
// timer due then; l.mu is held. Wakers of tasks on this loop are scheduled
// directly; others are called after the lock is released.
func (l *Loop) advance() {
	l.now = l.timers[0].deadline
	var foreign []Waker
	for len(l.timers) > 0 && !l.timers[0].deadline.After(l.now) {
		t := heap.Pop(&l.timers).(*virtualTimer)
		t.fired = true
		if b, ok := t.waker.(*taskBase); ok && b.loop == l {
			l.schedule(b)
		} else {
			foreign = append(foreign, t.waker)
		}
	}
	if len(foreign) > 0 {
		l.mu.Unlock()
		for _, w := range foreign {
			w.Wake()
		}
		l.mu.Lock()
	}
}

// timerHeap orders virtual timers by deadline, then by creation.
type timerHeap []*virtualTimer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if !h[i].deadline.Equal(h[j].deadline) {
		return h[i].deadline.Before(h[j].deadline)
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *timerHeap) Push(x any)   { *h = append(*h, x.(*virtualTimer)) }
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return t
}
