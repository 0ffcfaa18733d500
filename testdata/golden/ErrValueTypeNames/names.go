// Package names holds bodies whose yielded or sent types are named like
// the receivers and parameters of the methods agen generates, which would
// hide them there: agen rejects them at the yielder.
package names

import (
	err "strings"

	"github.com/agen-go/agen/runtime/agen"
)

type g struct{ n int }

type ctx int

// values yields values of a type named g.
//
//agen:generator
func values(y *agen.Yielder[g, agen.None]) {
	y.Yield(g{1})
}

// builders receives values of a type of a package imported as err.
//
//agen:generator
func builders(y *agen.Yielder[int, *err.Builder]) {
	y.Yield(1)
}

// contexts yields values of a type named ctx: an async generator's
// methods take a ctx.
//
//agen:generator
func contexts(y *agen.AsyncYielder[ctx, agen.None]) {
	y.Yield(1)
}

// syncContexts is fine: a sync generator's methods take no ctx.
//
//agen:generator
func syncContexts(y *agen.Yielder[ctx, agen.None]) {
	y.Yield(1)
}
