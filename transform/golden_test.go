package transform_test

// This file defines the golden tests of testdata/golden.

import (
	"flag"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/emit"
	"github.com/agen-go/agen/transform"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden, then check that they compile and behave")

// TestGolden runs agen on every case of testdata/golden and compares the
// output with the checked-in files.
//
// A case is a folder testdata/golden/<Case> holding a package. If it
// holds errors.txt, agen must fail with exactly those errors (positions
// relative to the case folder) and write nothing. Otherwise each file x.go
// with generators has its golden output x_agen.go beside it, which the
// differential test (emit/diff_test.go) compiles and runs: a golden is
// accepted only once it compiles and behaves. To accept new output, run
//
//	go test ./transform -run TestGolden -update
//
// which rewrites the golden files and then runs the differential test.
func TestGolden(t *testing.T) {
	root, err := filepath.Abs("../testdata/golden")
	require.NoError(t, err)
	dirs, err := os.ReadDir(root)
	require.NoError(t, err)
	var outputs []string // the cases with output, generated together
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		dir := filepath.Join(root, d.Name())
		want, err := os.ReadFile(filepath.Join(dir, "errors.txt"))
		if err == nil || (*update && !hasOutput(dir) && failsToGenerate(dir)) {
			t.Run(d.Name(), func(t *testing.T) {
				t.Parallel()
				checkErrors(t, dir, string(want))
			})
			continue
		}
		outputs = append(outputs, d.Name())
	}
	checkOutputs(t, root, outputs)
	if *update {
		t.Cleanup(func() {
			cmd := exec.Command("go", "test", "-count=1", "-run", "TestDifferential", "../emit")
			out, err := cmd.CombinedOutput()
			require.NoError(t, err, "the updated golden files do not compile or behave:\n%s", out)
		})
	}
}

// checkOutputs generates the cases with output in one run (one load of
// all their packages) and compares each file with its golden.
func checkOutputs(t *testing.T, root string, cases []string) {
	patterns := make([]string, len(cases))
	for i, c := range cases {
		patterns[i] = "./" + c
		checkInputsFormatted(t, filepath.Join(root, c))
	}
	results, err := emit.Generate(transform.Config{Dir: root}, patterns...)
	require.NoError(t, err)
	byCase := map[string]int{}
	for _, r := range results {
		rel, err := filepath.Rel(root, r.Path)
		require.NoError(t, err)
		name := strings.Split(rel, string(filepath.Separator))[0]
		byCase[name]++
		t.Run(name+"/"+filepath.Base(r.Path), func(t *testing.T) {
			formatted, err := format.Source(r.Content)
			require.NoError(t, err)
			require.Equal(t, string(formatted), string(r.Content), "%s is not gofmt-clean", r.Path)
			if *update {
				require.NoError(t, r.Commit())
				return
			}
			want, err := os.ReadFile(r.Path)
			require.NoError(t, err, "missing golden file; run go test ./transform -run TestGolden -update")
			require.Equal(t, string(want), string(r.Content), "%s differs; if the change is intended, run go test ./transform -run TestGolden -update", r.Path)
		})
	}
	for _, c := range cases {
		require.NotZero(t, byCase[c], "case %s generated nothing", c)
	}
}

// hasOutput reports whether a case has golden output: then it must keep
// generating, -update or not.
func hasOutput(dir string) bool {
	matches, _ := filepath.Glob(filepath.Join(dir, "*_agen.go"))
	return len(matches) > 0
}

// TestDeterministic runs agen twice on cases rich in maps and sets, and
// requires the same output.
func TestDeterministic(t *testing.T) {
	for _, name := range []string{"EvalOrder", "Selects"} {
		dir, err := filepath.Abs(filepath.Join("../testdata/golden", name))
		require.NoError(t, err)
		first, err := emit.Generate(transform.Config{Dir: dir}, ".")
		require.NoError(t, err)
		again, err := emit.Generate(transform.Config{Dir: dir}, ".")
		require.NoError(t, err)
		require.Equal(t, first, again, "agen is not deterministic on %s", name)
	}
}

// failsToGenerate reports whether agen rejects the case in dir.
func failsToGenerate(dir string) bool {
	_, err := emit.Generate(transform.Config{Dir: dir}, ".")
	return err != nil
}

// checkInputsFormatted requires the case's own files to be gofmt-clean.
func checkInputsFormatted(t *testing.T, dir string) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	require.NoError(t, err)
	for _, file := range files {
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		formatted, err := format.Source(src)
		require.NoError(t, err)
		require.Equal(t, string(formatted), string(src), "%s is not gofmt-clean", file)
	}
}

func checkErrors(t *testing.T, dir, want string) {
	results, err := emit.Generate(transform.Config{Dir: dir}, ".")
	require.Error(t, err, "agen accepted a case that must fail")
	require.Empty(t, results)
	got := strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "")
	if *update {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "errors.txt"), []byte(got+"\n"), 0o666))
		return
	}
	require.Equal(t, strings.TrimSpace(want), strings.TrimSpace(got))
}
