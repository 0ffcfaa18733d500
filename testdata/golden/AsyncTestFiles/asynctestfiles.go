// Package testfiles has a generator in a test file, which agen writes to
// testfiles_agen_test.go, and one in a file with a build constraint.
package asynctestfiles

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("twice",
		func(*difftest.Trace) agen.AsyncGenerator[string, agen.None] { return twiceGen("v") },
		func(_ *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error { twice(y, "v"); return nil }),
}
