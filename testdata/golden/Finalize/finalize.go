// Package finalize holds generators whose handles are dropped, for the
// finalization tests of emit/finalize_test.go.
package finalize

import (
	"context"
	"runtime"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// collectingBody defers a call, then collects garbage while it runs: its
// handle may be unreachable by then, but it is not finalized while it runs.
//
//agen:generator
func collectingBody(y *agen.Yielder[int, agen.None], deferred func()) {
	defer deferred()
	y.Yield(1)
	for range 5 {
		runtime.GC()
	}
	y.Yield(2)
}

// NewCollecting returns the generator of collectingBody.
func NewCollecting(deferred func()) agen.Generator[int, agen.None] {
	return collectingBodyGen(deferred)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("asyncAwaitingCleanup",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] {
			return asyncAwaitingCleanupGen(func() { tr.Log("cleanup starts") }, difftest.Later(7),
				func(_ context.Context, v int, err error) { tr.Log("cleanup awaited %d %v", v, err) })
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
			return asyncAwaitingCleanup(y, func() { tr.Log("cleanup starts") }, difftest.Later(7),
				func(_ context.Context, v int, err error) { tr.Log("cleanup awaited %d %v", v, err) })
		}),
	difftest.Async("asyncBody",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] {
			return asyncBodyGen(func() { tr.Log("deferred") }, difftest.Later(7))
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
			return asyncBody(y, func() { tr.Log("deferred") }, difftest.Later(7))
		}),
	difftest.Async("asyncPanics",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return asyncPanicsGen("p") },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { asyncPanics(y, "p"); return nil }),
	difftest.Async("asyncPlain",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return asyncPlainGen() },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { asyncPlain(y); return nil }),
	difftest.Sync("plain",
		func(tr *difftest.Trace) agen.Generator[int, agen.None] { return plainGen() },
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { plain(y); return nil }),
	difftest.Sync("collectingBody",
		func(tr *difftest.Trace) agen.Generator[int, agen.None] {
			return collectingBodyGen(func() { tr.Log("deferred") })
		},
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error {
			collectingBody(y, func() { tr.Log("deferred") })
			return nil
		}),
}

// asyncBody defers a call and awaits a pending awaitable between yields.
//
//agen:generator
func asyncBody(y *agen.AsyncYielder[int, agen.None], deferred func(), pending agen.Awaitable[int]) error {
	defer deferred()
	y.Yield(1)
	v, err := agen.Await(y, pending)
	if err != nil {
		return err
	}
	y.Yield(v)
	return nil
}

// NewAsync returns the generator of asyncBody.
func NewAsync(deferred func(), pending agen.Awaitable[int]) agen.AsyncGenerator[int, agen.None] {
	return asyncBodyGen(deferred, pending)
}

// asyncPanics defers a call that panics.
//
//agen:generator
func asyncPanics(y *agen.AsyncYielder[int, agen.None], message string) {
	defer panic(message)
	y.Yield(1)
}

// NewAsyncPanics returns the generator of asyncPanics.
func NewAsyncPanics(message string) agen.AsyncGenerator[int, agen.None] {
	return asyncPanicsGen(message)
}

// asyncPlain has no deferred call: nothing to finalize.
//
//agen:generator
func asyncPlain(y *agen.AsyncYielder[int, agen.None]) {
	y.Yield(1)
	y.Yield(2)
}

// NewAsyncPlain returns the generator of asyncPlain.
func NewAsyncPlain() agen.AsyncGenerator[int, agen.None] {
	return asyncPlainGen()
}

// plain has no deferred call: nothing to finalize, no hook.
//
//agen:generator
func plain(y *agen.Yielder[int, agen.None]) {
	y.Yield(1)
	y.Yield(2)
}

// NewPlain returns the generator of plain.
func NewPlain() agen.Generator[int, agen.None] {
	return plainGen()
}

// asyncAwaitingCleanup's deferred function awaits cleanup, which may be
// pending, and reports what it got with the context its await saw.
//
//agen:generator
func asyncAwaitingCleanup(y *agen.AsyncYielder[int, agen.None], started func(), cleanup agen.Awaitable[int], done func(ctx context.Context, v int, err error)) error {
	defer func() {
		started()
		v, err := agen.Await(y, cleanup)
		done(y.Context(), v, err)
	}()
	y.Yield(1)
	y.Yield(2)
	return nil
}

// NewAsyncAwaitingCleanup returns the generator of asyncAwaitingCleanup.
func NewAsyncAwaitingCleanup(started func(), cleanup agen.Awaitable[int], done func(ctx context.Context, v int, err error)) agen.AsyncGenerator[int, agen.None] {
	return asyncAwaitingCleanupGen(started, cleanup, done)
}
