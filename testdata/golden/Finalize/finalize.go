// Package finalize holds generators whose handles are dropped, for the
// finalization tests of emit/finalize_test.go.
package finalize

import (
	"runtime"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// collectingBody defers a call, then collects garbage while it runs: its
// handle may be unreachable by then, but it is not finalized while it runs.
//
//agen:generator
func collectingBody(y *agen.Yielder[int, agen.None], deferred func()) {
	defer deferred()
	y.Yield(1)
	for range 5 {
		runtime.GC()
	}
	y.Yield(2)
}

// NewCollecting returns the generator of collectingBody.
func NewCollecting(deferred func()) agen.Generator[int, agen.None] {
	return collectingBodyGen(deferred)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("collectingBody",
		func(tr *difftest.Trace) agen.Generator[int, agen.None] {
			return collectingBodyGen(func() { tr.Log("deferred") })
		},
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error {
			collectingBody(y, func() { tr.Log("deferred") })
			return nil
		}),
}
