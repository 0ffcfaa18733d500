package a

import "github.com/agen-go/agen/runtime/agen"

// A defer statement inside a deferred function that awaits (Python's
// try/finally inside a finally that awaits) is rejected, whether it defers
// a plain call or another function that awaits.

//agen:generator
func nestedDefer(y *agen.AsyncYielder[int, int], a agen.Awaitable[int]) {
	defer func() {
		defer func() { recover() }() // want `a defer statement inside a deferred function that awaits is not supported`
		agen.Await(y, a)
	}()
	defer func() {
		if true {
			defer println("cold") // want `a defer statement inside a deferred function that awaits is not supported`
		}
		agen.Await(y, a)
	}()
	defer func() {
		defer func() { // want `a defer statement inside a deferred function that awaits is not supported`
			agen.Await(y, a)
		}()
		agen.Await(y, a)
	}()
	y.Yield(1)
}
