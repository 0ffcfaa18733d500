package difftest

// This file defines plain checks: tests a case package runs as part of its
// Suite where the differential harness cannot express a behaviour (a
// particular interleaving of operations, a loop's Shutdown, the hooks), so
// that they run wherever the suite runs (go test ./... skips testdata).

import (
	"context"
	"testing"

	"github.com/agen-go/agen/runtime/agen"
)

// checkCase is a plain test of a suite.
type checkCase struct {
	name string
	fn   func(t *testing.T)
}

// Check returns a case that runs fn as a subtest: fn asserts the expected
// behaviour itself, typically on both the generated generator and the one
// the reference driver runs.
func Check(name string, fn func(t *testing.T)) Case {
	return &checkCase{name: name, fn: fn}
}

func (c *checkCase) Name() string { return c.name }

func (c *checkCase) run(t *testing.T) { c.fn(t) }

// BothAsync runs fn on the generator gen makes and on the one the
// reference driver agen.GoroutineAsync makes of body, each with a trace of
// its own, as subtests "generated" and "reference": a check asserts the
// same expected behaviour of both.
func BothAsync[Y, S any](t *testing.T, gen func(*Trace) agen.AsyncGenerator[Y, S], body func(*Trace, *agen.AsyncYielder[Y, S]) error, fn func(t *testing.T, tr *Trace, g agen.AsyncGenerator[Y, S])) {
	t.Run("generated", func(t *testing.T) {
		tr := &Trace{}
		fn(t, tr, gen(tr))
	})
	t.Run("reference", func(t *testing.T) {
		tr := &Trace{}
		fn(t, tr, agen.GoroutineAsync(func(y *agen.AsyncYielder[Y, S]) error { return body(tr, y) }))
	})
}

// BothSync is BothAsync for sync generators, with agen.Goroutine.
func BothSync[Y, S any](t *testing.T, gen func(*Trace) agen.Generator[Y, S], body func(*Trace, *agen.Yielder[Y, S]) error, fn func(t *testing.T, tr *Trace, g agen.Generator[Y, S])) {
	t.Run("generated", func(t *testing.T) {
		tr := &Trace{}
		fn(t, tr, gen(tr))
	})
	t.Run("reference", func(t *testing.T) {
		tr := &Trace{}
		fn(t, tr, agen.Goroutine(func(y *agen.Yielder[Y, S]) error { return body(tr, y) }))
	})
}

// StallContext returns a context that a Stall awaitable ends when polled.
func StallContext() (context.Context, context.CancelFunc) { return stallContext() }

// NoWaker is a waker that does nothing, for polling by hand.
var NoWaker agen.Waker = nopWaker{}
