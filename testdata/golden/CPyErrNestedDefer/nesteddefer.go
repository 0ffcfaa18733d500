// Package nesteddefer holds Python's try/finally inside a finally that
// awaits, where the inner finally awaits too: a deferred function that
// awaits, deferred by one that awaits. agen rejects it (a defer statement
// of a plain call there is supported: see AsyncNestedDefers).
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
			defer func() {
				agen.Await(y, a)
			}()
		}
		agen.Await(y, a)
	}()
	y.Yield(1)
}
