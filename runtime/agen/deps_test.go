package agen_test

// This file checks that the runtime imports only the standard library.

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The runtime imports only the standard library (SPEC: "Standard library
// only"), so that generated code adds no dependency.
func TestRuntimeImportsOnlyStandardLibrary(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool:", err)
	}
	out, err := exec.Command(goTool, "list", "-deps",
		"-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", ".").Output()
	if ee, ok := err.(*exec.ExitError); ok {
		t.Fatalf("go list: %v\n%s", err, ee.Stderr)
	}
	require.NoError(t, err)
	require.Equal(t, []string{"github.com/agen-go/agen/runtime/agen"}, strings.Fields(string(out)),
		"non-standard packages in the runtime's dependencies")
}
