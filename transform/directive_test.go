package transform

// This file tests the names derived from a directive.

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestUnexported(t *testing.T) {
	for name, want := range map[string]string{
		"fibGenerator": "fibGenerator",
		"Countdown":    "countdown",
		"BFSIter":      "bfsIter",
		"HTTP":         "http",
		"IDs":          "ids",
		"URLsIter":     "urlsIter",
		"BFSearch":     "bfSearch",
		"X":            "x",
		"X2Gen":        "x2Gen",
		"ÉtéGen":       "étéGen",
	} {
		assert.Equal(t, want, unexported(name), name)
	}
}
