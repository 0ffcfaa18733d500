// Package generatednames holds bodies whose generated names clash with
// each other or with the package's declarations: agen reports each clash
// at the body that claims the name second, naming both sides.
package generatednames

import "github.com/agen-go/agen/runtime/agen"

//agen:generator func=make2
func first(y *agen.Yielder[int, int]) {
	y.Yield(1)
}

//agen:generator func=make2
func second(y *agen.Yielder[int, int]) {
	y.Yield(2)
}

// T has a method and a field named like generated method constructors.
type T struct{ gGen int }

func (T) fGen() {}

//agen:generator
func (T) f(y *agen.Yielder[int, int]) {
	y.Yield(1)
}

//agen:generator
func (T) g(y *agen.Yielder[int, int]) {
	y.Yield(1)
}

//agen:generator type=selfGen
func self(y *agen.Yielder[int, int]) {
	y.Yield(1)
}

//agen:generator type=firstGenerator
func third(y *agen.Yielder[int, int]) {
	y.Yield(1)
}
