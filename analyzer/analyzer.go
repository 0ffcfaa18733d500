package analyzer

// This file defines the Analyzer, a thin shell over transform.CheckFile,
// so that agen and the analyzer share one rule set.

import (
	_ "embed"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/agen-go/agen/transform"
)

//go:embed doc.go
var doc string

// Analyzer reports generator bodies agen would reject.
var Analyzer = &analysis.Analyzer{
	Name: "agen",
	Doc:  analyzerDoc(doc, "agen"),
	URL:  "https://pkg.go.dev/github.com/agen-go/agen/analyzer",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	fixed := map[transform.Edit]bool{}
	errs := transform.CheckPackage(pass.Fset, pass.Pkg, pass.TypesInfo, pass.Files)
	for _, e := range errs {
		pass.Report(analysis.Diagnostic{Pos: e.At, Message: e.Msg, SuggestedFixes: suggestedFixes(e.Fix, fixed)})
	}
	// Generated code that is missing or stale, for the bodies agen accepts.
	for _, e := range transform.CheckGenerated(pass.Fset, pass.Files, errs) {
		pass.Report(analysis.Diagnostic{Pos: e.At, Message: e.Msg})
	}
	return nil, nil
}

// suggestedFixes converts the fix of an error, unless an earlier error
// offered the same edits (two yields in one loop share its fix).
func suggestedFixes(fix *transform.Fix, fixed map[transform.Edit]bool) []analysis.SuggestedFix {
	if fix == nil || fixed[fix.Edits[0]] {
		return nil
	}
	edits := make([]analysis.TextEdit, len(fix.Edits))
	for i, e := range fix.Edits {
		fixed[e] = true
		edits[i] = analysis.TextEdit{Pos: e.Pos, End: e.End, NewText: []byte(e.New)}
	}
	return []analysis.SuggestedFix{{Message: fix.Message, TextEdits: edits}}
}

// analyzerDoc extracts the section "# Analyzer name" of a package doc
// comment: its title line, a blank line, and its text.
func analyzerDoc(src, name string) string {
	var lines []string
	in := false
	for _, line := range strings.Split(src, "\n") {
		text, ok := strings.CutPrefix(line, "//")
		if !ok {
			break
		}
		text = strings.TrimPrefix(text, " ")
		switch {
		case text == "# Analyzer "+name:
			in = true
			continue
		case in && strings.HasPrefix(text, "# "):
			in = false
		}
		if in {
			lines = append(lines, text)
		}
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}
