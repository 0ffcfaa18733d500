package main

// This file follows the README's quick start literally, in a new module
// outside the repository: go get -tool, go generate, go run.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/internal/gotest"
)

// fence returns the first fenced block of markdown in the language lang
// that contains want.
func fence(t *testing.T, markdown, lang, want string) string {
	t.Helper()
	for _, block := range strings.Split(markdown, "```"+lang+"\n")[1:] {
		block, _, _ = strings.Cut(block, "```")
		if strings.Contains(block, want) {
			return block
		}
	}
	t.Fatalf("README.md has no %s block with %q", lang, want)
	return ""
}

func TestReadmeQuickStart(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module with go get -tool and go generate: slow")
	}
	readme, err := os.ReadFile(filepath.Join(gotest.Root(t), "README.md"))
	require.NoError(t, err)
	program := fence(t, string(readme), "go", "func main()")
	steps := fence(t, string(readme), "sh", "go get -tool")

	// A new module: go mod init, a replace standing in for the published
	// module, and go.sum for the checksum database.
	dir := t.TempDir()
	gotest.Go(t, dir, "mod", "init", "example.com/hello")
	gotest.Go(t, dir, "mod", "edit", "-replace", gotest.ModulePath+"="+gotest.Root(t))
	gotest.CopySums(t, dir)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte(program), 0o666))

	var out string
	for _, line := range strings.Split(strings.TrimSpace(steps), "\n") {
		command, _, _ := strings.Cut(line, "#")
		args := strings.Fields(command)
		require.Equal(t, "go", args[0], line)
		out = gotest.Go(t, dir, args[1:]...)
	}
	want := "0\n1\n1\n2\n3\n5\n8\n13\n21\n34\n"
	assert.Equal(t, want, out, "go run .")
	gomod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	require.NoError(t, err)
	assert.Contains(t, string(gomod), "\ntool "+gotest.ModulePath+"/cmd/agen\n")
	assert.FileExists(t, filepath.Join(dir, "main_agen.go"))

	// The README's vet commands, through a shell for their $(...): the
	// program has nothing to report.
	for _, line := range strings.Split(strings.TrimSpace(fence(t, string(readme), "sh", "-vettool")), "\n") {
		command, _, _ := strings.Cut(line, "#")
		out, status := gotest.Run(t, dir, "sh", "-c", command)
		assert.Equal(t, 0, status, "%s\n%s", command, out)
	}

	// The alternative: go run, in a module that has the tool line.
	require.NoError(t, os.Remove(filepath.Join(dir, "main_agen.go")))
	alt := strings.Replace(program, "//go:generate go tool agen", "//go:generate go run "+gotest.ModulePath+"/cmd/agen", 1)
	require.NotEqual(t, program, alt)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte(alt), 0o666))
	gotest.Go(t, dir, "generate", "./...")
	assert.Equal(t, want, gotest.Go(t, dir, "run", "."))
}
