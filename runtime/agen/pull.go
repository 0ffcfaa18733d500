package agen

// This file defines Pulled, the iterator function of a range loop whose
// body suspends: `for v := range seq { ... y.Yield(v) ... }`. Such a loop
// body cannot run inside seq's call, since the generator returns from
// resume at the Yield; generated code steps seq with iter.Pull instead,
// and leaves the loop the way a range loop does: a break, return or goto
// out of it, and the unwinding of the body (a panic, Close, Throw), stop
// seq (its yield returns false) before anything else runs.

import (
	"iter"
	"runtime"
)

// Pulled is an iterator function stepped by generated code: its Next
// steps it to its next call of yield, its Close makes that yield return
// false and waits for it to return. A Pulled that becomes unreachable
// before its Close (its generator was abandoned in the loop) is closed by
// a cleanup, so that the iterator's deferred calls run and its coroutine
// ends.
type Pulled[V any] struct {
	next    func() (V, bool)
	stop    *func() // shared with the cleanup, which must not reach the Pulled
	cleanup runtime.Cleanup
}

// Pull returns seq as a Pulled: nothing runs before the first Next.
func Pull[V any, F ~func(func(V) bool)](seq F) *Pulled[V] {
	next, stop := iter.Pull(iter.Seq[V](seq))
	p := &Pulled[V]{next: next, stop: &stop}
	p.cleanup = runtime.AddCleanup(p, stopPulled, p.stop)
	return p
}

// Pull0 returns seq, an iterator function that yields no values, as a
// Pulled of None.
func Pull0[F ~func(func() bool)](seq F) *Pulled[None] {
	return Pull(func(yield func(None) bool) {
		seq(func() bool { return yield(None{}) })
	})
}

// Next runs the iterator to its next call of yield and returns the value;
// false once it has returned. A panic of the iterator propagates.
func (p *Pulled[V]) Next() (V, bool) { return p.next() }

// Close stops the iterator: the pending call of its yield returns false,
// and Close returns once it has returned. It is idempotent; its error is
// nil.
func (p *Pulled[V]) Close() error {
	p.cleanup.Stop()
	(*p.stop)()
	return nil
}

// Pulled2 is Pulled for an iterator function that yields pairs.
type Pulled2[K, V any] struct {
	next    func() (K, V, bool)
	stop    *func()
	cleanup runtime.Cleanup
}

// Pull2 returns seq as a Pulled2: nothing runs before the first Next.
func Pull2[K, V any, F ~func(func(K, V) bool)](seq F) *Pulled2[K, V] {
	next, stop := iter.Pull2(iter.Seq2[K, V](seq))
	p := &Pulled2[K, V]{next: next, stop: &stop}
	p.cleanup = runtime.AddCleanup(p, stopPulled, p.stop)
	return p
}

// Next runs the iterator to its next call of yield and returns the pair;
// false once it has returned.
func (p *Pulled2[K, V]) Next() (K, V, bool) { return p.next() }

// Close stops the iterator, as Pulled's Close does.
func (p *Pulled2[K, V]) Close() error {
	p.cleanup.Stop()
	(*p.stop)()
	return nil
}

// stopPulled is the cleanup of an abandoned Pulled: it stops its
// iterator, whose deferred calls run, on a goroutine of its own (they may
// block, and cleanups run one after another), as finalize closes an
// abandoned generator. A panic of theirs is reported, not raised.
func stopPulled(stop *func()) {
	go func() {
		defer reportFinalizerPanic()
		(*stop)()
	}()
}
