package agen

// This file defines delegation, PEP 380's yield from, in the reference
// drivers: YieldFrom on both yielders.

import "errors"

// YieldFrom delegates to g until g finishes: every value g yields goes to
// the consumer, the consumer's Next and Send go on to g, a Throw is
// thrown into g, and Close closes g first, then unwinds the body from here
// as from a Yield (an error of g's Close is then what Close returns). It
// returns the error g ended with: nil after a clean end, or an error
// thrown into g that g did not catch. g may have started, or finished,
// already.
func (y *Yielder[Y, S]) YieldFrom(g Generator[Y, S]) error {
	y.owned("YieldFrom")
	v, ok := g.Next()
	for ok {
		s, next, err := y.c.suspendFrom(v, g.Close)
		switch {
		case err != nil:
			v, ok = g.Throw(err)
		case next:
			v, ok = g.Next()
		default:
			v, ok = g.Send(s)
		}
	}
	return g.Err()
}

// YieldFrom delegates to g until g finishes, as Yielder.YieldFrom does; g's
// operations are awaited inline, polled with the waker and the context of
// the consumer's poll (a cancelled context reaches g's awaits, and
// YieldFrom waits for g's operation to end). It returns nil once g is
// done, or the error g ended with.
func (y *AsyncYielder[Y, S]) YieldFrom(g AsyncGenerator[Y, S]) error {
	y.owned("YieldFrom")
	v, err := awaitDelegate(y.c, g.ANext())
	for err == nil {
		s, next, thrown := y.c.suspendFrom(v, func() error {
			_, err := awaitDelegate(y.c, g.AClose())
			return err
		})
		switch {
		case thrown != nil:
			v, err = awaitDelegate(y.c, g.AThrow(thrown))
		case next:
			v, err = awaitDelegate(y.c, g.ANext())
		default:
			v, err = awaitDelegate(y.c, g.ASend(s))
		}
	}
	if errors.Is(err, Done) {
		return nil
	}
	return err
}

// suspendFrom is a yield of a value of a delegate, on the body's
// goroutine: a Throw is returned, to be thrown into the delegate; a Close
// closes the delegate with closeDelegate first, then unwinds the body. It
// reports whether the consumer called Next, rather than Send.
func (c *goCore[Y, S]) suspendFrom(v Y, closeDelegate func() error) (s S, next bool, thrown error) {
	c.delegateClose = closeDelegate
	defer func() { c.delegateClose = nil }()
	s, thrown = c.suspend(v, true)
	return s, c.lastOp == opNext, thrown
}

// suspendFrom is suspendFrom for async generators.
func (c *asyncCore[Y, S]) suspendFrom(v Y, closeDelegate func() error) (s S, next bool, thrown error) {
	c.delegateClose = closeDelegate
	defer func() { c.delegateClose = nil }()
	s, thrown = c.suspend(v, true)
	return s, c.lastOp == opNext, thrown
}

// awaitDelegate polls an operation of a delegate until it is ready: the
// delegate sees the consumer's context, so its operation is not given up
// when that context ends.
func awaitDelegate[T, Y, S any](c *asyncCore[Y, S], a Awaitable[T]) (T, error) {
	for {
		v, err, ok := a.Poll(c.ctx, c.waker)
		if ok {
			return v, err
		}
		c.pending()
	}
}
