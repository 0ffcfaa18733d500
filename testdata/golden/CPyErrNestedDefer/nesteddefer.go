// Package nesteddefer holds Python's try/finally inside a finally that
// awaits, written with a defer statement inside a deferred function that
// awaits: agen rejects it (it used to generate code that did not compile).
package nesteddefer

import "github.com/agen-go/agen/runtime/agen"

//agen:generator
func nested(y *agen.AsyncYielder[int, int], a agen.Awaitable[int]) {
	defer func() {
		defer func() { recover() }()
		agen.Await(y, a)
	}()
	defer func() {
		if true {
			defer println("cold")
		}
		agen.Await(y, a)
	}()
	y.Yield(1)
}
