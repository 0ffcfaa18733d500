package analyzer

// This file defines the mapping of transform's positions back to token.Pos.

import (
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/agen-go/agen/transform"
)

// position returns the token.Pos of e's file:line:col in the pass.
func position(pass *analysis.Pass, e *transform.Error) token.Pos {
	var pos token.Pos
	pass.Fset.Iterate(func(f *token.File) bool {
		if f.Name() != e.Pos.Filename || e.Pos.Line > f.LineCount() {
			return true
		}
		pos = f.LineStart(e.Pos.Line) + token.Pos(e.Pos.Column-1)
		return false
	})
	return pos
}
