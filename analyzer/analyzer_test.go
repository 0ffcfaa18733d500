package analyzer_test

// This file tests the analyzer with analysistest, on testdata/analyzer.

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/agen-go/agen/analyzer"
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
