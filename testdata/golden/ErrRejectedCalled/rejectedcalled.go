// Package rejectedcalled holds bodies agen rejects whose constructors a
// test file calls: agen prints why it rejects them, not only that the
// test file names constructors that do not exist.
package rejectedcalled

import "github.com/agen-go/agen/runtime/agen"

type ints = agen.Yielder[int, int]

// aliasYielder spells its yielder through an alias.
//
//agen:generator
func aliasYielder(y *ints) {
	y.Yield(1)
}

// blank has a blank type parameter.
//
//agen:generator
func blank[_ any](y *agen.Yielder[int, int]) {
	y.Yield(1)
}

// T has a generator method whose body agen rejects.
type T struct{}

//agen:generator
func (T) method(y *ints) {
	y.Yield(1)
}
