package agen

// This file defines SyncCore, the part of a generated sync frame whose
// body defers calls that the runtime drives: what does not run the body
// (Close, Throw at a Yield, the end of a resume that panics) is written
// once here rather than generated for every generator.

import "context"

// DeferMachine is implemented by the frame of a generated sync generator
// whose body defers calls.
type DeferMachine interface {
	Frame
	// AgenRunDefers runs the pending deferred calls LIFO as deferred calls
	// of its own, then panics with p if panicking, so that recover() in
	// them works as in Go.
	AgenRunDefers(panicking bool, p any)
	// AgenPending reports whether deferred calls are pending.
	AgenPending() bool
	// AgenResult returns what the body returns when a deferred call
	// recovers its panic: its error result, or nil.
	AgenResult() error
}

// SyncCore is the state of a generated sync generator whose body defers
// calls: where it is, the error it ended with, and its lifecycle. Its
// methods take the frame that holds it; they are meant for generated code.
type SyncCore struct {
	State int   // 0 before the start, k suspended at point k, -1 finished, -2 running
	Err   error // the error the body ended with
	Life  Lifecycle
}

// Finish marks the generator of m finished.
func (c *SyncCore) Finish(m Frame) {
	c.State = -1
	c.Life.Finish(m)
}

// Error is the generator's Err.
func (c *SyncCore) Error() error {
	if c.State != -1 {
		return nil
	}
	return c.Err
}

// Close unwinds the body of m from its pending yield the way
// runtime.Goexit unwinds a goroutine: its deferred calls run while it is
// still marked running (one that calls its own generator panics with
// ErrRunning), and it is finished after them, even if one panics.
func (c *SyncCore) Close(m DeferMachine) error {
	switch {
	case c.State > 0:
		c.State = -2
		defer c.Finish(m)
		m.AgenRunDefers(false, nil)
	case c.State == -2:
		// The body, or one of its deferred calls, closes its own generator.
		panic(ErrRunning)
	default:
		c.State = -1
	}
	return nil
}

// AClose is Close as an awaitable, for Frame. (Not inlined: its function
// literal would be compiled again for every generator.)
//
//go:noinline
func (c *SyncCore) AClose(m DeferMachine) Awaitable[None] {
	return AwaitableFunc[None](func(context.Context, Waker) (None, error, bool) {
		return None{}, c.Close(m), true
	})
}

// Throw unwinds the body of m from a Yield with err, which it ends with.
func (c *SyncCore) Throw(m DeferMachine, err error) {
	c.State = -2
	defer c.Finish(m)
	m.AgenRunDefers(false, nil)
	c.Err = err
}

// Exit is deferred by the resume of m: if the body panics (or calls
// runtime.Goexit), it runs the pending deferred calls as Go would, and
// leaves the generator finished.
func (c *SyncCore) Exit(m DeferMachine) {
	if c.State != -2 {
		return
	}
	defer c.Finish(m)
	if !m.AgenPending() {
		return
	}
	if p := recover(); p != nil {
		m.AgenRunDefers(true, p)
		// A deferred call recovered: the body returns.
		c.Err = m.AgenResult()
	} else {
		m.AgenRunDefers(false, nil)
	}
}
