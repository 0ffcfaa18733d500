package agen

// This file defines the yielders, the first parameter of every generator
// body, and Await.

import "context"

// Yielder is the first parameter of a sync generator body: the body
// suspends by calling its methods. Generated code never calls them (the
// body is compiled into a state machine); the reference driver Goroutine
// runs the body as written and hands it a Yielder. Only a driver makes a
// working Yielder: on a nil or zero one, as a body called directly gets,
// every method panics with a message that says what to call instead.
type Yielder[Y, S any] struct {
	c *goCore[Y, S]
}

// Yield suspends the body and hands v to the consumer. It returns the value
// the consumer sent with Send, or the zero value for Next. If the consumer
// calls Throw or Close instead, the body unwinds from here: its deferred
// calls run, and it ends (with the thrown error for Throw).
func (y *Yielder[Y, S]) Yield(v Y) S {
	y.owned("Yield")
	s, _ := y.c.suspend(v, false)
	return s
}

// YieldErr is Yield, except that an error thrown by the consumer's Throw is
// returned as err and the body goes on (it catches it). Close still
// unwinds.
func (y *Yielder[Y, S]) YieldErr(v Y) (S, error) {
	y.owned("YieldErr")
	return y.c.suspend(v, true)
}

// AsyncYielder is the first parameter of an async generator body. Besides
// yielding, the body may wait for awaitables with Await.
type AsyncYielder[Y, S any] struct {
	c *asyncCore[Y, S]
}

// Yield suspends the body and hands v to the consumer, as Yielder.Yield.
func (y *AsyncYielder[Y, S]) Yield(v Y) S {
	y.owned("Yield")
	s, _ := y.c.suspend(v, false)
	return s
}

// YieldErr suspends the body and hands v to the consumer, as
// Yielder.YieldErr: a thrown error is returned and the body goes on.
func (y *AsyncYielder[Y, S]) YieldErr(v Y) (S, error) {
	y.owned("YieldErr")
	return y.c.suspend(v, true)
}

// Context returns the context of the consumer's call that is running the
// body now. It changes from one resumption to the next; do not keep it.
func (y *AsyncYielder[Y, S]) Context() context.Context {
	y.owned("Context")
	return y.c.ctx
}

// Await suspends the body of an async generator until a is ready and
// returns its value. A ready awaitable does not suspend. If the context of
// the consumer's call ends while a is pending, Await returns ctx.Err().
//
// Await is the only function a yielder may be passed to.
func Await[T, Y, S any](y *AsyncYielder[Y, S], a Awaitable[T]) (T, error) {
	y.owned("Await")
	return await(y.c, a)
}

// owned panics, saying what to do instead, unless a driver owns y: a nil
// or zero Yielder is what a body gets when it is called directly.
func (y *Yielder[Y, S]) owned(method string) {
	if y == nil || y.c == nil {
		panic(unowned("Yielder", method, "Goroutine"))
	}
}

// owned panics, saying what to do instead, unless a driver owns y.
func (y *AsyncYielder[Y, S]) owned(method string) {
	if y == nil || y.c == nil {
		panic(unowned("AsyncYielder", method, "GoroutineAsync"))
	}
}

// unowned is the message of a call on a yielder no driver owns.
func unowned(typ, method, driver string) string {
	return "agen: " + method + " on a " + typ + " that no generator runs: a generator body is not called directly; " +
		"call its generated constructor (fibGen(...) for a body fib) or run it with agen." + driver + "(body)"
}
