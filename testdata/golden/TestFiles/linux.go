//go:build linux || !linux

package testfiles

import "github.com/agen-go/agen/runtime/agen"

// twice yields v twice.
//
//agen:generator
func twice(y *agen.Yielder[string, agen.None], v string) {
	y.Yield(v)
	y.Yield(v)
}
