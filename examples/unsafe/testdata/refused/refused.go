// Package refused holds the body of examples/unsafe as a generator: agen
// refuses it, and agenvet reports it, at the yield in its deferred
// function. It is under testdata so that go build, go vet and go generate
// of the module leave it alone; examples/unsafe's test runs both on it.
package refused

import (
	"time"

	"github.com/agen-go/agen/runtime/agen"
)

// unsafeBody yields 1; its cleanup waits, then yields 2.
//
//agen:generator
func unsafeBody(y *agen.AsyncYielder[int, agen.None], delay time.Duration) error {
	defer func() {
		agen.Await(y, agen.Sleep(delay)) // awaiting while closing is fine
		y.Yield(2)                       // yielding is not: nobody asked for a value
	}()
	y.Yield(1)
	return nil
}
