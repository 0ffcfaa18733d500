package agen

// This file defines the awaitable contract and the built-in awaitables:
// Sleep, Future, Go and ForEach.

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// A Waker tells the driver that polled a pending awaitable to poll it again.
// Wake may be called from any goroutine, any number of times, also after
// the awaitable was dropped: a spurious wake costs a poll, nothing more.
type Waker interface {
	Wake()
}

// Awaitable is a value that may not be ready yet: a timer, the result of
// work on another goroutine, the next value of an async generator. Its
// model is Rust's Future.
//
// A driver (Await in a generator body, the blocking methods, a Loop) calls
// Poll with the context of the consumer's call and a Waker. Poll never
// blocks. If the value is ready it returns it with ready true, and keeps
// returning it if polled again. Otherwise it returns ready false after
// arranging for w.Wake to be called once progress is possible: when a timer
// fires, when another goroutine resolves a future, when an awaited
// generator can go on. Each Poll may pass a different waker; only the most
// recent one must be woken. Poll must not be called from several goroutines
// at once.
//
// Awaitables need not watch ctx: a driver whose context ends stops waiting
// (Await then returns ctx.Err()). They may use it, as Go does, to cancel
// work, and they may read from it the Loop they run on (Sleep does, for the
// loop's clock).
type Awaitable[T any] interface {
	Poll(ctx context.Context, w Waker) (v T, err error, ready bool)
}

// AwaitableFunc adapts a function to the Awaitable interface.
type AwaitableFunc[T any] func(ctx context.Context, w Waker) (T, error, bool)

// Poll calls f.
func (f AwaitableFunc[T]) Poll(ctx context.Context, w Waker) (T, error, bool) {
	return f(ctx, w)
}

// Sleep returns an awaitable that is ready d after it is first polled. On a
// Loop with virtual time it sleeps in the loop's simulated time; otherwise
// it uses a real timer, and no goroutine waits for it.
func Sleep(d time.Duration) Awaitable[None] {
	if d <= 0 {
		return elapsed{} // no allocation: a zero-size value
	}
	return &sleep{d: d}
}

// elapsed is a Sleep of no time: always ready.
type elapsed struct{}

func (elapsed) Poll(context.Context, Waker) (None, error, bool) { return None{}, nil, true }

type sleep struct {
	d       time.Duration
	started bool
	done    atomic.Bool
	waker   atomic.Pointer[Waker] // real timers
	virtual *virtualTimer         // virtual timers
}

func (s *sleep) Poll(ctx context.Context, w Waker) (None, error, bool) {
	if s.done.Load() {
		return None{}, nil, true
	}
	if !s.started {
		s.started = true
		return None{}, nil, s.start(ctx, w)
	}
	if s.virtual != nil {
		return None{}, nil, s.virtual.rearm(w)
	}
	waker := w // a variable of its own, so that only this path allocates it
	s.waker.Store(&waker)
	return None{}, nil, s.done.Load()
}

// start reports whether the sleep is over at once.
func (s *sleep) start(ctx context.Context, w Waker) bool {
	if l := loopFrom(ctx); l != nil && l.virtual {
		s.virtual = l.addTimer(s.d, w)
		return false
	}
	waker := w // a variable of its own, so that only this path allocates it
	s.waker.Store(&waker)
	time.AfterFunc(s.d, func() {
		s.done.Store(true)
		(*s.waker.Load()).Wake()
	})
	return false
}

// Future is an awaitable resolved from outside, from any goroutine. Any
// number of drivers may await it; all of them see the same result.
type Future[T any] struct {
	mu      sync.Mutex
	settled bool
	v       T
	err     error
	wakers  wakerSet
}

// NewFuture returns a future that is not resolved yet.
func NewFuture[T any]() *Future[T] {
	return &Future[T]{}
}

// Resolve makes the future ready with v. Only the first Resolve or Reject
// counts. It may be called from any goroutine.
func (f *Future[T]) Resolve(v T) { f.settle(v, nil) }

// Reject makes the future ready with err. Only the first Resolve or Reject
// counts. It may be called from any goroutine.
func (f *Future[T]) Reject(err error) {
	var zero T
	f.settle(zero, err)
}

func (f *Future[T]) settle(v T, err error) {
	f.mu.Lock()
	if f.settled {
		f.mu.Unlock()
		return
	}
	f.settled, f.v, f.err = true, v, err
	wakers := f.wakers.take()
	f.mu.Unlock()
	for _, w := range wakers {
		w.Wake()
	}
}

// Poll implements Awaitable.
func (f *Future[T]) Poll(_ context.Context, w Waker) (T, error, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.settled {
		return f.v, f.err, true
	}
	f.wakers.add(w)
	return f.v, nil, false
}

// wakerSet is the list of wakers of the drivers waiting on an awaitable,
// in order of arrival and without duplicates, so that a driver polling
// again and again does not grow it. Wakers of incomparable types (funcs)
// are never duplicates. A long list is indexed, so that adding stays cheap
// with many thousands of waiting tasks.
type wakerSet struct {
	list  []Waker
	index map[Waker]struct{} // the comparable wakers of list, once it is long
}

