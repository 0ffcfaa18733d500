// Package stale holds generators whose generated code the test writes
// into stale_agen.go: up to date, generated from another version of the
// body, and missing.
package stale

import "github.com/agen-go/agen/runtime/agen"

//agen:generator
func fresh(y *agen.Yielder[int, agen.None]) {
	y.Yield(1)
}

//agen:generator
func edited(y *agen.Yielder[int, agen.None]) { // want `generated code for edited is stale; run go generate`
	y.Yield(2)
}

type list []int

// A method: its name in messages and fingerprints is (*list).each.
//
//agen:generator
func (l *list) each(y *agen.Yielder[int, agen.None]) { // want `generated code for \(\*list\).each is stale; run go generate`
	for _, v := range *l {
		y.Yield(v)
	}
}

//agen:generator
func added(y *agen.Yielder[int, agen.None]) { // want `no generated code for added; run go generate`
	y.Yield(3)
}

//agen:generator func=renamedGen
func renamed(y *agen.Yielder[int, agen.None]) { // want `generated code for renamed is stale; run go generate`
	y.Yield(4)
}
