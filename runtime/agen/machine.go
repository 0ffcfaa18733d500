package agen

// This file defines the drivers of generated async generators: the
// operation in progress, the blocking methods and the awaitable ones. The
// generated frame implements AsyncMachine; its handle's methods call these.

import (
	"context"
	"io"
	"iter"
	"runtime"
	"sync/atomic"
)

// Op names the operation a consumer runs on an async generator. OpPoll
// continues an operation whose body waits at a pending Await.
type Op uint8

const (
	OpNext Op = iota
	OpSend
	OpThrow
	OpClose
	OpPoll
)

// AsyncMachine is implemented by the frame of a generated async generator.
type AsyncMachine[Y, S any] interface {
	Frame
	// Core returns the frame's AsyncCore.
	Core() *AsyncCore
	// Resume runs op on the body, polling its awaits with ctx and w, until
	// it yields, ends, or waits at an Await whose awaitable is pending
	// (ready false). handle is the generator's handle, nil for a
	// finalizer's close.
	Resume(ctx context.Context, w Waker, op Op, sent S, thrown error, handle any) (Y, error, bool)
}

// AsyncCore is the part of a generated async frame that the drivers keep:
// whether an operation is in progress (one atomic word), the waker of the
// blocking methods, and the lifecycle. It is meant for generated code.
type AsyncCore struct {
	Life  Lifecycle
	busy  atomic.Bool
	waker chanWaker
}

// acquire starts an operation; it reports false if another one is in
// progress. A finalizer's close of an abandoned generator takes over an
// operation left in progress: nothing can poll it any more.
func (c *AsyncCore) acquire(op Op, handle any) bool {
	return c.Acquire() || handle == nil && op == OpClose && c.Life.Abandoned()
}

// Acquire starts an operation; it reports false if another one is in
// progress.
func (c *AsyncCore) Acquire() bool { return c.busy.CompareAndSwap(false, true) }

// Release ends the operation in progress. Generated code calls it when the
// body panics, which ends the operation.
func (c *AsyncCore) Release() { c.busy.Store(false) }

// BlockingWaker returns the waker of the blocking methods, made once.
func (c *AsyncCore) BlockingWaker() Waker {
	if c.waker == nil {
		c.waker = make(chanWaker, 1)
	}
	return c.waker
}

// step runs op, or continues it, and ends it when it is ready.
func step[Y, S any](ctx context.Context, w Waker, m AsyncMachine[Y, S], op Op, sent S, thrown error, handle any) (Y, error, bool) {
	v, err, ready := m.Resume(ctx, w, op, sent, thrown, handle)
	if ready {
		m.Core().Release()
	}
	return v, err, ready
}

// RunAsync runs op on m to its end, blocking the calling goroutine through
// the body's awaits, as the blocking methods of AsyncGenerator do. If ctx
// ends while an await is pending, the body is polled once more with the
// ended context (its awaits return ctx.Err()) and, if it still waits,
// RunAsync returns ctx.Err() and the operation stays in progress, as with
// GoroutineAsync.
func RunAsync[Y, S any](ctx context.Context, m AsyncMachine[Y, S], handle any, op Op, sent S, thrown error) (Y, error) {
	c := m.Core()
	if !c.acquire(op, handle) {
		var zero Y
		return zero, ErrRunning
	}
	if v, err, ready := step(ctx, c.BlockingWaker(), m, op, sent, thrown, handle); ready {
		runtime.KeepAlive(handle)
		return v, err
	}
	return Wait(ctx, m, handle)
}

// Wait goes on with an operation whose first poll, with the waker of
// m.Core().BlockingWaker(), found an await pending: it blocks until woken
// or until ctx ends, and polls again. (A first poll that began with ctx
// ended is never pending: its awaits return ctx.Err() at once.)
func Wait[Y, S any](ctx context.Context, m AsyncMachine[Y, S], handle any) (Y, error) {
	defer runtime.KeepAlive(handle)
	w := m.Core().waker
	var sent S
	for {
		select {
		case <-w:
		case <-ctx.Done():
		}
		ended := ctx.Err()
		v, err, ready := step(ctx, w, m, OpPoll, sent, nil, handle)
		if ready {
			return v, err
		}
		if ended != nil {
			return v, ended
		}
	}
}

