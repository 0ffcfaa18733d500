package transform

// This file defines the fingerprints that tie generated code to the body it
// was generated from: agen records one per generator in the generated file
// (//agen:fingerprint NAME HASH), and the analyzer compares it with the
// body as it is now, so that a body edited without running go generate is
// reported, not silently run in its old form.

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/ast"
	"go/token"
	"os"
	"strings"
)

// fingerprintPrefix starts the comment that records a fingerprint.
const fingerprintPrefix = "//agen:fingerprint "

// Fingerprint returns the fingerprint of the generator body fn of the file
// whose content is src: a hash of its directive's options, the line it
// starts on (the generated //line directives name the body's lines) and
// its text from func to the closing brace. Its doc comment does not count.
func Fingerprint(fset *token.FileSet, src []byte, fn *ast.FuncDecl) string {
	d := findDirective(fset, fn, &ErrorList{})
	tf := fset.File(fn.Pos())
	h := sha256.New()
	if d != nil {
		fmt.Fprintf(h, "func=%s type=%s\n", d.funcName, d.typeName)
	}
	fmt.Fprintf(h, "line %d\n", fset.Position(fn.Pos()).Line)
	h.Write(src[tf.Offset(fn.Pos()):tf.Offset(fn.End())])
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// FingerprintComment returns the comment that records fn's fingerprint in
// its generated file, under the key of bodyKey.
func FingerprintComment(fset *token.FileSet, src []byte, fn *ast.FuncDecl) string {
	return fingerprintPrefix + bodyKey(fn) + " " + Fingerprint(fset, src, fn)
}

// bodyKey names a body uniquely in its package: fib, List.walk (a method
// with a pointer receiver too, so that changing the receiver's kind makes
// the body stale, not missing).
func bodyKey(fn *ast.FuncDecl) string {
	if fn.Recv == nil || len(fn.Recv.List) == 0 {
		return fn.Name.Name
	}
	recv, _ := recvName(fn.Recv.List[0].Type)
	return recv + "." + fn.Name.Name
}

// BodyName names a body the way Go names a function or method in
// messages: fib, List.walk, (*List).walk.
func BodyName(fn *ast.FuncDecl) string {
	if fn.Recv == nil || len(fn.Recv.List) == 0 {
		return fn.Name.Name
	}
	name, ptr := recvName(fn.Recv.List[0].Type)
	if ptr {
		return "(*" + name + ")." + fn.Name.Name
	}
	return name + "." + fn.Name.Name
}

// recvName returns the name of a receiver's type, and whether the
// receiver is a pointer.
func recvName(t ast.Expr) (name string, ptr bool) {
	star, ptr := ast.Unparen(t).(*ast.StarExpr)
	if ptr {
		t = star.X
	}
	switch x := ast.Unparen(t).(type) {
	case *ast.IndexExpr:
		t = x.X
	case *ast.IndexListExpr:
		t = x.X
	}
	if id, ok := ast.Unparen(t).(*ast.Ident); ok {
		return id.Name, ptr
	}
	return "?", ptr
}

// CheckGenerated reports each generator of files whose generated code is
// missing or was generated from another version of its body or options.
// It looks for the generated file of each source among files, so that it
// sees what the build sees. Generators with an error among known (which
// agen would report instead) are left out.
func CheckGenerated(fset *token.FileSet, files []*ast.File, known ErrorList) ErrorList {
	prints := recordedFingerprints(fset, files)
	var errs ErrorList
	for _, f := range files {
		if ast.IsGenerated(f) || !hasDirective(fset, f) {
			continue
		}
		path := fset.File(f.Pos()).Name()
		src, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		recorded, generated := prints[OutputPath(path)]
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || findDirective(fset, fn, &ErrorList{}) == nil || hasError(fn, known) {
				continue
			}
			name := BodyName(fn)
			switch print, ok := recorded[bodyKey(fn)]; {
			case !generated || !ok:
				errs.Add(fset, fn.Name.Pos(), "no generated code for %s; run go generate", name)
			case print != Fingerprint(fset, src, fn):
				errs.Add(fset, fn.Name.Pos(), "generated code for %s is stale; run go generate", name)
			}
		}
	}
	return errs.Sort()
}

// recordedFingerprints returns the fingerprints recorded in the files agen
// generated, by file path and body name.
func recordedFingerprints(fset *token.FileSet, files []*ast.File) map[string]map[string]string {
	prints := map[string]map[string]string{}
	for _, f := range files {
		if len(f.Comments) == 0 || f.Comments[0].List[0].Text != Header {
			continue
		}
		recorded := map[string]string{}
		for _, group := range f.Comments {
			for _, c := range group.List {
				if rest, ok := strings.CutPrefix(c.Text, fingerprintPrefix); ok {
					if name, print, ok := strings.Cut(rest, " "); ok {
						recorded[name] = print
					}
				}
			}
		}
		prints[fset.File(f.Pos()).Name()] = recorded
	}
	return prints
}

// hasError reports whether an error of errs is inside fn or its doc
// comment.
func hasError(fn *ast.FuncDecl, errs ErrorList) bool {
	start := fn.Pos()
	if fn.Doc != nil {
		start = fn.Doc.Pos()
	}
	for _, e := range errs {
		if start <= e.At && e.At < fn.End() {
			return true
		}
	}
	return false
}
