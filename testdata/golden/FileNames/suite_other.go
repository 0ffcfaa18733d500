//go:build !linux

package filenames

import "github.com/agen-go/agen/testdata/difftest"

// Suite is empty where names_linux.go is not built.
var Suite difftest.Suite
