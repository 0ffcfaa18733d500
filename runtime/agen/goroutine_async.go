package agen

// This file defines GoroutineAsync, the reference driver of async
// generators.

import (
	"context"
	"iter"
	"runtime"
	"sync/atomic"
)

// GoroutineAsync runs body as an async generator on a goroutine of its own,
// with the same observable behaviour as the state machine agen generates
// from the same body: the oracle of the differential tests. Each operation
// is an awaitable; polling it hands control to the body's goroutine until
// the body yields, ends, or waits at a pending Await (the body polls the
// awaited value itself, with the waker of the consumer's poll). An
// operation started while another is in progress returns ErrRunning at
// once. Abandoned generators are finalized as Goroutine's are, and an Await
// in a deferred call works here while closing (agen rejects both).
func GoroutineAsync[Y, S any](body func(y *AsyncYielder[Y, S]) error) AsyncGenerator[Y, S] {
	c := &asyncCore[Y, S]{body: body}
	c.y.c = c
	return &goroutineAsyncGen[Y, S]{c: c}
}

// goroutineAsyncGen is the handle the consumer holds.
type goroutineAsyncGen[Y, S any] struct {
	c *asyncCore[Y, S]
}

// asyncCore is the frame of a generator run by GoroutineAsync.
type asyncCore[Y, S any] struct {
	body   func(*AsyncYielder[Y, S]) error
	y      AsyncYielder[Y, S]
	busy   atomic.Bool // an operation is in progress; it owns the fields below
	state  driverState
	resume chan resumeMsg[S]
	events chan event[Y]
	life   Lifecycle

	// Owned by the body's goroutine while it runs.
	ctx     context.Context
	waker   Waker
	unwind  unwindKind
	thrown  error
	ignored bool
	result  error
	// The operation that resumed the body last, and while it delegates
	// (YieldFrom), how to close the delegate and what that returned.
	lastOp        opKind
	delegateClose func() error
	closeErr      error
}

func (g *goroutineAsyncGen[Y, S]) ANext() Awaitable[Y] {
	return &asyncOp[Y, S]{c: g.c, handle: g, msg: resumeMsg[S]{op: opNext}}
}

func (g *goroutineAsyncGen[Y, S]) ASend(v S) Awaitable[Y] {
	return &asyncOp[Y, S]{c: g.c, handle: g, msg: resumeMsg[S]{op: opSend, send: v}}
}

func (g *goroutineAsyncGen[Y, S]) AThrow(err error) Awaitable[Y] {
	if err == nil {
		panic(errThrowNil)
	}
	return &asyncOp[Y, S]{c: g.c, handle: g, msg: resumeMsg[S]{op: opThrow, err: err}}
}

func (g *goroutineAsyncGen[Y, S]) AClose() Awaitable[None] {
	return closeOp(&asyncOp[Y, S]{c: g.c, handle: g, msg: resumeMsg[S]{op: opClose}})
}

func (g *goroutineAsyncGen[Y, S]) Next(ctx context.Context) (Y, error) {
	return block(ctx, g.ANext())
}

func (g *goroutineAsyncGen[Y, S]) Send(ctx context.Context, v S) (Y, error) {
	return block(ctx, g.ASend(v))
}

func (g *goroutineAsyncGen[Y, S]) Throw(ctx context.Context, err error) (Y, error) {
	return block(ctx, g.AThrow(err))
}

func (g *goroutineAsyncGen[Y, S]) Close(ctx context.Context) error {
	_, err := block(ctx, g.AClose())
	return err
}

func (g *goroutineAsyncGen[Y, S]) All(ctx context.Context) iter.Seq2[Y, error] {
	return allAsync[Y, S](ctx, g)
}

// allAsync is AsyncGenerator.All for any implementation.
func allAsync[Y, S any](ctx context.Context, g AsyncGenerator[Y, S]) iter.Seq2[Y, error] {
	return func(yield func(Y, error) bool) {
		done := false
		defer func() {
			if !done { // the loop body panicked, or called runtime.Goexit
				g.Close(ctx)
			}
		}()
		for {
			v, err := g.Next(ctx)
			if err == Done {
				done = true
				return
			}
			if err != nil {
				done = true
				yield(v, err)
				return
			}
			if !yield(v, nil) {
				done = true
				g.Close(ctx)
				return
			}
		}
	}
}

// closeOp turns an operation into the awaitable of Close.
func closeOp[Y, S any](op *asyncOp[Y, S]) Awaitable[None] {
	return AwaitableFunc[None](func(ctx context.Context, w Waker) (None, error, bool) {
		_, err, ok := op.Poll(ctx, w)
		return None{}, err, ok
	})
}

// asyncOp is one operation on a generator run by GoroutineAsync. It holds
// the handle, so that a generator with an operation in progress is never
// finalized; a frame operation (handle nil) is the finalizer's.
type asyncOp[Y, S any] struct {
	c      *asyncCore[Y, S]
	handle *goroutineAsyncGen[Y, S]
	msg    resumeMsg[S]
	phase  uint8 // 0 not polled, 1 in progress, 2 done
	v      Y
	err    error
}

