package emit_test

// This file measures what generated code costs the build (issue 13, item
// 6): a package of 200 generators, generated into a directory of the
// module, then the generated lines per source line and the time of
// go build with and without the generated files. It takes tens of
// seconds, so it runs only with AGEN_BUILDCOST=1:
//
//	AGEN_BUILDCOST=1 go test -run TestBuildCost -v ./emit

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/emit"
	"github.com/agen-go/agen/transform"
)

// buildCostGenerators is the number of generators of the package.
const buildCostGenerators = 200

// buildCostSource returns the source of generator i: a deferred recover, a
// range over a slice and over a map, a switch, yields in conditions.
func buildCostSource(i int) string {
	return strings.ReplaceAll(`
// genN yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func genN(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("genN: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > N {
		y.Yield(total)
	}
	return nil
}
`, "N", fmt.Sprint(i))
}

// writeBuildCostPackage writes the package's source into dir, and returns
// its number of lines.
func writeBuildCostPackage(t *testing.T, dir string) int {
	var src bytes.Buffer
	src.WriteString("// Package buildcost is a synthetic package of generators.\npackage buildcost\n\nimport (\n\t\"fmt\"\n\n\t\"github.com/agen-go/agen/runtime/agen\"\n)\n")
	for i := range buildCostGenerators {
		src.WriteString(buildCostSource(i))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "gens.go"), src.Bytes(), 0o644))
	return bytes.Count(src.Bytes(), []byte("\n"))
}

// codeLines counts the lines of src that are neither blank nor comments.
func codeLines(src []byte) int {
	n := 0
	for _, l := range strings.Split(string(src), "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "//") {
			n++
		}
	}
	return n
}

// buildTime returns the shortest of three go builds of the package in dir,
// each made to compile it again (and only it) by a new constant.
func buildTime(t *testing.T, dir string) time.Duration {
	best := time.Duration(0)
	for run := range 3 {
		nonce := fmt.Sprintf("package buildcost\n\nconst nonce = %d\n", time.Now().UnixNano()+int64(run))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "nonce.go"), []byte(nonce), 0o644))
		cmd := exec.Command("go", "build", "-o", os.DevNull, ".")
		cmd.Dir = dir
		start := time.Now()
		out, err := cmd.CombinedOutput()
		d := time.Since(start)
		require.NoError(t, err, "%s", out)
		if best == 0 || d < best {
			best = d
		}
	}
	return best
}

// functions returns the number of functions the package in dir compiles
// to: what the compiler's back end spends its time on.
func functions(t *testing.T, dir string) int {
	archive := filepath.Join(t.TempDir(), "pkg.a")
	cmd := exec.Command("go", "build", "-o", archive, ".")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	out, err = exec.Command("go", "tool", "nm", archive).CombinedOutput()
	require.NoError(t, err, "%s", out)
	n := 0
	for _, l := range strings.Split(string(out), "\n") {
		if f := strings.Fields(l); len(f) >= 3 && (f[1] == "T" || f[1] == "t") {
			n++
		}
	}
	return n
}

func TestBuildCost(t *testing.T) {
	if os.Getenv("AGEN_BUILDCOST") == "" {
		t.Skip("set AGEN_BUILDCOST=1 to measure the build cost of 200 generators")
	}
	// Inside the module (testdata is no package of it), so that the
	// package imports the runtime.
	require.NoError(t, os.MkdirAll("testdata", 0o755))
	dir, err := os.MkdirTemp("testdata", "buildcost-")
	require.NoError(t, err)
	t.Cleanup(func() {
		os.RemoveAll(dir)
		os.Remove("testdata") // if empty
	})
	dir, err = filepath.Abs(dir)
	require.NoError(t, err)
	srcLines := writeBuildCostPackage(t, dir)

	// The bodies alone: the package without its generated files.
	bodies := time.Duration(0)
	if os.Getenv("AGEN_BUILDCOST_DUMP") == "" {
		bodies = buildTime(t, dir)
	}
	bodyFuncs := functions(t, dir)

	results, err := emit.Generate(transform.Config{Dir: dir}, ".")
	require.NoError(t, err)
	require.Len(t, results, 1)
	gen := results[0].Content
	require.NoError(t, os.WriteFile(results[0].Path, gen, 0o644))
	genLines := bytes.Count(gen, []byte("\n"))
	generated := time.Duration(0)
	if os.Getenv("AGEN_BUILDCOST_DUMP") == "" {
		generated = buildTime(t, dir)
	}
	genFuncs := functions(t, dir)

	srcCode := codeLines(mustRead(t, filepath.Join(dir, "gens.go")))
	t.Logf("%d generators: %d source lines (%d of code), %d generated lines (%d of code): %.2f generated lines per source line (%.2f of code)",
		buildCostGenerators, srcLines, srcCode, genLines, codeLines(gen), float64(genLines)/float64(srcLines), float64(codeLines(gen))/float64(srcCode))
	t.Logf("functions compiled: %d with the generated files, %d the bodies alone: %.1f per generator",
		genFuncs, bodyFuncs, float64(genFuncs-bodyFuncs)/buildCostGenerators)
	t.Logf("go build: %v with the generated files, %v the bodies alone: %.2fx", generated.Round(time.Millisecond), bodies.Round(time.Millisecond), float64(generated)/float64(bodies))
	if dump := os.Getenv("AGEN_BUILDCOST_DUMP"); dump != "" {
		// A directory to copy the package to, to look at it.
		require.NoError(t, os.WriteFile(filepath.Join(dump, "gens.go"), mustRead(t, filepath.Join(dir, "gens.go")), 0o644))
		require.NoError(t, os.WriteFile(filepath.Join(dump, "gens_agen.go"), gen, 0o644))
	}
}

func mustRead(t *testing.T, path string) []byte {
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return b
}
