package main

// This file runs the program with virtual time, and checks that agen and
// agenvet's analyzer refuse its body as a generator, at its yield.

import (
	"bytes"
	"context"
	"errors"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/agen-go/agen/analyzer"
	"github.com/agen-go/agen/emit"
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/transform"
)

// The program with the delays of main, on a loop with virtual time.
func Example() {
	if err := run(context.Background(), os.Stdout, agen.NewLoop(agen.WithVirtualTime()), 100*time.Millisecond); err != nil {
		panic(err)
	}
	// Output:
	// got 1
	// Close: agen: generator ignored close: yield in a deferred call while closing
	// ErrIgnoredClose: true
	// then Next: agen: no more values
}

// refused is the package holding the body as a generator.
const refused = "testdata/refused/refused.go"

// wantMessage starts the message of both tools.
const wantMessage = "Yield inside a deferred function is not supported: deferred calls run while the generator closes"

// yieldPosition returns the position of the yield in the deferred function
// of the refused body.
func yieldPosition(t *testing.T) token.Position {
	src, err := os.ReadFile(refused)
	require.NoError(t, err)
	offset := bytes.Index(src, []byte("y.Yield(2)"))
	require.Positive(t, offset)
	line := bytes.Count(src[:offset], []byte("\n")) + 1
	column := offset - bytes.LastIndexByte(src[:offset], '\n')
	abs, err := filepath.Abs(refused)
	require.NoError(t, err)
	return token.Position{Filename: abs, Line: line, Column: column}
}

// position returns p with an absolute file name and no offset.
func position(t *testing.T, p token.Position) token.Position {
	abs, err := filepath.Abs(p.Filename)
	require.NoError(t, err)
	return token.Position{Filename: abs, Line: p.Line, Column: p.Column}
}

// agen refuses the body, with one error at the yield.
func TestAgenRefuses(t *testing.T) {
	results, err := emit.Generate(transform.Config{}, "./testdata/refused")
	require.Error(t, err)
	require.Empty(t, results, "nothing to write")
	var errs transform.ErrorList
	require.True(t, errors.As(err, &errs), "%T: %v", err, err)
	require.Len(t, errs, 1, "%v", err)
	require.Equal(t, yieldPosition(t), position(t, errs[0].Pos))
	require.True(t, strings.HasPrefix(errs[0].Msg, wantMessage), errs[0].Msg)
}

// agenvet's analyzer reports the body, with one diagnostic at the yield.
func TestAnalyzerReports(t *testing.T) {
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax}, "./testdata/refused")
	require.NoError(t, err)
	require.Len(t, pkgs, 1)
	require.Empty(t, pkgs[0].Errors, "the package compiles")
	graph, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, pkgs, nil)
	require.NoError(t, err)
	var diags []analysis.Diagnostic
	for _, act := range graph.Roots {
		require.NoError(t, act.Err)
		diags = append(diags, act.Diagnostics...)
	}
	require.Len(t, diags, 1)
	require.Equal(t, yieldPosition(t), position(t, pkgs[0].Fset.Position(diags[0].Pos)))
	require.True(t, strings.HasPrefix(diags[0].Message, wantMessage), diags[0].Message)
}

// The program runs the very body that agen refuses.
func TestSameBody(t *testing.T) {
	body := func(path string, find func(ast.Decl) *ast.BlockStmt) string {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, 0)
		require.NoError(t, err)
		for _, d := range f.Decls {
			if b := find(d); b != nil {
				var out strings.Builder
				require.NoError(t, printer.Fprint(&out, fset, b))
				return out.String()
			}
		}
		t.Fatalf("no unsafeBody in %s", path)
		return ""
	}
	mine := body("unsafe.go", func(d ast.Decl) *ast.BlockStmt {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
			if v := g.Specs[0].(*ast.ValueSpec); v.Names[0].Name == "unsafeBody" {
				return v.Values[0].(*ast.FuncLit).Body
			}
		}
		return nil
	})
	theirs := body(refused, func(d ast.Decl) *ast.BlockStmt {
		if f, ok := d.(*ast.FuncDecl); ok && f.Name.Name == "unsafeBody" {
			return f.Body
		}
		return nil
	})
	require.Equal(t, theirs, mine)
}
