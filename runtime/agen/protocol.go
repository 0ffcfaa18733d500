package agen

// This file defines the protocol interfaces that generated generator types
// and the reference drivers implement.

import (
	"context"
	"iter"
)

// None is the type of a value that carries nothing: use it for Y or S when
// a generator yields or receives nothing meaningful.
type None = struct{}

// Generator is the protocol of a sync generator (PEP 342): a body that
// yields values of type Y and receives values of type S.
//
// A Generator must not be used from several goroutines at once.
type Generator[Y, S any] interface {
	// Next runs the body to its next yield and returns the value yielded,
	// or false once the body has finished (no code runs then).
	Next() (Y, bool)
	// Send resumes the body with v as the result of the pending yield.
	// On a generator that has not started, it starts it and discards v.
	Send(v S) (Y, bool)
	// Throw raises err at the pending yield: a Yield unwinds the body
	// (its deferred calls run) and the generator ends with err; a YieldErr
	// returns err to the body, which goes on. On a generator that has not
	// started, Throw finishes it with err without running any code; on a
	// finished one it does nothing.
	Throw(err error) (Y, bool)
	// Close unwinds the body from its pending yield the way runtime.Goexit
	// unwinds a goroutine: the pending deferred calls run LIFO. Close is
	// idempotent and runs no code on a generator that has not started or
	// has finished.
	Close() error
	// Err returns the error the body ended with: its returned error, the
	// error thrown at a Yield, or the error of a Close made by All. It is
	// nil while the generator runs and after a clean end.
	Err() error
	// All returns an iterator over the values. Leaving the loop early —
	// break, return, goto, or a panic of the loop body — closes the
	// generator; after a break, a Close error shows in Err.
	All() iter.Seq[Y]
}

// AsyncGenerator is the protocol of an async generator (PEP 525). The
// blocking methods drive the body on the caller's goroutine through its
// awaits; the A-methods return the same operations as awaitables, so that
// one async body can consume another without blocking.
//
// At most one operation is in progress at a time: any operation started
// while another is in progress returns ErrRunning at once.
type AsyncGenerator[Y, S any] interface {
	// Next runs the body to its next yield. It returns Done once the body
	// has finished; if the body returned an error, that error is returned
	// once, then Done.
	Next(ctx context.Context) (Y, error)
	// Send is Next with v as the result of the pending yield.
	Send(ctx context.Context, v S) (Y, error)
	// Throw raises err at the pending yield, as Generator.Throw does.
	// When the body unwinds from a Yield, Throw returns err.
	Throw(ctx context.Context, err error) (Y, error)
	// Close unwinds the body from its pending yield, running its deferred
	// calls.
	Close(ctx context.Context) error
	// All returns an iterator over the values, each with a nil error, and
	// a final (zero, err) if the body failed. Leaving the loop early —
	// break, return, goto, or a panic of the loop body — closes the
	// generator.
	All(ctx context.Context) iter.Seq2[Y, error]

	// ANext is Next as an awaitable.
	ANext() Awaitable[Y]
	// ASend is Send as an awaitable.
	ASend(v S) Awaitable[Y]
	// AThrow is Throw as an awaitable.
	AThrow(err error) Awaitable[Y]
	// AClose is Close as an awaitable.
	AClose() Awaitable[None]
}
