package transform

// This file defines Generator, one annotated body with its types and the
// names generated for it, and finds the generators of a package.

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"path/filepath"
	"slices"
	"strings"
)

// A Generator is a function marked //agen:generator, checked.
type Generator struct {
	File    *SourceFile
	Decl    *ast.FuncDecl
	Func    *types.Func
	Sig     *types.Signature
	Async   bool
	Yielder *types.Var // the first parameter
	Y, S    types.Type

	Ctor      string // the constructor
	Type      string // the handle type
	FrameType string // the frame type
	DeferType string // the type of deferred-call records

	// Fingerprint is the comment that records the body's fingerprint in
	// the generated file (fingerprint.go).
	Fingerprint string

	// PkgNames are the names taken at package level: the package's own
	// declarations and the names generated for every generator.
	PkgNames map[string]bool
}

// TypeParams returns the type parameters of the generated types: the
// body's own, or its receiver's.
func (g *Generator) TypeParams() *types.TypeParamList {
	if g.Sig.Recv() != nil {
		return g.Sig.RecvTypeParams()
	}
	return g.Sig.TypeParams()
}

// findGenerators returns the generators of a package and reports malformed
// directives and signatures, name clashes, and yielder parameters on
// functions without the directive.
func findGenerators(fset *token.FileSet, pkg *Package, errs *ErrorList) []*Generator {
	info := pkg.Pkg.TypesInfo
	var gens []*Generator
	for _, file := range pkg.Files {
		for _, decl := range file.Syntax.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			d := findDirective(fset, fn, errs)
			obj, _ := info.Defs[fn.Name].(*types.Func)
			if obj == nil || d == nil || !checkDecl(fset, fn, obj, errs) {
				continue
			}
			g := newGenerator(file, fn, obj, d)
			g.Fingerprint = FingerprintComment(fset, file.Src, fn)
			gens = append(gens, g)
		}
	}
	for _, f := range pkg.Pkg.Syntax {
		reportUnmarkedYielders(fset, info, f, errs)
	}
	checkNames(fset, pkg, gens, errs)
	if len(gens) > 0 {
		checkPredeclared(fset, pkg.Pkg.Types, errs)
	}
	for _, g := range gens {
		checkTypeParams(fset, g, errs)
		checkValueTypes(fset, g, errs)
	}
	names := packageNames(fset, pkg)
	for _, g := range gens {
		for _, name := range []string{g.Ctor, g.Type, g.FrameType, g.DeferType} {
			names[name] = true
		}
		g.PkgNames = names
	}
	return gens
}

// packageNames returns the names a new package-level declaration must not
// take: the package's own, those its files import (Go forbids a name in
// both the package and a file block), those of the packages generated
// code imports, and the predeclared ones (which it would hide).
func packageNames(fset *token.FileSet, pkg *Package) map[string]bool {
	names := map[string]bool{}
	scope := pkg.Pkg.Types.Scope()
	for _, name := range scope.Names() {
		if !isStubbed(fset, scope.Lookup(name).Pos()) {
			names[name] = true
		}
	}
	for _, f := range pkg.Pkg.Syntax {
		for _, imp := range f.Imports {
			if pn := pkg.Pkg.TypesInfo.PkgNameOf(imp); pn != nil {
				names[pn.Name()] = true
			}
		}
	}
	for _, name := range append(scaffoldNames, types.Universe.Names()...) {
		names[name] = true
	}
	return names
}

// checkDecl reports what is wrong with the declaration of fn, a function
// marked //agen:generator: its signature, the spelling of its yielder, a
// missing body. It returns whether there is nothing.
func checkDecl(fset *token.FileSet, fn *ast.FuncDecl, obj *types.Func, errs *ErrorList) bool {
	sig := obj.Type().(*types.Signature)
	if msg := checkSignature(sig); msg != "" {
		errs.Add(fset, fn.Name.Pos(), "%s", msg)
		return false
	}
	if msg := checkSpelling(fn); msg != "" {
		errs.Add(fset, fn.Type.Params.List[0].Type.Pos(), "%s", msg)
		return false
	}
	if fn.Body == nil {
		errs.Add(fset, fn.Name.Pos(), "a generator body must have a body")
		return false
	}
	return true
}

