package transform

// This file defines the errors of a load: those of the go command and of
// the type checker, with the type errors that only follow from a body the
// checks reject replaced by the reason. The stub of such a body lacks the
// constructor or type agen would generate (see stubGenerator), so that
// code of the package that calls it (a test, typically) does not
// type-check; the user must read why, not only "undefined: xGen".
//
// Guarantees: no error when the packages loaded and type-checked; else at
// least one, each positioned.

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/packages"
)

// loadErrors returns the errors of loading pkgs.
func (st *stubbed) loadErrors(fset *token.FileSet, pkgs []*packages.Package) ErrorList {
	var errs, consequences ErrorList
	illTyped := false
	for _, pkg := range pkgs {
		for _, e := range pkg.Errors {
			switch {
			case e.Kind == packages.ListError && e.Pos == "" && hasTypeErrors(pkg):
				continue // the go command's summary of the type errors
			case e.Kind == packages.TypeError && st.followsFromMissing(e.Msg):
				consequences = append(consequences, packageError(e))
				illTyped = true
				continue
			case e.Kind == packages.TypeError:
				illTyped = true
			}
			errs = append(errs, packageError(e))
		}
	}
	if !illTyped {
		return errs
	}
	causes := st.rejectedBodies(fset, pkgs)
	if len(causes) == 0 && len(st.clashes) == 0 {
		return append(errs, consequences...) // nothing explains them better
	}
	return append(errs, causes...)
}

func hasTypeErrors(pkg *packages.Package) bool {
	for _, e := range pkg.Errors {
		if e.Kind == packages.TypeError {
			return true
		}
	}
	return false
}

// followsFromMissing reports whether a type error is a use of a name the
// stubs leave out: "undefined: xGen", "undefined: p.XGen", or "v.xGen
// undefined (type T has no field or method xGen)".
func (st *stubbed) followsFromMissing(msg string) bool {
	for _, names := range st.missing {
		for _, name := range names {
			if msg == "undefined: "+name ||
				strings.HasPrefix(msg, "undefined: ") && strings.HasSuffix(msg, "."+name) ||
				strings.Contains(msg, " undefined (type ") && strings.HasSuffix(msg, " has no field or method "+name+")") {
				return true
			}
		}
	}
	return false
}

// rejectedBodies returns why the checks reject the bodies whose stubs
// lack names, as far as the ill-typed packages tell.
func (st *stubbed) rejectedBodies(fset *token.FileSet, pkgs []*packages.Package) ErrorList {
	var errs ErrorList
	seen := map[token.Position]bool{}
	for _, pkg := range pkgs {
		if pkg.TypesInfo == nil {
			continue
		}
		for _, f := range pkg.Syntax {
			for _, decl := range f.Decls {
				fn, ok := decl.(*ast.FuncDecl)
				if !ok {
					continue
				}
				at := fset.Position(fn.Name.Pos())
				if _, missing := st.missing[at]; !missing || seen[at] {
					continue
				}
				seen[at] = true
				errs = append(errs, rejectedBody(fset, pkg.TypesInfo, fn)...)
			}
		}
	}
	return errs
}

// rejectedBody returns what the checks reject in the declaration of fn.
func rejectedBody(fset *token.FileSet, info *types.Info, fn *ast.FuncDecl) ErrorList {
	var errs ErrorList
	obj, ok := info.Defs[fn.Name].(*types.Func)
	if !ok || !checkDecl(fset, fn, obj, &errs) {
		return errs
	}
	g := &Generator{Decl: fn, Func: obj, Sig: obj.Type().(*types.Signature)}
	checkTypeParams(fset, g, &errs)
	return errs
}