func (o *asyncOp[Y, S]) Poll(ctx context.Context, w Waker) (Y, error, bool) {
	c := o.c
	switch o.phase {
	case 2:
		return o.v, o.err, true
	case 0:
		if !c.busy.CompareAndSwap(false, true) && !o.takeOver() {
			return o.finish(o.v, ErrRunning)
		}
		o.phase = 1
		if v, err, ok := o.begin(ctx, w); ok {
			c.busy.Store(false)
			return o.finish(v, err)
		}
	default:
		c.resume <- resumeMsg[S]{op: opPoll, ctx: ctx, waker: w}
	}
	ev := <-c.events
	if ev.kind == eventPending {
		return o.v, nil, false
	}
	// The operation is over even if complete panics or forwards a Goexit:
	// polling it again must not wait for a body that has ended.
	o.finish(o.v, Done)
	v, err := c.complete(ev, o.msg.op)
	return o.finish(v, err)
}

// takeOver reports whether this is the close of a finalizer whose generator
// was abandoned with an operation in progress: nothing can poll that
// operation any more, and its body waits at an Await, where the close
// unwinds it.
func (o *asyncOp[Y, S]) takeOver() bool {
	return o.handle == nil && o.msg.op == opClose && o.c.life.Abandoned()
}

func (o *asyncOp[Y, S]) finish(v Y, err error) (Y, error, bool) {
	o.phase, o.v, o.err = 2, v, err
	return v, err, true
}

// begin starts the operation; it reports ok when the operation completed
// without running the body.
func (o *asyncOp[Y, S]) begin(ctx context.Context, w Waker) (v Y, err error, ok bool) {
	c := o.c
	m := o.msg
	m.ctx, m.waker = ctx, w
	switch c.state {
	case stateFinished:
		if m.op == opClose {
			return v, nil, true
		}
		return v, Done, true
	case stateCreated:
		switch m.op {
		case opClose:
			c.state = stateFinished
			return v, nil, true
		case opThrow:
			c.state = stateFinished
			return v, m.err, true
		}
		c.state = stateRunning
		c.resume = make(chan resumeMsg[S])
		c.events = make(chan event[Y])
		c.ctx, c.waker = ctx, w
		c.life.Start(ctx, c)
		if o.handle != nil {
			Track(&c.life, o.handle, c)
		}
		go c.run()
	default:
		c.state = stateRunning
		c.resume <- m
	}
	return v, nil, false
}

// complete acts on the event that ends an operation and releases the
// generator.
func (c *asyncCore[Y, S]) complete(ev event[Y], op opKind) (v Y, err error) {
	defer c.busy.Store(false)
	switch ev.kind {
	case eventYield:
		c.state = stateSuspended
		return ev.value, nil
	case eventReturn:
		c.finish()
		if ev.err == nil && op != opClose {
			return v, Done
		}
		return v, ev.err
	case eventPanic:
		c.finish()
		panic(ev.panicked)
	}
	c.finish()
	switch {
	case c.ignored:
		return v, ErrIgnoredClose
	case c.unwind == unwindThrow:
		return v, c.thrown
	case c.unwind == unwindClose:
		return v, c.closeErr
	}
	runtime.Goexit() // the body called runtime.Goexit: forward it
	return v, nil
}

func (c *asyncCore[Y, S]) finish() {
	c.state = stateFinished
	c.life.Finish(c)
}

// run is the body's goroutine.
func (c *asyncCore[Y, S]) run() {
	returned := false
	defer func() {
		if returned {
			c.events <- event[Y]{kind: eventReturn, err: c.result}
			return
		}
		if r := recover(); r != nil {
			c.events <- event[Y]{kind: eventPanic, panicked: r}
			return
		}
		c.events <- event[Y]{kind: eventExit}
	}()
	c.result = c.body(&c.y)
	returned = true
}

// suspend is a yield, on the body's goroutine.
func (c *asyncCore[Y, S]) suspend(v Y, catch bool) (S, error) {
	var zero S
	if c.unwind == unwindClose {
		c.ignored = true
		runtime.Goexit()
	}
	c.events <- event[Y]{kind: eventYield, value: v}
	m := <-c.resume
	c.ctx, c.waker = m.ctx, m.waker
	c.lastOp = m.op
	switch m.op {
	case opSend:
		return m.send, nil
	case opThrow:
		if catch {
			return zero, m.err
		}
		c.unwind, c.thrown = unwindThrow, m.err
		runtime.Goexit()
	case opClose:
		if c.delegateClose != nil {
			// A panic of the delegate's close unwinds the body from here.
			c.closeErr = c.delegateClose()
		}
		c.unwind = unwindClose
		runtime.Goexit()
	}
	return zero, nil
}

// await is Await on the body's goroutine: it polls a with the waker of the
// consumer's poll and reports pending to the consumer until a is ready.
func await[T, Y, S any](c *asyncCore[Y, S], a Awaitable[T]) (T, error) {
	for {
		v, err, ok := a.Poll(c.ctx, c.waker)
		if ok {
			return v, err
		}
		if err := c.ctx.Err(); err != nil {
			return v, err
		}
		c.pending()
	}
}

// pending reports an await pending to the consumer and waits to be polled
// again.
func (c *asyncCore[Y, S]) pending() {
	c.events <- event[Y]{kind: eventPending}
	m := <-c.resume
	c.ctx, c.waker = m.ctx, m.waker
	if m.op == opClose { // a finalizer took over an abandoned operation
		c.unwind = unwindClose
		runtime.Goexit()
	}
}

// Close implements Frame.
func (c *asyncCore[Y, S]) Close(ctx context.Context) error {
	_, err := block(ctx, c.AClose())
	return err
}

// AClose implements Frame.
func (c *asyncCore[Y, S]) AClose() Awaitable[None] {
	return closeOp(&asyncOp[Y, S]{c: c, msg: resumeMsg[S]{op: opClose}})
}
