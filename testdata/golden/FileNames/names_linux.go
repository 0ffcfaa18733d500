package filenames

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// onlyLinux exists only on linux, as the file name says.
type onlyLinux int

// count yields values of a type that exists only on linux: its generated
// file must be constrained to linux too.
//
//agen:generator
func count(y *agen.Yielder[onlyLinux, int], n int) {
	for i := range n {
		y.Yield(onlyLinux(i))
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("count",
		func(*difftest.Trace) agen.Generator[onlyLinux, int] { return countGen(3) },
		func(_ *difftest.Trace, y *agen.Yielder[onlyLinux, int]) error { count(y, 3); return nil }),
}
