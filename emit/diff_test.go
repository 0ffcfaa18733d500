package emit_test

// This file defines the differential test of every golden case.

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/testdata/golden"
)

// TestDifferential runs every golden case generated and under the
// reference driver, with the same operations, and requires equal traces.
func TestDifferential(t *testing.T) {
	for name, suite := range golden.Suites {
		t.Run(name, suite.Run)
	}
}

// TestEveryGoldenCaseRuns checks that every golden case with output is in
// golden.Suites, so none escapes the differential test.
func TestEveryGoldenCaseRuns(t *testing.T) {
	dirs, err := os.ReadDir("../testdata/golden")
	require.NoError(t, err)
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		if _, err := os.Stat(filepath.Join("../testdata/golden", d.Name(), "errors.txt")); err == nil {
			continue
		}
		_, listed := golden.Suites[d.Name()]
		require.True(t, listed, "golden case %s is not listed in testdata/golden/golden.go", d.Name())
	}
}
