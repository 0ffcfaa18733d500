// Package imports keeps across a yield a value whose type comes from a
// package the file does not import (io, through os/exec), while the
// package declares a variable of that package's name.
package asyncimports

import (
	"os/exec"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

var io = "a package-level name the generated file must not hide"

// reader keeps an io.Reader across a yield.
//
//agen:generator
func reader(y *agen.AsyncYielder[bool, agen.None], tr *difftest.Trace) {
	r := exec.Command("true").Stdin
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[bool](r == nil))))
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[bool](r == nil))))
	tr.Log("%s", io)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("reader",
		func(tr *difftest.Trace) agen.AsyncGenerator[bool, agen.None] { return readerGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[bool, agen.None]) error { reader(y, tr); return nil }),
}
