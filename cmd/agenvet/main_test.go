package main

// This file tests agenvet end to end: built, and run under go vet and
// standalone on a module outside the repository (testdata/vetmod).

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
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
	return dir, buildAgenvet(t)
}

// binDir holds agenvet, built once for all the tests.
var binDir string

func TestMain(m *testing.M) {
	var err error
	binDir, err = os.MkdirTemp("", "agenvet-test-")
	if err != nil {
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(binDir)
	os.Exit(code)
}

var buildOnce sync.Once

// buildAgenvet builds agenvet into binDir, once.
func buildAgenvet(t *testing.T) string {
	buildOnce.Do(func() { gotest.Build(t, "./cmd/agenvet", binDir) })
	bin := filepath.Join(binDir, "agenvet")
	require.FileExists(t, bin, "agenvet did not build")
	return bin
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

func TestGoVetReportsStaleGeneratedCode(t *testing.T) {
	dir, agenvet := vetModule(t)
	path := filepath.Join(dir, "good", "good.go")
	content, err := os.ReadFile(path)
	require.NoError(t, err)

	// The body changes; its generated code does not.
	edited := strings.Replace(string(content), "y.Yield(i)", "y.Yield(i * i)", 1)
	require.NoError(t, os.WriteFile(path, []byte(edited), 0o666))
	out, status := gotest.Run(t, dir, "go", "vet", "-vettool="+agenvet, "./good")
	assert.Equal(t, 1, status, out)
	assert.Equal(t, []string{"good/good.go:10:6: generated code for count is stale; run go generate"}, diagnostics(out))
	gotest.Go(t, dir, "build", "./good") // stale, but it builds: only the body changed

	// The signature changes: the generated file no longer compiles.
	edited = strings.Replace(edited, "n int)", "n int64)", 1)
	require.NoError(t, os.WriteFile(path, []byte(edited), 0o666))
	out, status = gotest.Run(t, dir, "go", "build", "./good")
	assert.Equal(t, 1, status, out)
	assert.Regexp(t, `good_agen.go:\d+:\d+: cannot use count \(value of type func\(y \*agen.Yielder\[int, agen.None\], n int64\)\) as func\(\*agen.Yielder\[int, agen.None\], int\) value`, out)
}

func TestFixAppliesSuggestedFixes(t *testing.T) {
	dir, agenvet := vetModule(t)
	path := filepath.Join(dir, "bad", "bad.go")
	original, err := os.ReadFile(path)
	require.NoError(t, err)
	marked := strings.Replace(string(original), "// helper takes a yielder but is not a generator.\n",
		"// helper takes a yielder but is not a generator.\n//\n//agen:generator\n", 1)

	out, status := gotest.Run(t, dir, agenvet, "-fix", "./bad")
	assert.Equal(t, 0, status, out) // standalone -fix exits 0 once it has applied the fixes
	content, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, marked, string(content))

	require.NoError(t, os.WriteFile(path, original, 0o666))
	out, status = gotest.Run(t, dir, "go", "vet", "-vettool="+agenvet, "-fix", "./bad")
	content, err = os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, marked, string(content), "go vet -fix: exit status %d\n%s", status, out)
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
