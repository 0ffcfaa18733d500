package fuzz

// This file defines FuzzTransform, go test -fuzz over agen's input.

import (
	"errors"
	"flag"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/transform"
)

// FuzzTransform runs agen on mutations of valid inputs (the files of the
// golden cases, and random bodies of the fuzzer): agen must either
// generate code, which its last step type-checks with the package, or
// reject the input with positioned errors; it must never panic nor report
// an internal error (code of its own that does not compile). Inputs that
// do not parse, or hold no generator, are skipped: the loader, not agen,
// handles them.
//
//	go test -fuzz=FuzzTransform -fuzztime=10m ./emit/fuzz
func FuzzTransform(f *testing.F) {
	// Every run loads a package, which takes seconds: go test runs two
	// seeds, -fuzz one golden input in ten and the random bodies (the
	// golden test runs every golden input anyway); AGEN_FUZZ_ALL_SEEDS=1
	// makes go test run the seeds of -fuzz.
	seeds := seedInputs(f)
	if !fuzzing() && os.Getenv("AGEN_FUZZ_ALL_SEEDS") == "" {
		seeds = seeds[len(seeds)-2:]
	}
	for _, src := range seeds {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if !strings.Contains(string(src), "//agen:generator") {
			t.Skip("no generator")
		}
		if _, err := parser.ParseFile(token.NewFileSet(), "x.go", src, parser.SkipObjectResolution); err != nil {
			t.Skip("does not parse")
		}
		require.NoError(t, os.MkdirAll("testdata", 0o777))
		dir, err := os.MkdirTemp("testdata", "input-")
		require.NoError(t, err)
		src = []byte(strings.ReplaceAll(string(src), difftestPath, liteDifftestPath))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "x.go"), src, 0o666))
		done := make(chan error, 1)
		go func() {
			_, err := generateSafely(dir)
			os.RemoveAll(dir) // before done: once it is sent, the test, and the process, may end
			done <- err
		}()
		var budget <-chan time.Time // go test -fuzz kills an input after 10 seconds
		if fuzzing() {
			budget = time.After(8 * time.Second)
		}
		select {
		case err := <-done:
			checkOutcome(t, err)
		case <-budget:
			t.Skip("agen took longer than 8 seconds (a loaded machine): skipped before go test -fuzz's limit")
		}
	})
}

// The inputs import a light stand-in of the harness (testdata/difftest
// here), which loads faster.
const (
	difftestPath     = `"github.com/agen-go/agen/testdata/difftest"`
	liteDifftestPath = `"github.com/agen-go/agen/emit/fuzz/testdata/difftest"`
)

// fuzzing reports whether go test runs with -fuzz.
func fuzzing() bool {
	fl := flag.Lookup("test.fuzz")
	return fl != nil && fl.Value.String() != ""
}

// checkOutcome requires an outcome of agen to be output (verified to
// compile) or positioned errors of the user's code.
func checkOutcome(t *testing.T, err error) {
	if err == nil {
		return
	}
	require.NotErrorIs(t, err, errPanic)
	require.NotContains(t, err.Error(), "internal error")
	var list transform.ErrorList
	require.True(t, errors.As(err, &list), "not a list of positioned errors: %v", err)
	for _, e := range list {
		require.True(t, e.Pos.IsValid(), "an error without a position: %v", e)
	}
}

// seedInputs returns one in ten input files of the golden cases with
// generators, and random bodies.
func seedInputs(f *testing.F) [][]byte {
	files, err := filepath.Glob("../../testdata/golden/*/*.go")
	require.NoError(f, err)
	var golden, seeds [][]byte
	for _, file := range files {
		if strings.HasSuffix(file, "_agen.go") || strings.HasSuffix(file, "_test.go") || strings.HasSuffix(file, "golden.go") {
			continue
		}
		src, err := os.ReadFile(file)
		require.NoError(f, err)
		if strings.Contains(string(src), "//agen:generator") {
			golden = append(golden, src)
		}
	}
	for i := 0; i < len(golden); i += 10 {
		seeds = append(seeds, golden[i])
	}
	for seed := range uint64(4) {
		src, err := packageSource("batch", "Package batch holds a random body.", []*body{bodyOf(seed)})
		require.NoError(f, err)
		seeds = append(seeds, src)
	}
	return seeds
}