// OpAsync returns op on m as an awaitable. It holds handle, so that a
// generator with an operation in progress is not finalized.
func OpAsync[Y, S any](m AsyncMachine[Y, S], handle any, op Op, sent S, thrown error) Awaitable[Y] {
	if op == OpThrow && thrown == nil {
		panic(errThrowNil)
	}
	return &asyncMachineOp[Y, S]{m: m, handle: handle, op: op, sent: sent, thrown: thrown}
}

// CloseAsync returns the close of m as an awaitable.
func CloseAsync[Y, S any](m AsyncMachine[Y, S], handle any) Awaitable[None] {
	var sent S
	op := OpAsync(m, handle, OpClose, sent, nil)
	return AwaitableFunc[None](func(ctx context.Context, w Waker) (None, error, bool) {
		_, err, ok := op.Poll(ctx, w)
		return None{}, err, ok
	})
}

// AllAsync is AsyncGenerator.All for any implementation.
func AllAsync[Y, S any](ctx context.Context, g AsyncGenerator[Y, S]) iter.Seq2[Y, error] {
	return allAsync(ctx, g)
}

// asyncMachineOp is an operation on a generated async generator.
type asyncMachineOp[Y, S any] struct {
	m      AsyncMachine[Y, S]
	handle any
	op     Op
	sent   S
	thrown error
	phase  uint8 // 0 not polled, 1 in progress, 2 done
	v      Y
	err    error
}

func (o *asyncMachineOp[Y, S]) Poll(ctx context.Context, w Waker) (Y, error, bool) {
	switch o.phase {
	case 2:
		return o.v, o.err, true
	case 0:
		if !o.m.Core().acquire(o.op, o.handle) {
			o.phase, o.err = 2, ErrRunning
			return o.v, o.err, true
		}
	}
	op := o.op
	if o.phase == 1 {
		op = OpPoll
	}
	// If the body panics, the operation is over: polled again, it is Done.
	o.phase, o.err = 2, Done
	v, err, ready := step(ctx, w, o.m, op, o.sent, o.thrown, o.handle)
	if !ready {
		o.phase, o.err = 1, nil
		return v, nil, false
	}
	o.v, o.err = v, err
	o.sent, o.thrown, o.handle = *new(S), nil, nil
	return v, err, true
}

// Poll is Await in generated code: it polls a with the waker of the
// consumer's poll. While a is pending and ctx has ended, it is ready with
// ctx.Err().
func Poll[T any](ctx context.Context, w Waker, a Awaitable[T]) (T, error, bool) {
	v, err, ready := a.Poll(ctx, w)
	if ready {
		return v, err, true
	}
	if err := ctx.Err(); err != nil {
		return v, err, true
	}
	return v, nil, false
}

// End returns what an operation that ends an async body returns: err, or
// Done after a clean end.
func End(err error) error {
	if err == nil {
		return Done
	}
	return err
}

// Unwinding is the state of a generated async body that unwinds through
// deferred functions which may await, so that the unwinding can suspend:
// what ends the body (a return, Close, Throw at a Yield, a panic) and the
// panic in flight, held across the suspensions. It is meant for generated
// code.
type Unwinding struct {
	Cause     UnwindCause
	Err       error // Throw's error, or the error a delegate's close returned
	panicking bool
	value     any
}

// UnwindCause says what ends a body that unwinds.
type UnwindCause uint8

const (
	UnwindReturn UnwindCause = iota // the body returned (or a panic was recovered)
	UnwindPanic                     // the body panicked
	UnwindClose                     // Close
	UnwindThrow                     // Throw at a Yield
	UnwindGoexit                    // runtime.Goexit: the goroutine ends after the deferred calls
)

// Start records what ends the body: a panic with value p (held), or cause.
func (u *Unwinding) Start(cause UnwindCause, err error, p any) {
	*u = Unwinding{Cause: cause, Err: err, panicking: cause == UnwindPanic, value: p}
}

// Panicking reports whether a panic is in flight, and its value.
func (u *Unwinding) Panicking() (any, bool) { return u.value, u.panicking }