func newGenerator(file *SourceFile, fn *ast.FuncDecl, obj *types.Func, d *directive) *Generator {
	sig := obj.Type().(*types.Signature)
	yielder := sig.Params().At(0)
	kind, y, s := yielderOf(yielder.Type())
	g := &Generator{
		File: file, Decl: fn, Func: obj, Sig: sig,
		Async: kind == asyncYielder, Yielder: yielder, Y: y, S: s,
	}
	g.Ctor, g.Type = d.names(fn)
	g.FrameType = unexported(g.Type) + "Frame"
	g.DeferType = unexported(g.Type) + "Defer"
	return g
}

// reportUnmarkedYielders reports functions that take a yielder without
// being marked: nothing could run them as generators.
func reportUnmarkedYielders(fset *token.FileSet, info *types.Info, f *ast.File, errs *ErrorList) {
	if ast.IsGenerated(f) {
		return
	}
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || findDirective(fset, fn, &ErrorList{}) != nil {
			continue
		}
		obj, _ := info.Defs[fn.Name].(*types.Func)
		if obj == nil {
			continue
		}
		params := obj.Type().(*types.Signature).Params()
		for i := range params.Len() {
			if kind, _, _ := yielderOf(params.At(i).Type()); kind != notYielder {
				errs.Add(fset, fn.Name.Pos(), "%s takes an agen yielder but is not marked //agen:generator: only a generator body can yield", fn.Name.Name).Fix =
					directiveFix(fn, obj.Type().(*types.Signature))
				break
			}
		}
	}
}

// checkNames reports generated names that clash with each other or with
// the package's own declarations, as the stubs' claims do (claims.go).
func checkNames(fset *token.FileSet, pkg *Package, gens []*Generator, errs *ErrorList) {
	declared := map[string]token.Pos{}
	scope := pkg.Pkg.Types.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !isStubbed(fset, obj.Pos()) {
			declared[name] = obj.Pos()
		}
	}
	byDecl := map[*ast.FuncDecl]*Generator{}
	decls := make([]*ast.FuncDecl, len(gens))
	for i, g := range gens {
		byDecl[g.Decl], decls[i] = g, g.Decl
		declareMembers(fset, declared, g)
	}
	sortDecls(fset, decls)
	claims := newNameClaims(declared)
	for _, decl := range decls {
		g := byDecl[decl]
		recv := ""
		if g.Sig.Recv() != nil {
			recv = recvTypeName(g.Decl)
		}
		claims.claimAll(fset, generatedNames(g.Decl, recv, g.Ctor, g.Type), errs)
	}
}

// declareMembers adds to declared the methods and fields of the receiver
// type of a generator method, as T.name.
func declareMembers(fset *token.FileSet, declared map[string]token.Pos, g *Generator) {
	if g.Sig.Recv() == nil {
		return
	}
	named, ok := derefNamed(g.Sig.Recv().Type()).(*types.Named)
	if !ok {
		return
	}
	prefix := recvTypeName(g.Decl) + "."
	for i := range named.NumMethods() {
		if m := named.Method(i); !isStubbed(fset, m.Pos()) {
			declared[prefix+m.Name()] = m.Pos()
		}
	}
	if st, ok := named.Underlying().(*types.Struct); ok {
		for i := range st.NumFields() {
			declared[prefix+st.Field(i).Name()] = st.Field(i).Pos()
		}
	}
}

// predeclaredUsed are the predeclared identifiers generated code writes.
var predeclaredUsed = []string{
	"any", "append", "bool", "error", "false", "int", "len", "new", "nil",
	"panic", "recover", "rune", "string", "true",
}

