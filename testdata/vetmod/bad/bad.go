// Package bad holds a mistake of each kind agenvet reports: go vet's own
// (a Printf) and agen's (a body that cannot suspend, a yielder parameter
// without the directive).
package bad

import (
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
)

// Hello misuses Printf: plain go vet reports it, and so must agenvet.
func Hello() {
	fmt.Printf("%d\n", "s")
}

// cleanup yields in a deferred call.
//
//agen:generator
func cleanup(y *agen.Yielder[int, agen.None]) {
	defer y.Yield(1)
	y.Yield(0)
}

// helper takes a yielder but is not a generator.
func helper(y *agen.Yielder[int, agen.None]) {
	y.Yield(2)
}
