package main

// This file tests agen under a real go generate, in a module outside the
// repository: orphaned generated files go in one run.

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/internal/gotest"
)

// generatorFile returns a file of package p holding one generator.
func generatorFile(pkg, name string) string {
	return "package " + pkg + "\n\nimport \"github.com/agen-go/agen/runtime/agen\"\n\n" +
		"//agen:generator\nfunc " + name + "(y *agen.Yielder[int, agen.None]) {\n\ty.Yield(1)\n}\n"
}

// TestGoGenerateDeletesOrphansInOneRun deletes sources whose generated
// files go generate reads before agen runs (a_agen.go), and after it
// (c_agen.go, and c_agen_test.go among the test files, which go generate
// reads last): one go generate run must succeed and leave no orphan. The
// directive that runs agen uses a -command alias, which the stubs that
// stand in for orphans until go generate reads them must define too.
func TestGoGenerateDeletesOrphansInOneRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go generate: slow")
	}
	dir := gotest.Module(t, "", "example.com/orphans")
	files := map[string]string{
		"a.go":      generatorFile("p", "a"),
		"b.go":      "//go:generate -command gen go tool agen\n//go:generate gen\n\n" + generatorFile("p", "b"),
		"c.go":      generatorFile("p", "c"),
		"c_test.go": generatorFile("p", "ct"),
	}
	for name, content := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o666))
	}
	gomod := filepath.Join(dir, "go.mod")
	content, err := os.ReadFile(gomod)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(gomod, append(content, "\ntool github.com/agen-go/agen/cmd/agen\n"...), 0o666))
	gotest.Go(t, dir, "mod", "tidy")

	gotest.Go(t, dir, "generate", "./...")
	for _, name := range []string{"a_agen.go", "b_agen.go", "c_agen.go", "c_agen_test.go"} {
		require.FileExists(t, filepath.Join(dir, name))
	}

	for _, name := range []string{"a.go", "c.go", "c_test.go"} {
		require.NoError(t, os.Remove(filepath.Join(dir, name)))
	}
	gotest.Go(t, dir, "generate", "./...")
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var left []string
	for _, e := range entries {
		left = append(left, e.Name())
	}
	assert.ElementsMatch(t, []string{"b.go", "b_agen.go", "go.mod", "go.sum"}, left)
	gotest.Go(t, dir, "vet", "./...")
}
