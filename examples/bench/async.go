package bench

// This file defines the benchmarked async generators.

import (
	"context"

	"github.com/agen-go/agen/runtime/agen"
)

// Value is an awaitable that is always ready with V: awaiting it never
// suspends.
type Value struct{ V int }

// Poll implements agen.Awaitable.
func (r *Value) Poll(_ context.Context, _ agen.Waker) (int, error, bool) { return r.V, nil, true }

// counter yields 0..n-1, awaiting each value from a ready awaitable.
//
//agen:generator
func counter(y *agen.AsyncYielder[int, agen.None], r *Value, n int) {
	for i := range n {
		r.V = i
		v, _ := agen.Await(y, r)
		y.Yield(v)
	}
}

// syncCounter is counter with the value read directly: a sync step of the
// same body.
//
//agen:generator
func syncCounter(y *agen.Yielder[int, agen.None], r *Value, n int) {
	for i := range n {
		r.V = i
		v, _, _ := r.Poll(nil, nil)
		y.Yield(v)
	}
}

// fromFutures yields the values of futures, in order, which another
// goroutine resolves.
//
//agen:generator
func fromFutures(y *agen.AsyncYielder[int, agen.None], futures []*agen.Future[int]) {
	for _, f := range futures {
		v, _ := agen.Await(y, f)
		y.Yield(v)
	}
}

// parked waits at gate, then yields what it got: suspended there, it is the
// memory a waiting async generator costs.
//
//agen:generator
func parked(y *agen.AsyncYielder[int, agen.None], gate agen.Awaitable[int]) error {
	v, err := agen.Await(y, gate)
	if err != nil {
		return err
	}
	y.Yield(v)
	return nil
}
