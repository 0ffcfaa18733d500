// Package rejected holds bodies agen must reject, each with a positioned
// error naming the construct and the fix.
package rejected

import (
	"github.com/agen-go/agen/runtime/agen"
)

var sink any

func use(y *agen.Yielder[int, agen.None]) {}

//agen:generator
func yieldInDefer(y *agen.Yielder[int, agen.None]) {
	defer y.Yield(1)
	defer func() {
		y.Yield(2)
	}()
}

//agen:generator
func yieldInLiteral(y *agen.Yielder[int, agen.None]) {
	f := func() { y.Yield(1) }
	f()
}

//agen:generator
func yieldInGo(y *agen.Yielder[int, agen.None]) {
	go y.Yield(1)
}

//agen:generator
func escapes(y *agen.Yielder[int, agen.None]) {
	sink = y
	use(y)
	var i any = y
	_ = i
	ys := []*agen.Yielder[int, agen.None]{y}
	_ = ys
}

//agen:generator
func noYielder(n int) {}

//agen:generator func=bad-name
func badOption(y *agen.Yielder[int, agen.None]) {}

//agen:generator
func clash(y *agen.Yielder[int, agen.None]) {}

type clashGenerator struct{}

// A sync body cannot await the values of an async generator.
//
//agen:generator
func rangeAsyncInSync(y *agen.Yielder[int, agen.None], g agen.AsyncGenerator[int, agen.None]) {
	for v := range g.All(nil) {
		y.Yield(v)
	}
}

// An async body's loop over an async generator's All(ctx) is lowered, but
// not in a deferred function that awaits.
//
//agen:generator
func rangeAsyncInDefer(y *agen.AsyncYielder[int, agen.None], g agen.AsyncGenerator[int, agen.None]) {
	defer func() {
		for range g.All(y.Context()) {
			agen.Await(y, agen.Sleep(0))
		}
	}()
}

// A suspension point in the iteration variables of a loop over an async
// generator's All(ctx).
//
//agen:generator
func rangeAsyncHotKey(y *agen.AsyncYielder[int, agen.None], g agen.AsyncGenerator[int, agen.None]) {
	m := map[agen.None]int{}
	for m[y.Yield(0)] = range g.All(y.Context()) {
	}
}