// Recover is recover() called by a deferred function that awaits: it
// returns the panic in flight, which ends, or nil.
func (u *Unwinding) Recover() any {
	if !u.panicking {
		return nil
	}
	p := u.value
	u.panicking, u.value = false, nil
	return p
}

// Caught is deferred by generated code around a deferred call of the
// body, which it runs as a deferred call of its own after Repanic: it
// records what the panic in flight became, recovered, the same, or
// replaced by a panic of that call.
func (u *Unwinding) Caught() {
	p := recover()
	u.panicking, u.value = p != nil, p
}

// Repanic panics with the panic in flight, if any: the deferred call run
// then sees it, and recover() in it works as in Go.
func (u *Unwinding) Repanic() {
	if u.panicking {
		panic(u.value)
	}
}

// Step runs a step of a deferred function that awaits, which reports
// whether it is done; a panic of it replaces the panic in flight, and ends
// it.
func (u *Unwinding) Step(step func() bool) (done bool) {
	defer func() {
		if p := recover(); p != nil {
			u.panicking, u.value, done = true, p, true
		}
	}()
	return step()
}

// BlockUnwind runs unwind, which reports false while a deferred function
// waits at an await, to its end on the calling goroutine, sleeping until
// woken: for a body left by runtime.Goexit, which cannot wait suspended.
func BlockUnwind(ctx context.Context, unwind func(context.Context, Waker) bool) {
	w := make(chanWaker, 1)
	for !unwind(ctx, w) {
		select {
		case <-w:
		case <-ctx.Done():
		}
	}
}

// A RangeLoop is a range loop over a generator's All that a generated
// async body is in, with a loop body that suspends: when the body unwinds
// out of it (a return, a panic, Close, Throw), its generator is closed
// first, as All closes it, with the context All was given. Generated code
// uses it.
type RangeLoop struct {
	Ctx     context.Context
	Async   interface{ AClose() Awaitable[None] } // an async generator, or nil
	Sync    io.Closer                             // a sync generator, or nil
	closing Awaitable[None]
}

// Close closes the loop's generator, ignoring its error as All does; it
// reports false while the close of an async generator is pending, and goes
// on when called again.
func (r *RangeLoop) Close(w Waker) bool {
	if r.Sync != nil {
		r.Sync.Close()
		return true
	}
	if r.closing == nil {
		r.closing = r.Async.AClose()
	}
	_, _, ready := r.closing.Poll(r.Ctx, w)
	return ready
}

// CloseSyncRanges closes the generators of the range loops a generated sync
// body is unwinding out of, innermost (last) first, as All does when the
// body of a loop over it panics, and empties ranges. The body unwinds
// with p if panicking; a panic of a Close replaces it and goes on to the
// next close, as a panic goes on through the frames below it in Go. It
// returns the panic the body's deferred calls are to see.
func CloseSyncRanges(ranges *[]io.Closer, panicking bool, p any) (bool, any) {
	for len(*ranges) > 0 {
		g := (*ranges)[len(*ranges)-1]
		*ranges = (*ranges)[:len(*ranges)-1]
		func() {
			defer func() {
				if q := recover(); q != nil {
					panicking, p = true, q
				}
			}()
			g.Close()
		}()
	}
	return panicking, p
}

// stopper is a Pulled: a return out of its loop stops its iterator (the
// pending yield returns false) rather than unwinding it.
type stopper interface{ Stop() }

// CloseRanges closes the generators of the range loops ranges, innermost
// (last) first, as Step runs a deferred function: it reports false while
// a close is pending, and goes on when called again. It returns what is
// left of ranges. When the body returns, the iterator of a Pulled is
// stopped, as a return out of a range-over-func loop stops it.
func (u *Unwinding) CloseRanges(ranges []RangeLoop, w Waker) ([]RangeLoop, bool) {
	for n := len(ranges); n > 0; n-- {
		if s, ok := ranges[n-1].Sync.(stopper); ok && u.Cause == UnwindReturn && !u.panicking {
			u.Step(func() bool { s.Stop(); return true })
			ranges = ranges[:n-1]
			continue
		}
		if !u.Step(func() bool { return ranges[n-1].Close(w) }) {
			return ranges[:n], false
		}
		ranges = ranges[:n-1]
	}
	return ranges, true
}
