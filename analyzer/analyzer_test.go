package analyzer_test

// This file tests the analyzer with analysistest, on testdata/analyzer.

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/agen-go/agen/analyzer"
	"github.com/agen-go/agen/internal/gotest"
	"github.com/agen-go/agen/transform"
)

func TestAnalyzer(t *testing.T) {
	dir, err := filepath.Abs("../testdata/analyzer")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, analyzer.Analyzer, "a")
}

func TestDocHasTitle(t *testing.T) {
	title, _, _ := strings.Cut(analyzer.Analyzer.Doc, "\n\n")
	if !strings.HasPrefix(title, "agen: ") || len(title) > 70 {
		t.Errorf("Doc title = %q, want \"agen: <summary>\"", title)
	}
}

func TestSuggestedFixes(t *testing.T) {
	dir, err := filepath.Abs("../testdata/analyzer")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.Analyzer, "fixes")
}

// TestStaleGeneratedCode writes the generated file of testdata/analyzer/stale
// with the fingerprints of its bodies as they were: fresh's as it is, the
// others' before an edit (the body, the receiver, the directive's options).
func TestStaleGeneratedCode(t *testing.T) {
	src, err := filepath.Abs("../testdata/analyzer")
	require.NoError(t, err)
	dir := t.TempDir()
	gotest.CopyDir(t, filepath.Join(src, "src/github.com"), filepath.Join(dir, "src/github.com"))
	pkg := filepath.Join(dir, "src/stale")
	gotest.CopyDir(t, filepath.Join(src, "stale"), pkg)
	path := filepath.Join(pkg, "stale.go")
	content, err := os.ReadFile(path)
	require.NoError(t, err)

	// The bodies as they were generated.
	old := strings.NewReplacer("y.Yield(2)", "y.Yield(-2)", "func (l *list)", "func (l list)", "func=renamedGen", "").Replace(string(content))
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, old, parser.ParseComments)
	require.NoError(t, err)
	generated := transform.Header + "\n\npackage stale\n"
	for _, decl := range f.Decls {
		if fn, ok := decl.(*ast.FuncDecl); ok && fn.Name.Name != "added" {
			generated += "\n" + transform.FingerprintComment(fset, []byte(old), fn) + "\nfunc _() {}\n"
		}
	}
	require.NoError(t, os.WriteFile(filepath.Join(pkg, "stale_agen.go"), []byte(generated), 0o666))
	assert.Contains(t, generated, "//agen:fingerprint list.each")
	analysistest.Run(t, dir, analyzer.Analyzer, "stale")
}
