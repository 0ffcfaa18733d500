package agen

// This file defines Goroutine, the reference driver of sync generators.

import (
	"context"
	"iter"
	"runtime"
	"sync/atomic"
)

// Goroutine runs body as a sync generator on a goroutine of its own, with
// the same observable behaviour as the state machine agen generates from the
// same body: it is the oracle of the differential tests, and the baseline
// of the benchmarks. The goroutine starts at the first Next or Send and
// exits when the body ends, when the generator is closed, or after the
// generator became unreachable and was finalized (see Hooks): unlike
// iter.Pull, an abandoned generator leaks nothing.
//
// A yield in a deferred call of body works here (it is rejected by agen),
// except while closing, where Close returns ErrIgnoredClose.
func Goroutine[Y, S any](body func(y *Yielder[Y, S]) error) Generator[Y, S] {
	c := &goCore[Y, S]{body: body}
	c.y.c = c
	return &goroutineGen[Y, S]{c: c}
}

// goroutineGen is the handle the consumer holds; the body's goroutine only
// references the core, so the handle can become unreachable.
type goroutineGen[Y, S any] struct {
	c *goCore[Y, S]
}

// goCore is the frame of a generator run by Goroutine.
type goCore[Y, S any] struct {
	body   func(*Yielder[Y, S]) error
	y      Yielder[Y, S]
	state  atomic.Int32
	resume chan resumeMsg[S]
	events chan event[Y]
	life   Lifecycle
	err    error

	// Written by the body's goroutine, read by the consumer after the
	// goroutine's last event.
	unwind  unwindKind
	thrown  error
	ignored bool
	result  error
	// Owned by the body's goroutine: the operation that resumed it last,
	// and while it delegates (YieldFrom), how to close the delegate.
	lastOp        opKind
	delegateClose func() error
	closeErr      error // the error of the delegate's Close
}

func (g *goroutineGen[Y, S]) Next() (Y, bool) {
	return g.c.resumeWith(resumeMsg[S]{op: opNext}, g)
}

func (g *goroutineGen[Y, S]) Send(v S) (Y, bool) {
	return g.c.resumeWith(resumeMsg[S]{op: opSend, send: v}, g)
}

func (g *goroutineGen[Y, S]) Throw(err error) (Y, bool) {
	if err == nil {
		panic(errThrowNil)
	}
	return g.c.resumeWith(resumeMsg[S]{op: opThrow, err: err}, g)
}

func (g *goroutineGen[Y, S]) Close() error {
	err := g.c.close()
	runtime.KeepAlive(g) // not finalized while closing
	return err
}

func (g *goroutineGen[Y, S]) Err() error {
	if g.c.state.Load() != stateFinished {
		return nil
	}
	return g.c.err
}

func (g *goroutineGen[Y, S]) All() iter.Seq[Y] {
	return func(yield func(Y) bool) {
		done := false
		defer func() {
			if !done { // the loop body panicked, or called runtime.Goexit
				g.Close()
			}
		}()
		for {
			v, ok := g.Next()
			if !ok {
				done = true
				return
			}
			if !yield(v) {
				done = true
				if err := g.Close(); err != nil {
					g.c.err = err
				}
				return
			}
		}
	}
}

// resumeWith runs the body from where it is with m until its next event.
func (c *goCore[Y, S]) resumeWith(m resumeMsg[S], handle *goroutineGen[Y, S]) (Y, bool) {
	var zero Y
	switch c.state.Load() {
	case stateFinished:
		return zero, false
	case stateRunning:
		panic(ErrRunning)
	case stateCreated:
		if m.op == opThrow {
			c.transition(stateCreated, stateFinished)
			c.err = m.err
			return zero, false
		}
		c.transition(stateCreated, stateRunning)
		c.resume = make(chan resumeMsg[S])
		c.events = make(chan event[Y])
		c.life.Start(nil, c)
		Track(&c.life, handle, c)
		go c.run()
	case stateSuspended:
		c.transition(stateSuspended, stateRunning)
		c.resume <- m
	}
	v, ok, _ := c.receive()
	// The operation holds the handle, so that a generator is not finalized
	// while it runs, even if the consumer dropped the handle meanwhile.
	runtime.KeepAlive(handle)
	return v, ok
}

// transition moves the state from old to new, or panics with ErrRunning
// when another goroutine got there first.
func (c *goCore[Y, S]) transition(old, new driverState) {
	if !c.state.CompareAndSwap(old, new) {
		panic(ErrRunning)
	}
}

// receive waits for the body's next event and acts on it. It reports the
// yielded value, or the error a Close returns once the body has exited.
func (c *goCore[Y, S]) receive() (v Y, ok bool, closeErr error) {
	ev := <-c.events
	switch ev.kind {
	case eventYield:
		c.state.Store(stateSuspended)
		return ev.value, true, nil
	case eventReturn:
		c.finish(ev.err)
	case eventPanic:
		c.finish(nil)
		panic(ev.panicked)
	case eventExit:
		switch {
		case c.ignored:
			c.finish(ErrIgnoredClose)
			return v, false, ErrIgnoredClose
		case c.unwind == unwindThrow:
			c.finish(c.thrown)
		case c.unwind == unwindClose:
			c.finish(c.closeErr)
			return v, false, c.closeErr
		default: // the body itself called runtime.Goexit: forward it, as iter.Pull does
			c.finish(nil)
			runtime.Goexit()
		}
	}
	return v, false, nil
}

func (c *goCore[Y, S]) finish(err error) {
	c.err = err
	c.state.Store(stateFinished)
	c.life.Finish(c)
}

func (c *goCore[Y, S]) close() error {
	switch c.state.Load() {
	case stateCreated:
		c.transition(stateCreated, stateFinished)
		return nil
	case stateRunning:
		panic(ErrRunning)
	case stateSuspended:
		c.transition(stateSuspended, stateRunning)
		c.resume <- resumeMsg[S]{op: opClose}
		// A yield while closing exits the goroutine with ErrIgnoredClose,
		// so no value comes back.
		_, _, err := c.receive()
		return err
	}
	return nil
}

// run is the body's goroutine.
func (c *goCore[Y, S]) run() {
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
func (c *goCore[Y, S]) suspend(v Y, catch bool) (S, error) {
	var zero S
	if c.unwind == unwindClose {
		c.ignored = true
		runtime.Goexit()
	}
	c.events <- event[Y]{kind: eventYield, value: v}
	m := <-c.resume
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
			// A panic of the delegate's Close unwinds the body from here.
			c.closeErr = c.delegateClose()
		}
		c.unwind = unwindClose
		runtime.Goexit()
	}
	return zero, nil
}

// Close implements Frame.
func (c *goCore[Y, S]) Close(context.Context) error { return c.close() }

// AClose implements Frame.
func (c *goCore[Y, S]) AClose() Awaitable[None] {
	return AwaitableFunc[None](func(context.Context, Waker) (None, error, bool) {
		return None{}, c.close(), true
	})
}
