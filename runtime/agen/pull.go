package agen

// This file defines Pulled, the iterator function of a range loop whose
// body suspends: `for v := range seq { ... y.Yield(v) ... }`. Such a loop
// body cannot run inside seq's call, since the generator returns from
// resume at the Yield; generated code steps seq with iter.Pull instead,
// and leaves the loop as Go leaves a range-over-func loop: a break, return
// or goto out of it makes seq's pending yield return false (Stop); the
// unwinding of the body (a panic, Close, Throw) unwinds seq from its
// pending yield, running its deferred calls, before the body's own run
// (Close).

import (
	"iter"
	"runtime"
)

// Pulled is an iterator function stepped by generated code: its Next runs
// it to its next call of yield; Stop makes that yield return false, and
// Close unwinds it from there, both returning once it has returned. A
// Pulled that becomes unreachable before either (its generator was
// abandoned in the loop) is unwound by a cleanup, so that the iterator's
// deferred calls run and its coroutine ends.
//
// Unlike a range-over-func loop, the iterator runs on iter.Pull's
// coroutine, not on the goroutine of the body; and it is unwound as
// runtime.Goexit unwinds a goroutine, whatever unwinds the body: recover()
// in its deferred calls returns nil (in Go, for a panic of the body, that
// panic).
type Pulled[V any] struct {
	next func() (V, bool)
	pullEnd
}

// pullEnd ends the iteration of a Pulled or a Pulled2.
type pullEnd struct {
	pull    *pulling // shared with the cleanup, which must not reach the Pulled
	cleanup runtime.Cleanup
}

// pulling is the state of a Pulled that its iterator's yield and its
// cleanup share.
type pulling struct {
	stop      func()
	ended     bool // Stop or Close was called
	unwinding bool // the pending yield is to unwind the iterator
	stopped   bool // a yield returned false: the iterator must not call it again
}

// yielded returns what the iterator's yield returns once the consumer's
// has returned more (true while the loop goes on): more, or after a
// break false; under Close, it unwinds the iterator with runtime.Goexit.
// A call of the iterator's yield after it returned false panics as it
// does in a range loop, with the runtime's error "range function
// continued iteration after function for loop body returned false",
// raised where the iterator calls it.
func (s *pulling) yielded(more bool) bool {
	switch {
	case s.stopped:
		continuedAfterFalse()
	case more:
		return true
	case s.unwinding:
		runtime.Goexit()
	}
	s.stopped = true
	return false
}

// continuedAfterFalse panics as a range-over-func loop does when its
// iterator calls yield again after yield returned false: with the
// runtime's own error, which it raises itself.
func continuedAfterFalse() {
	for range func(yield func() bool) { _ = yield() || yield() } {
		break
	}
}

// Pull returns seq as a Pulled: nothing runs before the first Next. Its
// yield may be of a named type (Y), as a range loop allows.
func Pull[V any, Y ~func(V) bool, F ~func(Y)](seq F) *Pulled[V] {
	s := &pulling{}
	next, stop := iter.Pull(func(yield func(V) bool) {
		seq(func(v V) bool { return s.yielded(!s.stopped && yield(v)) })
	})
	s.stop = stop
	p := &Pulled[V]{next: next, pullEnd: pullEnd{pull: s}}
	p.cleanup = runtime.AddCleanup(p, unwindAbandoned, s)
	return p
}

// Pull0 returns seq, an iterator function that yields no values, as a
// Pulled of None.
func Pull0[Y ~func() bool, F ~func(Y)](seq F) *Pulled[None] {
	return Pull(func(yield func(None) bool) {
		seq(func() bool { return yield(None{}) })
	})
}

// Next runs the iterator to its next call of yield and returns the value;
// false once it has returned. A panic of the iterator propagates.
func (p *Pulled[V]) Next() (V, bool) { return p.next() }

// Stop ends the iteration as a break out of the loop does: the pending
// yield returns false, and Stop returns once the iterator has returned.
// It is idempotent.
func (p *pullEnd) Stop() {
	p.cleanup.Stop()
	p.pull.ended = true
	p.pull.stop()
}

// Close ends the iteration as the unwinding of the body does: the
// iterator unwinds from its pending yield, running its deferred calls.
// It is idempotent; its error is nil. A panic of those deferred calls
// propagates.
func (p *pullEnd) Close() error {
	p.cleanup.Stop()
	p.pull.unwind()
	return nil
}

// unwind unwinds the iterator from its pending yield, once.
//
// The coroutine forwards the Goexit to the caller of stop, so stop runs on
// a goroutine of its own, which it ends; a panic of the iterator's
// deferred calls comes back from there, and is raised again here.
func (s *pulling) unwind() {
	if s.ended {
		return
	}
	s.ended, s.unwinding = true, true
	panicked := make(chan any, 1)
	go func() {
		defer func() { panicked <- recover() }()
		s.stop()
	}()
	if p := <-panicked; p != nil {
		panic(p)
	}
}

// Pulled2 is Pulled for an iterator function that yields pairs.
type Pulled2[K, V any] struct {
	next func() (K, V, bool)
	pullEnd
}

// Pull2 returns seq as a Pulled2: nothing runs before the first Next.
func Pull2[K, V any, Y ~func(K, V) bool, F ~func(Y)](seq F) *Pulled2[K, V] {
	s := &pulling{}
	next, stop := iter.Pull2(func(yield func(K, V) bool) {
		seq(func(k K, v V) bool { return s.yielded(!s.stopped && yield(k, v)) })
	})
	s.stop = stop
	p := &Pulled2[K, V]{next: next, pullEnd: pullEnd{pull: s}}
	p.cleanup = runtime.AddCleanup(p, unwindAbandoned, s)
	return p
}

// Next runs the iterator to its next call of yield and returns the pair;
// false once it has returned.
func (p *Pulled2[K, V]) Next() (K, V, bool) { return p.next() }

// unwindAbandoned is the cleanup of an abandoned Pulled: it unwinds its
// iterator, whose deferred calls run, on a goroutine of its own (they may
// block, and cleanups run one after another), as finalize closes an
// abandoned generator. A panic of theirs is reported, not raised.
func unwindAbandoned(s *pulling) {
	go func() {
		defer reportFinalizerPanic()
		s.unwind()
	}()
}
