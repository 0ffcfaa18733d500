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

type Pulled[V any] struct{}

func Pull[V any, Y ~func(V) bool, F ~func(Y)](seq F) *Pulled[V] { return nil }
func Pull0[Y ~func() bool, F ~func(Y)](seq F) *Pulled[None]     { return nil }
func (p *Pulled[V]) Next() (V, bool)                            { var v V; return v, false }
func (p *Pulled[V]) Stop()                                      {}
func (p *Pulled[V]) Close() error                               { return nil }

type Pulled2[K, V any] struct{}

func Pull2[K, V any, Y ~func(K, V) bool, F ~func(Y)](seq F) *Pulled2[K, V] { return nil }
func (p *Pulled2[K, V]) Next() (K, V, bool)                                { var k K; var v V; return k, v, false }
func (p *Pulled2[K, V]) Stop()                                             {}
func (p *Pulled2[K, V]) Close() error                                      { return nil }
