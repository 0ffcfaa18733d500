// Package imports keeps across a yield a value whose type comes from a
// package the file does not import (io/fs, through os.Stat), while the
// package declares a variable of that package's name.
package imports

import (
	"os"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

var fs = "a package-level name the generated file must not hide"

// stat keeps an fs.FileInfo across a yield.
//
//agen:generator
func stat(y *agen.Yielder[bool, agen.None], tr *difftest.Trace) {
	info, err := os.Stat(".")
	y.Yield(err == nil)
	y.Yield(info.IsDir())
	tr.Log("%s", fs)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("stat",
		func(tr *difftest.Trace) agen.Generator[bool, agen.None] { return statGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[bool, agen.None]) error { stat(y, tr); return nil }),
}
