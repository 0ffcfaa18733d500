package agen

// This file defines finalization: the hooks, the Frame they receive, and the
// Lifecycle that generator frames use to arrange for it.

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"sync/atomic"
)

// A Frame is the state of one generator as the hooks see it. It outlives the
// handle the consumer held, so a Finalize hook can still close it.
type Frame interface {
	// Close unwinds the generator from its pending suspension point,
	// running its pending deferred calls; see Generator.Close and
	// AsyncGenerator.Close. For a sync generator ctx is unused.
	Close(ctx context.Context) error
	// AClose is Close as an awaitable, for a finalizer that runs it as a
	// task on a Loop.
	AClose() Awaitable[None]
}

// Hooks observe the life of generators, in the style of Python's
// sys.set_asyncgen_hooks. Either function may be nil.
type Hooks struct {
	// FirstIter is called with the frame of a generator when it is
	// resumed for the first time, on the goroutine resuming it, before any
	// of its code runs: every async generator, every generator driven by
	// Goroutine or GoroutineAsync, and the generated sync generators whose
	// body has deferred calls.
	FirstIter func(f Frame)
	// Finalize is called with the frame of a generator that started, did
	// not finish and became unreachable, on the runtime's cleanup
	// goroutine (see runtime.AddCleanup): it must not block, and should
	// close f, on another goroutine or as a task on a loop. With no
	// Finalize hook the runtime closes f itself: as a task on the Loop
	// where an async generator was first resumed, otherwise on a new
	// goroutine. Nothing can catch what that close raises: a panic in a
	// deferred call is recovered and reported on standard error, as Python
	// reports an exception ignored in a finalizer.
	//
	// Generated sync generators are finalized only when their body has
	// pending deferred calls; a generator with none pays nothing.
	Finalize func(f Frame)
}

var currentHooks atomic.Pointer[Hooks]

// SetHooks installs h for every generator resumed from now on and returns
// the hooks installed before.
func SetHooks(h Hooks) Hooks {
	prev := currentHooks.Swap(&h)
	if prev == nil {
		return Hooks{}
	}
	return *prev
}

// Lifecycle tracks the finalization of one generator frame: its hooks, its
// cleanup and the Loop it was first resumed on. Generated frames hold one
// as a field; its methods are meant for generated code and the drivers.
// The zero value is ready to use.
type Lifecycle struct {
	loop      *Loop
	frame     Frame // set before the loop tracks it, for Shutdown
	cleanup   runtime.Cleanup
	tracked   bool
	abandoned atomic.Bool
}

// Start records the first resumption of f with the context of that call:
// it calls the FirstIter hook, and for an async generator resumed on a
// Loop it lets the loop's Shutdown close f.
func (l *Lifecycle) Start(ctx context.Context, f Frame) {
	if ctx != nil {
		if loop := loopFrom(ctx); loop != nil {
			l.loop, l.frame = loop, f
			loop.track(l)
		}
	}
	firstIter(f)
}

// firstIter calls the FirstIter hook, if any, with f.
func firstIter(f Frame) {
	if h := currentHooks.Load(); h != nil && h.FirstIter != nil {
		h.FirstIter(f)
	}
}

// Track arranges for f to be finalized once handle, the value the consumer
// holds, becomes unreachable. handle must not be reachable from f. Call it
// after Start. Track is idempotent; Finish undoes it.
func Track[H any](l *Lifecycle, handle *H, f Frame) {
	if l.tracked {
		return
	}
	l.tracked = true
	l.cleanup = runtime.AddCleanup(handle, finalize, abandoned{f, l, l.loop})
}

// Track is the function Track for generated code, where handle is a
// pointer to the generator's handle: unlike the generic function, it is
// compiled once, not once for every type of handle.
func (l *Lifecycle) Track(handle any, f Frame) {
	if l.tracked {
		return
	}
	l.tracked = true
	l.cleanup = track(handle, abandoned{f, l, l.loop})
}

// track arranges for a to be finalized once handle, a pointer, becomes
// unreachable.
func track(handle any, a abandoned) runtime.Cleanup {
	return runtime.AddCleanup((*byte)(reflect.ValueOf(handle).UnsafePointer()), finalize, a)
}

// Finish records that f has finished: it will not be finalized, and its
// loop forgets it.
func (l *Lifecycle) Finish(f Frame) {
	if l.tracked {
		l.cleanup.Stop()
		l.tracked = false
	}
	if l.loop != nil {
		l.loop.untrack(l)
		l.loop = nil
	}
}

// Abandoned reports whether the handle of the generator became unreachable
// and the frame is being finalized. An abandoned frame may be closed while
// an operation on it is in progress: nothing can poll that operation any
// more, since operations hold the handle.
func (l *Lifecycle) Abandoned() bool {
	return l.abandoned.Load()
}

// abandoned is what a cleanup receives: never the handle itself.
type abandoned struct {
	f    Frame
	life *Lifecycle // nil for a SyncCore's frame
	loop *Loop
}

// finalize runs on the runtime's cleanup goroutine.
func finalize(a abandoned) {
	if a.life != nil {
		a.life.abandoned.Store(true)
	}
	if h := currentHooks.Load(); h != nil && h.Finalize != nil {
		h.Finalize(a.f)
		return
	}
	if a.loop != nil {
		a.loop.spawnClose(a.f)
		return
	}
	go closeAbandoned(a.f)
}

// closeAbandoned closes an abandoned frame, reporting what goes wrong.
func closeAbandoned(f Frame) {
	defer reportFinalizerPanic()
	if err := f.Close(context.Background()); err != nil {
		fmt.Fprintf(os.Stderr, "agen: closing an abandoned generator: %v\n", err)
	}
}

// reportFinalizerPanic recovers a panic of a finalizer's close and reports
// it on standard error.
func reportFinalizerPanic() {
	if p := recover(); p != nil {
		fmt.Fprintf(os.Stderr, "agen: panic while closing an abandoned generator (ignored): %v\n%s", p, debug.Stack())
	}
}
