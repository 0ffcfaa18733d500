package transform

// This file defines CheckPackage, what the agen analyzer reports: every
// error agen itself would report for a package, short of writing anything.

import (
	"go/ast"
	"go/token"
	"go/types"
	"os"

	"golang.org/x/tools/go/packages"
)

// CheckPackage reports the problems of the generators of a type-checked
// package, as agen would: malformed directives and signatures, yielder
// parameters on functions without the directive, name clashes, and
// everything checking and lowering their bodies rejects.
func CheckPackage(fset *token.FileSet, pkg *types.Package, info *types.Info, files []*ast.File) ErrorList {
	p := &Package{Pkg: &packages.Package{Types: pkg, TypesInfo: info, Syntax: files, Fset: fset}}
	for _, f := range files {
		if ast.IsGenerated(f) || !hasDirective(fset, f) {
			continue
		}
		path := fset.File(f.Pos()).Name()
		src, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		p.Files = append(p.Files, &SourceFile{Path: path, Output: OutputPath(path), Syntax: f, Src: src})
	}
	var errs ErrorList
	transformPackage(fset, p, &errs)
	return errs.Sort()
}

// hasDirective reports whether a file holds a //agen:generator directive.
func hasDirective(fset *token.FileSet, f *ast.File) bool {
	for _, decl := range f.Decls {
		if fn, ok := decl.(*ast.FuncDecl); ok && findDirective(fset, fn, &ErrorList{}) != nil {
			return true
		}
	}
	return false
}