// checkPredeclared reports package-level declarations that hide a
// predeclared identifier generated code uses, unless they mean the same
// type.
func checkPredeclared(fset *token.FileSet, pkg *types.Package, errs *ErrorList) {
	for _, name := range predeclaredUsed {
		obj := pkg.Scope().Lookup(name)
		if obj == nil || isStubbed(fset, obj.Pos()) {
			continue
		}
		if tn, ok := obj.(*types.TypeName); ok && tn.IsAlias() && types.Identical(tn.Type(), types.Universe.Lookup(name).Type()) {
			continue // type any = interface{}
		}
		errs.Add(fset, obj.Pos(), "%s hides the predeclared %s, which the code agen generates in this package uses; rename it", name, name)
	}
}

// scaffoldParams are the names generated methods use for their receivers,
// parameters and locals, and the packages they name: a type parameter of
// the same name would hide them.
var scaffoldParams = map[string]bool{
	"g": true, "v": true, "err": true, "sent": true, "ok": true, "value": true, "yield": true,
	"h": true, "d": true, "p": true, "i": true, "defers": true, "panicking": true,
	"context": true, "io": true, "iter": true, "agen": true, "runtime": true,
}

// checkTypeParams reports type parameters agen cannot name in the types it
// generates: blank ones, and those named like its own identifiers.
func checkTypeParams(fset *token.FileSet, g *Generator, errs *ErrorList) {
	tps := g.TypeParams()
	if tps == nil {
		return
	}
	for i := range tps.Len() {
		tp := tps.At(i).Obj()
		switch {
		case tp.Name() == "_":
			errs.Add(fset, g.Decl.Name.Pos(), "a blank type parameter is not supported in a generator; name it")
		case scaffoldParams[tp.Name()]:
			errs.Add(fset, tp.Pos(), "type parameter %s clashes with a name of the code agen generates; rename it", tp.Name())
		}
	}
}

// handleNames are the receivers, parameters and locals of the generated
// methods of a sync generator that name the yielded or sent type in their
// bodies; asyncHandleNames, those of an async generator.
var (
	handleNames      = map[string]bool{"g": true, "err": true}
	asyncHandleNames = map[string]bool{"g": true, "err": true, "f": true, "v": true, "h": true, "w": true, "ctx": true, "ready": true, "sent": true}
)

// checkValueTypes reports a type or package that the yielded or sent type
// is written with under a name of the generated methods' own identifiers,
// which would hide it in them.
func checkValueTypes(fset *token.FileSet, g *Generator, errs *ErrorList) {
	if g.File == nil || g.Y == nil {
		return
	}
	path := g.Func.Pkg().Path()
	imported := map[string]string{} // import path -> name in the file
	for _, spec := range g.File.Syntax.Imports {
		if spec.Name != nil {
			imported[strings.Trim(spec.Path.Value, `"`)] = spec.Name.Name
		}
	}
	clashes := map[string]bool{}
	visit := func(tn *types.TypeName) bool {
		name := tn.Name()
		if _, param := tn.Type().(*types.TypeParam); param {
			return true // checkTypeParams
		}
		if tn.Pkg() != nil && tn.Pkg().Path() != path {
			name = tn.Pkg().Name()
			if n, ok := imported[tn.Pkg().Path()]; ok {
				name = n
			}
		}
		if tn.Pkg() != nil && (handleNames[name] || g.Async && asyncHandleNames[name]) {
			clashes[name] = true
		}
		return true
	}
	WalkTypeNames(g.Y, path, visit)
	WalkTypeNames(g.S, path, visit)
	for _, name := range slices.Sorted(maps.Keys(clashes)) {
		errs.Add(fset, g.Decl.Type.Params.List[0].Type.Pos(),
			"%s, which the yielded or sent type names, clashes with a name of the code agen generates; rename it", name)
	}
}

// isStubbed reports whether pos lies in a stub of a generated file.
func isStubbed(fset *token.FileSet, pos token.Pos) bool {
	if !pos.IsValid() {
		return false
	}
	name := filepath.Base(fset.PositionFor(pos, false).Filename)
	return strings.HasSuffix(name, "_agen.go") || strings.Contains(name, "_agen_")
}

func derefNamed(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return types.Unalias(p.Elem())
	}
	return types.Unalias(t)
}
