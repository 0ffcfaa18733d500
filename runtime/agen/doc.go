// Package agen is the runtime of agen-generated generators: the yielder
// types a generator body is written against, the protocol interfaces the
// generated types implement, awaitables and an event loop for async
// generators, finalization hooks, and the goroutine reference drivers that
// run a body as written. It imports only the standard library.
//
// # Writing a generator
//
// A generator body is an ordinary function whose first parameter is a
// yielder, marked //agen:generator:
//
//	//agen:generator
//	func fib(y *agen.Yielder[int, agen.None], n int) {
//		a, b := 0, 1
//		for range n {
//			y.Yield(a)
//			a, b = b, a+b
//		}
//	}
//
// The agen command turns it into a state machine, a type with the methods of
// [Generator] (here fibGenerator, built by fibGen(n)). Y is the type of the
// values yielded, S the type of the values sent in; [None] when unused. An
// async body takes an [*AsyncYielder] and may also wait with [Await].
//
// A body is not called directly: it gets its yielder from a driver (the
// generated constructor, or [Goroutine] and [GoroutineAsync]). Called with
// a nil or zero yielder, its first Yield, YieldErr, YieldFrom, Context or
// Await panics with a message saying so.
//
// # The protocol
//
// These rules hold for generated code and for the reference drivers
// [Goroutine] and [GoroutineAsync] alike; they follow PEP 342 and PEP 525.
//
//  1. Lazy: creating a generator runs no body code; the first Next runs it
//     to its first suspension point.
//  2. Next and Send on a finished generator return (zero, false), or
//     (zero, [Done]) for async; no code runs.
//  3. Send on a generator that has not started starts it; the value is
//     discarded.
//  4. Throw on a generator that has not started finishes it with the error,
//     running no code. Throw on a finished generator does nothing.
//  5. Throw at Yield unwinds the body from there (its deferred calls run,
//     LIFO) and the generator ends with the error: Err returns it (sync),
//     Throw returns it (async). Throw at YieldErr makes YieldErr return the
//     error; the body goes on and Throw returns what it does next.
//  6. Close on a suspended generator unwinds the body the way
//     runtime.Goexit unwinds a goroutine: pending deferred calls run LIFO,
//     recover() returns nil in them, named results are not consulted.
//     Close on a generator not started or finished runs nothing; Close is
//     idempotent. A panic in a deferred call propagates out of Close after
//     the remaining deferred calls ran.
//  7. A deferred call that yields while the generator is closing makes
//     Close return [ErrIgnoredClose]; agen rejects such code statically.
//  8. A panic in the body propagates to the caller of the operation that
//     resumed it, after its deferred calls ran; recover() in them works as
//     in Go. The generator is then finished.
//  9. A body that returns an error ends the generator with it: sync Next
//     returns false and Err returns it; async Next returns it once, then
//     [Done].
//  10. An operation on a sync generator from its own body panics with
//     [ErrRunning]. Any operation on an async generator while another is in
//     progress returns ErrRunning at once, from any goroutine, also while
//     the body waits at an Await.
//  11. Variables, pointers, closures, per-iteration loop variables,
//     evaluation order and every other rule of Go hold across suspension.
//  12. An abandoned generator is finalized; see below.
//
// # Awaitables
//
// An [Awaitable] is polled, in the manner of Rust's Future: a driver calls
// Poll(ctx, w); a ready awaitable returns its value, a pending one arranges
// for w.Wake to be called when it can make progress and returns ready
// false. The driver then sleeps until woken (the blocking methods such as
// Next(ctx)) or polls other tasks (a [Loop]). Nothing busy-waits, and
// waiting costs no goroutine unless the source needs one ([Go]).
//
// Implementing an awaitable takes one method; [AwaitableFunc] adapts a
// function. The built-in ones are [Sleep], [Future] (resolved from any
// goroutine), [Go] (blocking work on a goroutine), [ForEach] (consume a
// generator as a task), [Task], and the ANext, ASend, AThrow and AClose
// operations of every async generator. An async generator's operations
// poll its body inline with the caller's waker, so one generator consuming
// another needs no goroutine and no channel.
//
// # Event loop
//
// A [Loop] polls many tasks on the goroutine that calls [Loop.Run]. With
// [WithVirtualTime] its clock is simulated: when every task waits, it jumps
// to the next Sleep deadline, so timed code runs at once and in a
// deterministic order. [Loop.Shutdown] closes the async generators first
// resumed on the loop, like asyncio's shutdown_asyncgens.
//
// # Finalization
//
// A generator that started, did not finish, and has pending deferred calls
// is closed after its handle becomes unreachable (runtime.AddCleanup on the
// handle; the frame never points back to it). [SetHooks] installs hooks in
// the style of Python's sys.set_asyncgen_hooks: FirstIter sees a
// generator's [Frame] when it is first resumed, Finalize sees abandoned
// ones. They see every async generator, as Python's do, and the sync
// generators whose body has deferred calls: a generated sync generator
// with none pays nothing for finalization, no hook call, no field, no
// allocation (the reference drivers, whose goroutine must end, are always
// seen); with no Finalize hook the runtime closes them itself. For the
// reference drivers this also ends their goroutine: unlike iter.Pull, an
// abandoned generator leaks nothing. A generator that its own frame keeps
// reachable is never abandoned, as for runtime.AddCleanup: for example a
// method generator whose receiver holds the generator. Close those
// explicitly.
//
// # Reference drivers
//
// [Goroutine] and [GoroutineAsync] run a body as written on a goroutine and
// behave exactly as the generated state machine does. They are the oracle
// of agen's differential tests and a baseline for its benchmarks.
//
// # Support for generated code
//
// [Lifecycle] and [Track] (hooks and finalization), [MapRange] (map
// iteration across suspension points), [Pull], [Pull2] and [Pull0] (range
// loops over iterator functions whose body suspends, stepped with
// iter.Pull), [CloseSyncRanges] and the rest of [SyncCore], [Unwinding]
// and [RangeLoop] are used by generated code; they are exported for it, not
// for hand-written code.
//
// # Limits of the reference drivers
//
// Goroutine and GoroutineAsync unwind a closed body with runtime.Goexit. A
// body that defers a nil function value and is closed hits a bug of the Go
// runtime ("fatal error: bad recovery"); generated code is not affected. A
// deferred call that calls runtime.Goexit while Close or Throw unwinds the
// body ends only the driver's goroutine, while in generated code it ends
// the consumer's goroutine, as a Goexit in the body does under both.
package agen
