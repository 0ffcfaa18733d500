// Package agen is a stub of the runtime for the analyzer's tests.
package agen

type None = struct{}

type Yielder[Y, S any] struct{}

func (y *Yielder[Y, S]) Yield(v Y) S             { var s S; return s }
func (y *Yielder[Y, S]) YieldErr(v Y) (S, error) { var s S; return s, nil }

type AsyncYielder[Y, S any] struct{}

func (y *AsyncYielder[Y, S]) Yield(v Y) S { var s S; return s }

type Awaitable[T any] interface{ Poll() (T, error, bool) }

func Await[T, Y, S any](y *AsyncYielder[Y, S], a Awaitable[T]) (T, error) { var t T; return t, nil }
