// Package advpushimport imports a package under the name yield, which the
// generated All's push loop must not hide.
package advpushimport

import (
	yield "strings"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// pkgYield receives *strings.Builder values, a type of the package it
// imports as yield.
//
//agen:generator
func pkgYield(y *agen.Yielder[int, *yield.Builder], tr *difftest.Trace) {
	for i := 0; i < 4; i++ {
		if b := y.Yield(i); b != nil {
			tr.Log("got %q", b.String())
			i += b.Len()
		}
	}
}

func builder(s string) *yield.Builder {
	var b yield.Builder
	b.WriteString(s)
	return &b
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("pkgYield",
		func(tr *difftest.Trace) agen.Generator[int, *yield.Builder] { return pkgYieldGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, *yield.Builder]) error { pkgYield(y, tr); return nil },
		nil, builder(""), builder("x")),
}
