package agen

// This file defines SyncCore, the part of a generated sync frame whose
// body defers calls that the runtime drives: what does not run the body
// (Close, Throw at a Yield, the end of a resume that panics) is written
// once here rather than generated for every generator.

import (
	"context"
	"runtime"
)

// DeferMachine is implemented by the frame of a generated sync generator
// whose body defers calls: what its SyncCore calls back.
type DeferMachine interface {
	// AgenRunDefers runs the pending deferred calls LIFO as deferred calls
	// of its own, then panics with p if panicking, so that recover() in
	// them works as in Go.
	AgenRunDefers(panicking bool, p any)
}

// SyncCore is the state of a generated sync generator whose body defers
// calls: where it is, the error it ended with, and its finalization. It is
// the generator's Frame for the hooks and the finalizer. Its methods are
// meant for generated code: Start, when the body starts, tells it the
// frame that holds it.
type SyncCore struct {
	State int   // 0 before the start, k suspended at point k, -1 finished, -2 running
	Err   error // the error the body ended with

	machine DeferMachine // the frame, from Start
	result  *error       // the body's error result, from Start; nil if none
	cleanup runtime.Cleanup
	tracked bool // cleanup is armed
	pending bool // deferred calls are pending
}

// Start records that the body of m starts: result is its error result (nil
// if it has none), which it returns when a deferred call recovers its
// panic. The hooks see the generator from here.
func (c *SyncCore) Start(m DeferMachine, result *error) {
	c.machine, c.result = m, result
	firstIter((*syncFrame)(c))
}

// Deferred records that the body deferred a call: from then on, an
// abandoned generator, whose handle is the pointer handle, is finalized.
// (A sync generator needs no Lifecycle: no Loop tracks it, and nothing
// asks whether it was abandoned.)
func (c *SyncCore) Deferred(handle any) {
	c.pending = true
	if !c.tracked {
		c.tracked = true
		c.cleanup = track(handle, abandoned{f: (*syncFrame)(c)})
	}
}

// runDefers runs the pending deferred calls.
func (c *SyncCore) runDefers(panicking bool, p any) {
	c.pending = false
	c.machine.AgenRunDefers(panicking, p)
}

// Return ends the body where it returns: its deferred calls run while it
// is still marked running (one that panics leaves through Exit), then it
// is finished with its error result.
func (c *SyncCore) Return() {
	c.runDefers(false, nil)
	c.State = -1
	c.Err = c.returned()
	c.untrack()
}

// returned is the error the body returns: its error result, or nil.
func (c *SyncCore) returned() error {
	if c.result == nil {
		return nil
	}
	return *c.result
}

// Finish marks the generator finished.
func (c *SyncCore) Finish() {
	c.State = -1
	c.untrack()
}

// untrack disarms the cleanup: a finished generator is not finalized.
func (c *SyncCore) untrack() {
	if c.tracked {
		c.cleanup.Stop()
		c.tracked = false
	}
}

// Error is the generator's Err.
func (c *SyncCore) Error() error {
	if c.State != -1 {
		return nil
	}
	return c.Err
}

// Close unwinds the body from its pending yield the way runtime.Goexit
// unwinds a goroutine: its deferred calls run while it is still marked
// running (one that calls its own generator panics with ErrRunning), and
// it is finished after them, even if one panics.
func (c *SyncCore) Close() error {
	switch {
	case c.State > 0:
		c.State = -2
		defer c.Finish()
		c.runDefers(false, nil)
	case c.State == -2:
		// The body, or one of its deferred calls, closes its own generator.
		panic(ErrRunning)
	default:
		c.State = -1
	}
	return nil
}

// Throw unwinds the body from a Yield with err, which it ends with.
func (c *SyncCore) Throw(err error) {
	c.State = -2
	defer c.Finish()
	c.runDefers(false, nil)
	c.Err = err
}

// Exit is deferred by resume: if the body panics (or calls
// runtime.Goexit), it runs the pending deferred calls as Go would, and
// leaves the generator finished.
func (c *SyncCore) Exit() {
	if c.State != -2 {
		return
	}
	defer c.Finish()
	if !c.pending {
		return
	}
	if p := recover(); p != nil {
		c.runDefers(true, p)
		// A deferred call recovered: the body returns.
		c.Err = c.returned()
	} else {
		c.runDefers(false, nil)
	}
}

// syncFrame is a SyncCore as the Frame the hooks and the finalizer see.
type syncFrame SyncCore

// Close closes the generator; ctx is unused.
func (f *syncFrame) Close(context.Context) error { return (*SyncCore)(f).Close() }

// AClose is Close as an awaitable.
func (f *syncFrame) AClose() Awaitable[None] {
	return AwaitableFunc[None](func(context.Context, Waker) (None, error, bool) {
		return None{}, (*SyncCore)(f).Close(), true
	})
}
