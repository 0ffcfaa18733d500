package transform

// This file defines the hoisting of the types declared at the top level of
// a body: the frame and resume live at package level, where a type
// declared inside the body is not in scope, so such a type moves there,
// under a fresh name, generic in the body's type parameters if it uses
// them. The body's own declaration (in the user's file) stays as it is.

import (
	"go/ast"
	"go/types"
	"maps"
	"unicode"
	"unicode/utf8"
)

// A LocalType is a type declared in a body, hoisted to package level.
type LocalType struct {
	Name    string
	Obj     *types.TypeName
	Alias   bool
	Generic bool // it uses the body's type parameters, so it takes them all
	Text    Text // the type it declares
}

// typeDecl hoists the types of a declaration at the top level of the list.
func (l *lowerer) typeDecl(gen *ast.GenDecl) {
	for _, spec := range gen.Specs {
		ts := spec.(*ast.TypeSpec)
		obj, ok := l.info.Defs[ts.Name].(*types.TypeName)
		if !ok {
			continue
		}
		// Registered first: the type may refer to itself (a list node).
		lt := &LocalType{Name: l.hoistedName(obj.Name()), Obj: obj, Alias: ts.Assign.IsValid()}
		if l.m.LocalTypes == nil {
			l.m.LocalTypes = map[*types.TypeName]*LocalType{}
		}
		l.m.LocalTypes[obj] = lt
		lt.Generic = l.usesTypeParams(ts.Type)
		if embedded := l.embedsLocalType(ts.Type); embedded != nil {
			l.errorf(ts.Pos(), "type %s embeds %s, also declared inside the generator body: agen moves both to package level, which renames the embedded field; declare them at package level", obj.Name(), embedded.Name())
			l.reportLocal(obj)
			delete(l.m.LocalTypes, obj)
			continue
		}
		if ref := l.localRef(ts.Type); ref != nil {
			l.errorf(ts.Pos(), "type %s refers to %s, declared inside the generator body: agen moves the type to package level, where %s is not in scope; declare it at package level", obj.Name(), ref.Name(), ref.Name())
			l.reportLocal(obj)
			delete(l.m.LocalTypes, obj)
			continue
		}
		l.renamed[obj] = lt.Name
		if lt.Generic {
			l.renamed[obj] = lt.Name + l.typeArgs()
		}
		lt.Text = l.rewrite(ts.Type)
		l.m.Types = append(l.m.Types, lt)
	}
}

// embedsLocalType returns a hoisted type that a struct type embeds, if any.
func (l *lowerer) embedsLocalType(e ast.Expr) *types.TypeName {
	st, ok := e.(*ast.StructType)
	if !ok {
		return nil
	}
	for _, field := range st.Fields.List {
		if len(field.Names) > 0 {
			continue
		}
		t := field.Type
		if star, ok := t.(*ast.StarExpr); ok {
			t = star.X
		}
		if id, ok := t.(*ast.Ident); ok {
			if tn, ok := l.info.Uses[id].(*types.TypeName); ok && l.m.LocalTypes[tn] != nil {
				return tn
			}
		}
	}
	return nil
}

// localRef returns an object declared inside the body that e refers to and
// that is not in scope at package level: anything but the body's type
// parameters and the types hoisted before.
func (l *lowerer) localRef(e ast.Expr) types.Object {
	var found types.Object
	decl := l.gen.Decl
	ast.Inspect(e, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || found != nil {
			return found == nil
		}
		obj := l.info.Uses[id]
		if obj == nil || obj.Pos() < decl.Pos() || obj.Pos() >= decl.End() {
			return true
		}
		if tn, ok := obj.(*types.TypeName); ok {
			if _, param := tn.Type().(*types.TypeParam); param || l.m.LocalTypes[tn] != nil {
				return true
			}
		}
		if _, field := obj.(*types.Var); field && obj.(*types.Var).IsField() {
			return true
		}
		found = obj
		return false
	})
	return found
}

// usesTypeParams reports whether e mentions a type parameter, or a
// hoisted type that does.
func (l *lowerer) usesTypeParams(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if tn, ok := l.info.Uses[id].(*types.TypeName); ok {
				if _, param := tn.Type().(*types.TypeParam); param {
					found = true
				}
				if lt := l.m.LocalTypes[tn]; lt != nil && lt.Generic {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// hoistedName names a hoisted type after its generator and itself, such as
// pairsGeneratorPoint, avoiding the package's names.
func (l *lowerer) hoistedName(name string) string {
	r, size := utf8.DecodeRuneInString(name)
	base := unexported(l.gen.Type) + string(unicode.ToUpper(r)) + name[size:]
	if l.pkgNames == nil {
		l.pkgNames = newNamer(maps.Clone(l.gen.PkgNames))
	}
	return l.pkgNames.fresh(base)
}
