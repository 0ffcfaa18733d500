package asyncoptions

import (
	"context"
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// fromOtherFile is a generator in a second file of the package, using a
// generator of the first one.
//
//agen:generator
func fromOtherFile(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace, n int) {
	inner := NewCountdown(tr, n)
	defer inner.Close(context.Background())
	for v, err := agen.Await(y, inner.ANext()); err == nil; v, err = agen.Await(y, inner.ANext()) {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v*1000))))
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))
}
