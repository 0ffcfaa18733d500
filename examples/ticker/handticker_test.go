package main

// This file holds the ticker written by hand, the "class-based" async
// iterator of PEP 525's comparison (a class with __anext__), and the ticker
// as a goroutine sending on a channel: the benchmarks' baselines.

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/agen-go/agen/runtime/agen"
)

// handTicker is ticker written by hand as an awaitable iterator: its state
// is explicit, ANext returns the iterator itself as the awaitable of the
// next value, and Next(ctx) polls it, sleeping on a channel while it is
// pending. It waits delay after each value, or ticks[i] after value i when
// ticks is set. Like most hand-written iterators, it is not safe for
// concurrent use: unlike a generated one, it does not detect an operation
// started while another is in progress.
type handTicker struct {
	delay time.Duration
	ticks []*agen.Future[agen.None]
	to    int
	i     int                       // the next value; to+1 once finished
	wait  agen.Awaitable[agen.None] // the pause after value i-1, once started
	waker chanWaker
}

// ANext returns the next value as an awaitable.
func (t *handTicker) ANext() agen.Awaitable[int] { return t }

// Poll implements agen.Awaitable: it continues the pause after the
// previous value, then returns the next value, or agen.Done.
func (t *handTicker) Poll(ctx context.Context, w agen.Waker) (int, error, bool) {
	if t.i > t.to {
		return 0, agen.Done, true
	}
	if t.i > 0 {
		if t.wait == nil {
			if t.ticks != nil {
				t.wait = t.ticks[t.i-1]
			} else {
				t.wait = agen.Sleep(t.delay)
			}
		}
		_, err, ready := agen.Poll(ctx, w, t.wait)
		if !ready {
			return 0, nil, false
		}
		t.wait = nil
		if err != nil {
			t.i = t.to + 1
			return 0, err, true
		}
	}
	i := t.i
	t.i++
	if i == t.to {
		return 0, agen.Done, true
	}
	return i, nil, true
}

// Next returns the next value, blocking while the pause goes on.
func (t *handTicker) Next(ctx context.Context) (int, error) {
	if t.waker == nil {
		t.waker = make(chanWaker, 1)
	}
	for {
		v, err, ready := t.Poll(ctx, t.waker)
		if ready {
			return v, err
		}
		select {
		case <-t.waker:
		case <-ctx.Done():
		}
	}
}

// guardedTicker is handTicker with the guarantee of generated async
// generators that an operation started while another is in progress, from
// any goroutine, returns agen.ErrRunning: one atomic compare-and-swap when
// it starts, one atomic store when it ends.
type guardedTicker struct {
	handTicker
	busy atomic.Bool
}

// Next returns the next value, or agen.ErrRunning if another Next is in
// progress.
func (t *guardedTicker) Next(ctx context.Context) (int, error) {
	if !t.busy.CompareAndSwap(false, true) {
		return 0, agen.ErrRunning
	}
	v, err := t.handTicker.Next(ctx)
	t.busy.Store(false)
	return v, err
}

// chanWaker wakes a goroutine that waits on it.
type chanWaker chan struct{}

// Wake implements agen.Waker.
func (w chanWaker) Wake() {
	select {
	case w <- struct{}{}:
	default:
	}
}

// block waits for a on the calling goroutine.
func block[T any](ctx context.Context, a agen.Awaitable[T], w chanWaker) (T, error) {
	for {
		v, err, ready := agen.Poll(ctx, w, a)
		if ready {
			return v, err
		}
		select {
		case <-w:
		case <-ctx.Done():
		}
	}
}

// chanTicker is ticker as a goroutine that sends the values on a channel
// and blocks through each pause.
func chanTicker(ctx context.Context, delay time.Duration, ticks []*agen.Future[agen.None], to int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		w := make(chanWaker, 1)
		for i := range to {
			select {
			case ch <- i:
			case <-ctx.Done():
				return
			}
			var pause agen.Awaitable[agen.None]
			if ticks != nil {
				pause = ticks[i]
			} else {
				pause = agen.Sleep(delay)
			}
			if _, err := block(ctx, pause, w); err != nil {
				return
			}
		}
	}()
	return ch
}
