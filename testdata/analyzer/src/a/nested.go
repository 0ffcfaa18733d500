package a

import "github.com/agen-go/agen/runtime/agen"

// A defer statement inside a deferred function that awaits (Python's
// try/finally inside a finally that awaits) is supported when it defers a
// plain call, and rejected when it defers another function that awaits.

//agen:generator
func nestedDefer(y *agen.AsyncYielder[int, int], a agen.Awaitable[int]) { // want `no generated code for nestedDefer; run go generate`
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

//agen:generator
func nestedAwaiting(y *agen.AsyncYielder[int, int], a agen.Awaitable[int]) {
	defer func() {
		defer func() { // want `a deferred function that awaits inside a deferred function that awaits is not supported`
			agen.Await(y, a)
		}()
		agen.Await(y, a)
	}()
	y.Yield(1)
}
