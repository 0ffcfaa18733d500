// Package errreview holds bodies agen cannot generate and must reject with
// a positioned error: no output, nothing compiled wrong.
package errreview

import (
	"unsafe"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/golden/ErrReview/inner"
)

type ints = agen.Yielder[int, agen.None]

// unexportedType keeps a value of an unexported type of another package
// across a yield.
//
//agen:generator
func unexportedType(y *agen.Yielder[int, agen.None]) {
	c := inner.New()
	y.Yield(c.Next())
	y.Yield(c.Next())
}

// embedded declares a type embedding another type of the body, whose name
// the package uses: hoisted, it is renamed, and so would the field be.
//
//agen:generator
func embedded(y *agen.Yielder[int, agen.None]) {
	type base struct{ id int }
	type item struct{ base }
	it := item{base{1}}
	y.Yield(it.id)
	y.Yield(it.base.id)
}

// base is a package-level name.
func base() {}

// aliased spells its yielder through an alias.
//
//agen:generator
func aliased(y *ints) {
	y.Yield(1)
}

// blankType asks for a blank type name.
//
//agen:generator type=_
func blankType(y *agen.Yielder[int, agen.None]) {}

// async is an async generator, not generated yet.
//
//agen:generator
func async(y *agen.AsyncYielder[int, agen.None]) {
	y.Yield(1)
}

// constant yields inside an operand Go never evaluates.
//
//agen:generator
func constant(y *agen.Yielder[int, int]) {
	n := unsafe.Sizeof(y.Yield(1))
	y.Yield(int(n))
}
