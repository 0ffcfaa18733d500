// Package difftest is a light stand-in for testdata/difftest, with its API
// but without its dependencies (testify): FuzzTransform's inputs import it
// instead, so that loading one takes a fraction of the time, under the 10
// seconds go test -fuzz allows an input. Nothing runs its cases.
package difftest

import (
	"context"
	"errors"
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
)

// Trace records events.
type Trace struct{ events []string }

// Log records an event.
func (t *Trace) Log(format string, args ...any) {
	t.events = append(t.events, fmt.Sprintf(format, args...))
}

// Suite is the cases of a package.
type Suite []Case

// A Case is a body and its generator.
type Case interface{ Name() string }

type named string

func (n named) Name() string { return string(n) }

// Sync returns the case of a sync body.
func Sync[Y, S any](name string, gen func(*Trace) agen.Generator[Y, S], body func(*Trace, *agen.Yielder[Y, S]) error, sends ...S) Case {
	return named(name)
}

// Async returns the case of an async body.
func Async[Y, S any](name string, gen func(*Trace) agen.AsyncGenerator[Y, S], body func(*Trace, *agen.AsyncYielder[Y, S]) error, sends ...S) Case {
	return named(name)
}

// Thrown returns the error thrown as Throw(e<i>).
func Thrown(i int) error { return fmt.Errorf("e%d", i) }

// Ready returns an awaitable ready with v.
func Ready[T any](v T) agen.Awaitable[T] {
	return agen.AwaitableFunc[T](func(context.Context, agen.Waker) (T, error, bool) { return v, nil, true })
}

// Later returns an awaitable pending once, then ready with v.
func Later[T any](v T) agen.Awaitable[T] { return Ready(v) }

// Value returns the value of an Await.
func Value[T any](v T, _ error) T { return v }

// Fail returns an awaitable ready with err.
func Fail[T any](err error) agen.Awaitable[T] {
	return agen.AwaitableFunc[T](func(context.Context, agen.Waker) (T, error, bool) {
		var zero T
		return zero, err, true
	})
}

// Stall returns an awaitable never ready.
func Stall[T any]() agen.Awaitable[T] {
	return agen.AwaitableFunc[T](func(context.Context, agen.Waker) (T, error, bool) {
		var zero T
		return zero, errors.New("stalled"), false
	})
}
