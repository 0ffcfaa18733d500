package fuzz

import (
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestBodiesReproducible checks that a seed names a body: the same seed
// gives the same source, and the packages of bodies are valid Go that
// gofmt accepts (packageSource formats them).
func TestBodiesReproducible(t *testing.T) {
	var bodies []*body
	for seed := range uint64(300) {
		bd := bodyOf(seed)
		require.Equal(t, bd.source(), bodyOf(seed).source())
		require.Equal(t, seed%2 == 1, bd.async)
		bodies = append(bodies, bd)
	}
	_, err := packageSource("batch", "Package batch.", bodies)
	require.NoError(t, err)
	require.NotEqual(t, bodyOf(1).source(), bodyOf(3).source())
}

// TestMethodBodies checks that about a body in four is a method, with
// every form of receiver, sync and async, and that a package of one of
// each, generated, passes go vet: the methods and their Suite build, and
// their logs' formats fit their arguments.
func TestMethodBodies(t *testing.T) {
	first := map[string]*body{} // by receiver and async
	var methods []*body
	n := 0
	for seed := range uint64(400) {
		bd := bodyOf(seed)
		if bd.recv == "" {
			continue
		}
		n++
		key := fmt.Sprint(bd.recv, bd.async)
		if first[key] == nil {
			first[key] = bd
			methods = append(methods, bd)
		}
		require.Equal(t, bd.named(), strings.Contains(bd.source(), "r.at.v"), "a named receiver's fields are logged")
	}
	require.InDelta(t, 100, n, 25)
	require.Len(t, methods, 16, "pointer, value, unnamed and blank receivers of box and of gbox[T], sync and async")
	dir, err := os.MkdirTemp("testdata", "methods-")
	require.NoError(t, err)
	defer os.RemoveAll(dir)
	bad, err := generate(dir, methods)
	require.NoError(t, err)
	require.Empty(t, bad)
	out, err := exec.Command("go", "vet", "./"+dir).CombinedOutput()
	require.NoError(t, err, "%s", out)
}

// TestRangeFuncBodies checks that bodies, sync and async, range over
// iterator functions that are not generators (seqOf, seq2Of, ticks) in
// every form, with a body that suspends, and that a package of one body
// of each form, generated, passes go vet: agen lowers the loops over
// agen.Pull into code that builds.
func TestRangeFuncBodies(t *testing.T) {
	forms := map[string]*regexp.Regexp{
		"seq":      regexp.MustCompile(`for v\d+ := range seqOf\(`),
		"seq2":     regexp.MustCompile(`for k\d+, v\d+ := range seq2Of\(`),
		"values":   regexp.MustCompile(`for _, v\d+ := range seq2Of\(`),
		"ticks":    regexp.MustCompile(`for range ticks\(`),
		"into":     regexp.MustCompile(`for [^:]* = range seq2?Of\(`),
		"goto out": regexp.MustCompile(`(?s)range (seq2?Of|ticks)\(.*goto (L\d+)\n.*\n\t*L\d+:`),
		"suspends": regexp.MustCompile(`range (seq2?Of|ticks)\(.*\{\n.*\n\t*tr.Log\("h\d+`),
		"nested":   regexp.MustCompile(`(?s)range innerGen\(.*\{\n.*range (seq2?Of|ticks)\(`),
	}
	first := map[string]*body{}
	var bodies []*body
	for seed := range uint64(400) {
		bd := bodyOf(seed)
		src := bd.source()
		for form, re := range forms {
			key := fmt.Sprint(form, bd.async)
			if first[key] == nil && re.MatchString(src) {
				first[key] = bd
				bodies = append(bodies, bd)
			}
		}
	}
	require.Len(t, first, 2*len(forms), "every form, sync and async")
	dir, err := os.MkdirTemp("testdata", "rangefuncs-")
	require.NoError(t, err)
	defer os.RemoveAll(dir)
	bad, err := generate(dir, slices.Compact(bodies))
	require.NoError(t, err)
	require.Empty(t, bad)
	out, err := exec.Command("go", "vet", "./"+dir).CombinedOutput()
	require.NoError(t, err, "%s", out)
}

// TestNestedDeferBodies checks that deferred functions that await, in
// async bodies, defer calls of their own, and that a package of such
// bodies, generated, passes go vet.
func TestNestedDeferBodies(t *testing.T) {
	var bodies []*body
	for seed := range uint64(600) {
		if bd := bodyOf(seed); bd.async && awaitsAndDefers(bd.source()) {
			bodies = append(bodies, bd)
		}
	}
	require.GreaterOrEqual(t, len(bodies), 3)
	dir, err := os.MkdirTemp("testdata", "nesteddefers-")
	require.NoError(t, err)
	defer os.RemoveAll(dir)
	bad, err := generate(dir, bodies[:3])
	require.NoError(t, err)
	require.Empty(t, bad)
	out, err := exec.Command("go", "vet", "./"+dir).CombinedOutput()
	require.NoError(t, err, "%s", out)
}

// awaitsAndDefers reports whether src has a deferred function literal
// that both awaits and holds a defer statement.
func awaitsAndDefers(src string) bool {
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		if !strings.HasPrefix(strings.TrimSpace(l), "defer func(v int) {") {
			continue
		}
		indent := len(l) - len(strings.TrimLeft(l, "\t"))
		awaits, defers := false, false
		for _, in := range lines[i+1:] {
			if len(in)-len(strings.TrimLeft(in, "\t")) <= indent {
				break
			}
			awaits = awaits || strings.Contains(in, "agen.Await(")
			defers = defers || strings.HasPrefix(strings.TrimSpace(in), "defer ")
		}
		if awaits && defers {
			return true
		}
	}
	return false
}

