// Package linedirectives holds a body whose source carries //line
// directives, as code generated from a template does: generated code names
// the lines the directives say, as the compiler does for the body.
package asynclinedirectives

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

//line template.tmpl:100
//agen:generator
func count(y *agen.AsyncYielder[int, int], n int) {
	for i := range n {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
//line other.tmpl:7
	var p *int
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](*p))))
}

// NewCount returns the generator of count, for emit/lines_test.go.
func NewCount(n int) agen.AsyncGenerator[int, int] { return countGen(n) }

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("count",
		func(*difftest.Trace) agen.AsyncGenerator[int, int] { return countGen(2) },
		func(_ *difftest.Trace, y *agen.AsyncYielder[int, int]) error { count(y, 2); return nil }),
}
