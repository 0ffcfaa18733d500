package a

import (
	"iter"

	"github.com/agen-go/agen/runtime/agen"
)

var sink any

// The generators this package holds have no generated code: the analyzer
// reports it, for those agen would accept.

//agen:generator
func fine(y *agen.Yielder[int, int], n int) error { // want `no generated code for fine; run go generate`
	for i := range n { // a plain loop: fine
		s := y.Yield(i)
		if _, err := y.YieldErr(s); err != nil {
			return err
		}
	}
	return nil
}

//agen:generator
func inDefer(y *agen.Yielder[int, agen.None]) {
	defer y.Yield(1) // want `Yield inside a deferred call is not supported`
	defer func() {
		y.Yield(2) // want `Yield inside a deferred function is not supported`
	}()
}

//agen:generator
func inLiteral(y *agen.Yielder[int, agen.None]) {
	f := func() { y.Yield(1) } // want `Yield inside a function literal is not supported`
	f()
	go y.Yield(2) // want `Yield inside a go statement is not supported`
}

//agen:generator
func overFunc(y *agen.Yielder[int, agen.None], seq iter.Seq[int]) { // want `no generated code for overFunc; run go generate`
	for v := range seq {
		y.Yield(v) // stepped with agen.Pull
	}
}

//agen:generator
func escapes(y *agen.Yielder[int, agen.None]) {
	sink = y  // want `the yielder y escapes: it is stored`
	helper(y) // want `the yielder y escapes: it is passed to a function`
}

func helper(y *agen.Yielder[int, agen.None]) {} // want `helper takes an agen yielder but is not marked //agen:generator`

//agen:generator
func noYielder(n int) {} // want `a generator body's first parameter must be`

//agen:generator
func awaits(y *agen.AsyncYielder[int, agen.None], a agen.Awaitable[int]) {
	v, _ := agen.Await(y, a) // passing y to agen.Await is fine
	y.Yield(v)
	defer agen.Await(y, a) // want `Await inside a deferred call is not supported`
	go func() {
		agen.Await(y, a) // want `Await inside a function literal is not supported`
	}()
}

// What lowering rejects is reported too.
//
//agen:generator
func embedded(y *agen.Yielder[int, agen.None]) {
	type base struct{ id int }
	type item struct{ base } // want `type item embeds base, also declared inside the generator body, whose name the package uses`
	it := item{base{1}}
	y.Yield(it.id)
	y.Yield(it.base.id)
}

func base() {}

type ints = agen.Yielder[int, agen.None]

//agen:generator
func aliased(y *ints) { // want `write the yielder's type as \*agen.Yielder`
	y.Yield(1)
}

func keep(agen.None) {}

// The operands of defer and go statements may suspend: the statement
// evaluates them before it defers or starts the call.
//
//agen:generator
func inOperands(y *agen.Yielder[int, agen.None]) { // want `no generated code for inOperands; run go generate`
	defer keep(y.Yield(1))
	go keep(y.Yield(2))
}
