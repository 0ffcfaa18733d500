// Package defergeneric defers calls of generic functions whose type
// arguments Go infers.
package asyncdefergeneric

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

func show[T any](tr *difftest.Trace, what string, v T) { tr.Log("%s %v", what, v) }

func pair[K any, V any](tr *difftest.Trace, k K, v V) { tr.Log("pair %v %v", k, v) }

type list[T any] struct{ items []T }

func (l *list[T]) dump(tr *difftest.Trace) { tr.Log("list %v", l.items) }

// deferred defers generic calls, inferred, in a generic body.
//
//agen:generator
func deferred[T any](y *agen.AsyncYielder[T, agen.None], tr *difftest.Trace, v T) {
	defer show(tr, "inferred", 1)
	defer show(tr, "generic", v)
	defer show[string](tr, "explicit", "s")
	defer pair[int](tr, 1, "partial")
	l := &list[T]{}
	defer l.dump(tr)
	l.items = append(l.items, v)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[T](v))))
	l.items = append(l.items, v)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[T](v))))
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("deferred",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return deferredGen(tr, 7) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { deferred(y, tr, 7); return nil }),
}
