package transform

// This file defines the suggested fixes that come with some errors: the
// analyzer offers them (agenvet -fix, go vet -fix applies them); agen
// prints only the message.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A Fix is an edit that resolves an Error.
type Fix struct {
	Message string
	Edits   []Edit
}

// An Edit replaces the text from Pos to End (End == Pos: inserts) by New.
type Edit struct {
	Pos, End token.Pos
	New      string
}

// directiveFix marks fn //agen:generator, at the end of its doc comment
// (after a blank comment line, where gofmt keeps directives), or above it.
// It is nil when the directive would not make fn a valid generator.
func directiveFix(fn *ast.FuncDecl, sig *types.Signature) *Fix {
	if kind, _, _ := yielderOf(sig.Params().At(0).Type()); kind == notYielder || checkSignature(sig) != "" || checkSpelling(fn) != "" {
		return nil
	}
	edit := Edit{Pos: fn.Pos(), End: fn.Pos(), New: directivePrefix + "\n"}
	if fn.Doc != nil {
		edit = Edit{Pos: fn.Doc.End(), End: fn.Doc.End(), New: "\n//\n" + directivePrefix}
	}
	return &Fix{Message: "Mark " + fn.Name.Name + " //agen:generator", Edits: []Edit{edit}}
}

// generatorRange reports whether r ranges over g.All() where g has the
// methods of an agen generator (Next() (Y, bool)), and returns g.
func generatorRange(info *types.Info, r *ast.RangeStmt) (g ast.Expr, ok bool) {
	call, ok := ast.Unparen(r.X).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return nil, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "All" || info.Selections[sel] == nil {
		return nil, false
	}
	next, _, _ := types.LookupFieldOrMethod(info.TypeOf(sel.X), true, nil, "Next")
	fn, ok := next.(*types.Func)
	if !ok || !fn.Exported() {
		return nil, false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Params().Len() != 0 || sig.Results().Len() != 2 || !types.Identical(sig.Results().At(1).Type(), types.Typ[types.Bool]) {
		return nil, false
	}
	return sel.X, true
}

// asyncGeneratorRange reports whether r ranges over g.All(ctx) where g has
// the methods ANext and AClose of an agen async generator.
func asyncGeneratorRange(info *types.Info, r *ast.RangeStmt) (g, ctx ast.Expr, ok bool) {
	call, ok := ast.Unparen(r.X).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return nil, nil, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "All" || info.Selections[sel] == nil {
		return nil, nil, false
	}
	t := info.TypeOf(sel.X)
	if asyncValueType(t) == nil || !hasAClose(t) {
		return nil, nil, false
	}
	return sel.X, call.Args[0], true
}

// asyncValueType returns Y of the method ANext() agen.Awaitable[Y] of t,
// or nil.
func asyncValueType(t types.Type) types.Type { return awaitedBy(t, "ANext") }

// hasAClose reports whether t has the method AClose() agen.Awaitable[...].
func hasAClose(t types.Type) bool { return awaitedBy(t, "AClose") != nil }

// awaitedBy returns T of the method name() agen.Awaitable[T] of t, or nil.
func awaitedBy(t types.Type, name string) types.Type {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	fn, ok := obj.(*types.Func)
	if !ok {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return nil
	}
	named, ok := types.Unalias(sig.Results().At(0).Type()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != RuntimePath || named.Obj().Name() != "Awaitable" {
		return nil
	}
	return named.TypeArgs().At(0)
}