// TestBlameBodies checks that an error of agen is charged to the body
// whose lines hold it, and one outside every body to all of them.
func TestBlameBodies(t *testing.T) {
	bodies := []*body{{name: "s0"}, {name: "a1"}}
	src := []byte("package batch\n\nfunc s0(y int) {\n}\n\nfunc a1(y int) {\n\tx\n}\n")
	found := blameBodies(src, bodies, errors.New("/tmp/x.go:7:2: undefined: x"))
	require.Len(t, found, 1)
	require.Equal(t, "a1", found[0].Body.name)
	require.Equal(t, "rejected", found[0].Kind)
	found = blameBodies(src, bodies, errors.New("internal error: no position"))
	require.Len(t, found, 2)
	require.Equal(t, "tool", found[0].Kind)
}

// TestFailures checks that the failed cases of a test output are found,
// each with its part of the output.
func TestFailures(t *testing.T) {
	out := "--- FAIL: TestFuzz (0.01s)\n    --- FAIL: TestFuzz/a3 (0.00s)\n\tdiverges here\n    --- FAIL: TestFuzz/s4 (0.00s)\n\tand here\nFAIL\n"
	failed := failures(out)
	require.Len(t, failed, 2)
	require.True(t, strings.Contains(failed["a3"], "diverges here"))
	require.False(t, strings.Contains(failed["a3"], "and here"))
	require.True(t, strings.Contains(failed["s4"], "and here"))
}

// TestShrinkWhile checks that the shrinker keeps only what the failure
// needs: here, a body that still yields the value 1.
func TestShrinkWhile(t *testing.T) {
	bd := &body{name: "s", stmts: []*node{
		leaf("tr.Log(\"x\")"),
		block([]string{"for i := range 2 {"}, []*node{use("_ = i"), leaf("a++"), leaf("y.Yield(1)")}, "}"),
		leaf("y.Yield(2)"),
	}}
	small, err := shrinkWhile(bd, func(bd *body) (bool, error) {
		return strings.Contains(bd.source(), "y.Yield(1)"), nil
	}, nil)
	require.NoError(t, err)
	require.Equal(t, []string{"for", "i", ":=", "range", "2", "{", "_", "=", "i", "y.Yield(1)", "}"}, lines(small))
}

// TestWriteCase checks that a shrunk body becomes a golden case folder:
// its package, named after the folder, with the body and its Suite.
func TestWriteCase(t *testing.T) {
	root := t.TempDir()
	bd := bodyOf(3)
	require.NoError(t, WriteCase(root, "FuzzThree", bd, "seed 3, diverges."))
	src, err := os.ReadFile(filepath.Join(root, "testdata", "golden", "FuzzThree", "fuzzthree.go"))
	require.NoError(t, err)
	_, err = parser.ParseFile(token.NewFileSet(), "fuzzthree.go", src, parser.ParseComments)
	require.NoError(t, err)
	require.Contains(t, string(src), "// Package fuzzthree is a body the fuzzer (emit/fuzz) found agen failing on,\n// shrunk: seed 3, diverges.\npackage fuzzthree\n")
	require.Contains(t, string(src), "func a3(y *agen.AsyncYielder[int, int], tr *difftest.Trace")
	require.Contains(t, string(src), "var Suite = difftest.Suite{\n\tdifftest.Async(\"a3\",")
}