// add adds w unless it is there already.
func (s *wakerSet) add(w Waker) {
	if s.index == nil {
		for _, have := range s.list {
			if sameWaker(have, w) {
				return
			}
		}
		s.list = append(s.list, w)
		if len(s.list) > 8 {
			s.index = make(map[Waker]struct{}, len(s.list))
			for _, have := range s.list {
				addToIndex(s.index, have)
			}
		}
		return
	}
	if addToIndex(s.index, w) {
		s.list = append(s.list, w)
	}
}

// take empties the set and returns its wakers.
func (s *wakerSet) take() []Waker {
	list := s.list
	*s = wakerSet{}
	return list
}

// sameWaker compares two wakers; wakers of incomparable types (funcs) are
// never the same.
func sameWaker(a, b Waker) (same bool) {
	defer func() { _ = recover() }()
	return a == b
}

// addToIndex adds w to index and reports whether it was not there; a
// waker of an incomparable type is never there.
func addToIndex(index map[Waker]struct{}, w Waker) (added bool) {
	defer func() {
		if recover() != nil {
			added = true
		}
	}()
	if _, ok := index[w]; ok {
		return false
	}
	index[w] = struct{}{}
	return true
}

// Go returns an awaitable that runs fn on a goroutine of its own, started
// when it is first polled, with the context of that poll. A panic in fn is
// raised again in the driver that polls the result. On a Loop with virtual
// time, the clock does not move while such work runs.
func Go[T any](fn func(ctx context.Context) (T, error)) Awaitable[T] {
	return &goWork[T]{fn: fn}
}

type goWork[T any] struct {
	fn       func(context.Context) (T, error)
	started  bool
	result   Future[T]
	panicked any
}

func (g *goWork[T]) Poll(ctx context.Context, w Waker) (T, error, bool) {
	if !g.started {
		g.started = true
		g.start(ctx)
	}
	v, err, ok := g.result.Poll(ctx, w)
	if ok && g.panicked != nil {
		panic(g.panicked)
	}
	return v, err, ok
}

func (g *goWork[T]) start(ctx context.Context) {
	l := loopFrom(ctx)
	if l != nil {
		l.workStarted()
	}
	go func() {
		var v T
		var err error
		defer func() {
			g.panicked = recover()
			g.result.settle(v, err)
			if l != nil {
				l.workDone()
			}
		}()
		v, err = g.fn(ctx)
	}()
}

// ForEach returns an awaitable that consumes g, calling fn with each value,
// so that a whole pipeline can run as one task on a Loop. It is ready with
// nil once g is done, with g's error if g fails, and with fn's error if fn
// fails; g is then closed first.
func ForEach[Y, S any](g AsyncGenerator[Y, S], fn func(Y) error) Awaitable[None] {
	return &forEach[Y, S]{g: g, fn: fn}
}

type forEach[Y, S any] struct {
	g       AsyncGenerator[Y, S]
	fn      func(Y) error
	next    Awaitable[Y]
	closing Awaitable[None]
	fnErr   error
	done    bool
	err     error
}

func (f *forEach[Y, S]) Poll(ctx context.Context, w Waker) (None, error, bool) {
	for !f.done {
		if f.closing != nil {
			_, err, ok := f.closing.Poll(ctx, w)
			if !ok {
				return None{}, nil, false
			}
			f.finish(f.fnErr, err)
			break
		}
		if f.next == nil {
			f.next = f.g.ANext()
		}
		v, err, ok := f.next.Poll(ctx, w)
		if !ok {
			return None{}, nil, false
		}
		f.next = nil
		switch {
		case err == Done:
			f.finish(nil, nil)
		case err != nil:
			f.finish(err, nil)
		default:
			if f.fnErr = f.fn(v); f.fnErr != nil {
				f.closing = f.g.AClose()
			}
		}
	}
	return None{}, f.err, true
}

func (f *forEach[Y, S]) finish(err, closeErr error) {
	f.done = true
	f.err = err
	if f.err == nil {
		f.err = closeErr
	}
}

// chanWaker is the waker of the blocking drivers.
type chanWaker chan struct{}

func (w chanWaker) Wake() {
	select {
	case w <- struct{}{}:
	default:
	}
}

// block drives a to completion on the calling goroutine, sleeping between
// polls until woken or until ctx ends. Once ctx has ended it polls once
// more, so that the awaits inside a generator see ctx.Err(), and gives up
// with ctx.Err() if a is still pending. It gives up only after a poll that
// began with ctx already ended: a cancellation landing during a poll, after
// the awaits inside it saw ctx alive, must still reach them.
func block[T any](ctx context.Context, a Awaitable[T]) (T, error) {
	w := make(chanWaker, 1)
	for {
		ended := ctx.Err()
		v, err, ok := a.Poll(ctx, w)
		if ok {
			return v, err
		}
		if ended != nil {
			return v, ended
		}
		select {
		case <-w:
		case <-ctx.Done():
		}
	}
}
