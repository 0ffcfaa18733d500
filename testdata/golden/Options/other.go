package options

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// fromOtherFile is a generator in a second file of the package, using a
// generator of the first one.
//
//agen:generator
func fromOtherFile(y *agen.Yielder[int, agen.None], tr *difftest.Trace, n int) {
	inner := NewCountdown(tr, n)
	defer inner.Close()
	for v, ok := inner.Next(); ok; v, ok = inner.Next() {
		y.Yield(v * 1000)
	}
	y.Yield(0)
}
