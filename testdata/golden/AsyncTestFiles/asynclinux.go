//go:build linux || !linux

package asynctestfiles

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// twice yields v twice.
//
//agen:generator
func twice(y *agen.AsyncYielder[string, agen.None], v string) {
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](v))))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](v))))
}
