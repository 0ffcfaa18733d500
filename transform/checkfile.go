package transform

// This file defines CheckFile, the rules of one file that the agen
// analyzer reports: what agen itself rejects, short of generating.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// CheckFile reports the problems of the generators of a type-checked file:
// malformed directives and signatures, yielder parameters on functions
// without the directive, and the suspension points and yielder uses that
// Check rejects. Generated files report nothing.
func CheckFile(fset *token.FileSet, info *types.Info, f *ast.File) ErrorList {
	var errs ErrorList
	if ast.IsGenerated(f) {
		return nil
	}
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok {
			continue
		}
		d := findDirective(fset, fn, &errs)
		obj, _ := info.Defs[fn.Name].(*types.Func)
		if d == nil || obj == nil {
			continue
		}
		sig := obj.Type().(*types.Signature)
		if msg := checkSignature(sig); msg != "" {
			errs.Add(fset, fn.Name.Pos(), "%s", msg)
			continue
		}
		if msg := checkSpelling(fn); msg != "" {
			errs.Add(fset, fn.Type.Params.List[0].Type.Pos(), "%s", msg)
			continue
		}
		if fn.Body != nil {
			errs = append(errs, Check(fset, info, fn.Body, sig.Params().At(0))...)
		}
	}
	reportUnmarkedYielders(fset, info, f, &errs)
	return errs.Sort()
}
