package main

// This file tests agenvet end to end: built, and run under go vet and
// standalone on a module outside the repository (testdata/vetmod).

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/emit"
	"github.com/agen-go/agen/internal/gotest"
	"github.com/agen-go/agen/transform"
)

// diagnostics returns the diagnostic lines of go vet's or agenvet's
// output, sorted: without the "# package" headers.
func diagnostics(out string) []string {
	var lines []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			lines = append(lines, line)
		}
	}
	slices.Sort(lines)
	return lines
}

// vetModule returns a copy of testdata/vetmod whose package good has its
// generated code, and agenvet built beside it.
func vetModule(t *testing.T) (dir, agenvet string) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds agenvet and runs go vet: slow")
	}
	dir = gotest.Module(t, "../../testdata/vetmod", "example.com/vetmod")
	results, err := emit.Generate(transform.Config{Dir: dir, Env: gotest.Env()}, "./good")
	require.NoError(t, err)
	for _, r := range results {
		require.NoError(t, r.Commit())
	}
	return dir, gotest.Build(t, "./cmd/agenvet", t.TempDir())
}

var badWant = []string{
	"bad/bad.go:14:14: fmt.Printf format %d has arg \"s\" of wrong type string",
	"bad/bad.go:21:8: Yield inside a deferred call is not supported: deferred calls run while the generator closes (Go's finally) and cannot suspend",
	"bad/bad.go:26:6: helper takes an agen yielder but is not marked //agen:generator: only a generator body can yield",
}

func TestGoVetRunsVetsSuiteAndAgen(t *testing.T) {
	dir, agenvet := vetModule(t)
	out, status := gotest.Run(t, dir, "go", "vet", "-vettool="+agenvet, "./...")
	assert.Equal(t, 1, status, out)
	assert.Equal(t, badWant, diagnostics(out))

	// The same mistakes standalone; positions are absolute there.
	out, status = gotest.Run(t, dir, agenvet, "./...")
	assert.Equal(t, 3, status, out)
	want := make([]string, len(badWant))
	for i, w := range badWant {
		want[i] = dir + string(filepath.Separator) + w
	}
	assert.Equal(t, want, diagnostics(out))

	out, status = gotest.Run(t, dir, "go", "vet", "-vettool="+agenvet, "./good")
	assert.Equal(t, 0, status, out)
	assert.Empty(t, out)
}

// TestSuiteIsVets checks that agenvet runs what go vet runs, by name.
func TestSuiteIsVets(t *testing.T) {
	out := gotest.Go(t, ".", "tool", "vet", "help")
	_, list, ok := strings.Cut(out, "Registered analyzers:")
	require.True(t, ok, out)
	var vets []string
	for _, line := range strings.Split(strings.TrimLeft(list, "\n"), "\n") {
		name, ok := strings.CutPrefix(line, "    ")
		if !ok {
			break // the end of the list
		}
		vets = append(vets, strings.Fields(name)[0])
	}
	var ours []string
	for _, a := range vetSuite {
		ours = append(ours, a.Name)
	}
	slices.Sort(vets)
	slices.Sort(ours)
	assert.Equal(t, vets, ours)
	assert.Equal(t, "agen", analyzers()[len(analyzers())-1].Name)
}
