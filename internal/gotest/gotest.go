// Package gotest runs the go command on scratch modules outside the
// repository, for the end-to-end tests of the commands: a module that
// requires agen through a replace directive to this checkout, the way a
// user's module requires a published version.
package gotest

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// ModulePath is the module path of this repository.
const ModulePath = "github.com/agen-go/agen"

// Root returns the directory of this checkout: the nearest directory above
// the current one that holds a go.mod.
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the current directory")
		}
		dir = parent
	}
}

// Module copies the files of src (a directory, usually under testdata) into
// a new temporary directory outside the repository and makes it the module
// path, requiring agen replaced by this checkout. The checkout's go.sum
// comes along, so that the go command finds every checksum it needs
// without asking the checksum database.
func Module(t testing.TB, src, path string) string {
	t.Helper()
	dir := t.TempDir()
	if src != "" {
		CopyDir(t, src, dir)
	}
	root := Root(t)
	gomod := "module " + path + "\n\ngo 1.26\n\nrequire " + ModulePath + " v0.0.0\n\nreplace " + ModulePath + " => " + root + "\n"
	write(t, filepath.Join(dir, "go.mod"), []byte(gomod))
	CopySums(t, dir)
	return dir
}

// CopyDir copies the tree src into dst.
func CopyDir(t testing.TB, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o777)
		}
		content, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), content, 0o666)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func write(t testing.TB, path string, content []byte) {
	t.Helper()
	if err := os.WriteFile(path, content, 0o666); err != nil {
		t.Fatal(err)
	}
}

// Env is the environment of the go commands the tests run: the test's
// own, outside any workspace and any go generate run, with -mod=mod so
// that the go command may complete go.mod and go.sum, and offline: the
// module cache, which the go command filled when it built the tests,
// stands in for the module proxy. agen's own module is not published (a
// replace stands in for it), and a proxy may answer a query for it, or for
// a path inside it such as github.com/agen-go/agen/cmd/agen, with an error
// rather than "not found"; the module cache says "not found".
func Env() []string {
	var env []string
	for _, kv := range os.Environ() {
		key, _, _ := strings.Cut(kv, "=")
		switch key {
		case "GOFLAGS", "GOWORK", "GOFILE", "GOLINE", "GOPACKAGE", "GOROOT", "GOPROXY":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY="+moduleCacheProxy())
}

// moduleCacheProxy returns the module cache as a GOPROXY.
var moduleCacheProxy = sync.OnceValue(func() string {
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		return "off"
	}
	return "file://" + filepath.ToSlash(filepath.Join(strings.TrimSpace(string(out)), "cache", "download"))
})

// CopySums copies this checkout's go.sum into the module in dir: the
// checksums of agen's dependencies, which the go command would otherwise
// ask the checksum database for.
func CopySums(t testing.TB, dir string) {
	t.Helper()
	sum, err := os.ReadFile(filepath.Join(Root(t), "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "go.sum"), sum)
}

// Run runs a command in dir with Env and returns its combined output and
// exit status; it fails the test if the command cannot start.
func Run(t testing.TB, dir, name string, args ...string) (output string, status int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = Env()
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		return out.String(), exit.ExitCode()
	case err != nil:
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return out.String(), 0
}

// Go runs the go command in dir and fails the test unless it succeeds;
// it returns the combined output.
func Go(t testing.TB, dir string, args ...string) string {
	t.Helper()
	out, status := Run(t, dir, "go", args...)
	if status != 0 {
		t.Fatalf("go %s in %s: exit status %d\n%s", strings.Join(args, " "), dir, status, out)
	}
	return out
}

// Build builds the command pkg of this checkout into dir and returns the
// path of the binary.
func Build(t testing.TB, pkg, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, filepath.Base(pkg))
	Go(t, Root(t), "build", "-mod=readonly", "-o", bin, pkg)
	return bin
}
