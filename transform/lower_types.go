package transform

// This file defines the hoisting of the types declared at the top level of
// a body: the frame and resume live at package level, where a type
// declared inside the body is not in scope, so such a type moves there.
// The body's own declaration (in the user's file) stays as it is.
//
// A hoisted type keeps its name when the package does not use it, so that
// %T, reflection and panic messages read as they do for the body run as
// plain Go (p.pair); otherwise it gets a name derived from the body's
// (walkPair). In a generic body (or a method of a generic type) it takes
// the type parameters, whether it uses them or not: Go gives a local type
// of each instantiation an identity of its own, and prints it so
// (p.pair[int]). An alias takes them only if it uses them: it has no
// identity of its own. The length of an array type that refers to a
// constant of the body is written as its value.

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A LocalType is a type declared in a body, hoisted to package level.
type LocalType struct {
	Name    string
	Obj     *types.TypeName
	Alias   bool
	Generic bool // it takes all the type parameters of the generated types
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
		lt.Generic = l.hasTypeParams() && (!lt.Alias || l.usesTypeParams(ts.Type))
		if embedded := l.embedsRenamedType(ts.Type); embedded != nil {
			l.errorf(ts.Pos(), "type %s embeds %s, also declared inside the generator body, whose name the package uses: agen moves both to package level and renames %s, which renames the embedded field; rename %s", obj.Name(), embedded.Name(), embedded.Name(), embedded.Name())
			l.reportLocal(obj)
			delete(l.m.LocalTypes, obj)
			continue
		}
		lengths := l.constantLengths(ts.Type)
		if ref := l.localRef(ts.Type, lengths); ref != nil {
			l.errorf(ts.Pos(), "type %s refers to %s, declared inside the generator body: agen moves the type to package level, where %s is not in scope; declare it at package level", obj.Name(), ref.Name(), ref.Name())
			l.reportLocal(obj)
			delete(l.m.LocalTypes, obj)
			continue
		}
		l.renamed[obj] = lt.Name
		if lt.Generic {
			l.renamed[obj] = lt.Name + l.typeArgs()
		}
		lt.Text, _ = l.rewriteWith(ts.Type, lengths)
		l.m.Types = append(l.m.Types, lt)
		l.keepUsed(ts, lengths)
	}
}

// keepUsed keeps the variables that the replaced lengths of a hoisted type
// read (len of an array) used in resume, as the declaration used them.
func (l *lowerer) keepUsed(ts *ast.TypeSpec, lengths map[ast.Node]Text) {
	ast.Inspect(ts.Type, func(n ast.Node) bool {
		arr, ok := n.(*ast.ArrayType)
		if !ok || arr.Len == nil {
			return true
		}
		if _, replaced := lengths[arr.Len]; !replaced {
			return true
		}
		for _, v := range l.varsIn(arr.Len) {
			l.code(ts.Pos(), Join(Src("_ = "), Ref(v, RefValue)), nil)
		}
		return true
	})
}

// varsIn returns the Vars that e names.
func (l *lowerer) varsIn(e ast.Expr) []*Var {
	var vars []*Var
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := l.info.Uses[id].(*types.Var); ok && l.vars[v] != nil {
				vars = append(vars, l.vars[v])
			}
		}
		return true
	})
	return vars
}

// hasTypeParams reports whether the generated types take type parameters.
func (l *lowerer) hasTypeParams() bool {
	tps := l.gen.TypeParams()
	return tps != nil && tps.Len() > 0
}

// constantLengths returns the values that replace the lengths of the
// array types in e that refer to objects of the body (constants, or
// arrays under len): at package level those are not in scope.
func (l *lowerer) constantLengths(e ast.Expr) map[ast.Node]Text {
	subst := map[ast.Node]Text{}
	ast.Inspect(e, func(n ast.Node) bool {
		arr, ok := n.(*ast.ArrayType)
		if !ok || arr.Len == nil || !l.refersToBody(arr.Len) {
			return true
		}
		if tv, ok := l.info.Types[arr.Len]; ok && tv.Value != nil {
			subst[arr.Len] = Src(tv.Value.ExactString())
		}
		return true
	})
	return subst
}

// refersToBody reports whether e names an object declared in the body.
func (l *lowerer) refersToBody(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && l.declaredInBody(l.info.Uses[id]) {
			found = true
		}
		return !found
	})
	return found
}

// declaredInBody reports whether obj is declared in the body's function.
func (l *lowerer) declaredInBody(obj types.Object) bool {
	decl := l.gen.Decl
	return obj != nil && obj.Pos() >= decl.Pos() && obj.Pos() < decl.End()
}

// embedsRenamedType returns a hoisted type that a struct type embeds
// under a new name, if any: the field would take the new name.
func (l *lowerer) embedsRenamedType(e ast.Expr) *types.TypeName {
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
			if tn, ok := l.info.Uses[id].(*types.TypeName); ok && l.m.LocalTypes[tn] != nil && l.m.LocalTypes[tn].Name != tn.Name() {
				return tn
			}
		}
	}
	return nil
}

// localRef returns an object declared inside the body that e refers to,
// outside the nodes replaced, and that is not in scope at package level:
// anything but the body's type parameters and the types hoisted before.
func (l *lowerer) localRef(e ast.Expr, replaced map[ast.Node]Text) types.Object {
	var found types.Object
	ast.Inspect(e, func(n ast.Node) bool {
		if _, ok := replaced[n]; ok || found != nil {
			return false
		}
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		obj := l.info.Uses[id]
		if !l.declaredInBody(obj) {
			return true
		}
		if tn, ok := obj.(*types.TypeName); ok {
			if _, param := tn.Type().(*types.TypeParam); param || l.m.LocalTypes[tn] != nil {
				return true
			}
		}
		if v, ok := obj.(*types.Var); ok && v.IsField() {
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

// hoistedName returns the package-level name of a hoisted type: its own
// if the package does not use it, else one derived from the body's
// (walkPair), else a numbered one (pair2); never one that reads as a name
// agen generates (walkGeneratorFrame2). The names are the package's: two
// bodies do not hoist two types under one name.
func (l *lowerer) hoistedName(name string) string {
	if l.pkgNames == nil {
		l.pkgNames = newNamer(l.gen.PkgNames)
	}
	free := func(name string) bool { return !l.pkgNames.taken[name] && !l.isTypeParam(name) }
	if free(name) {
		return l.pkgNames.fresh(name)
	}
	r, size := utf8.DecodeRuneInString(name)
	derived := l.gen.Decl.Name.Name + string(unicode.ToUpper(r)) + name[size:]
	if free(derived) && !l.looksGenerated(derived) {
		return l.pkgNames.fresh(derived)
	}
	for i := 2; ; i++ {
		if numbered := name + strconv.Itoa(i); free(numbered) {
			return l.pkgNames.fresh(numbered)
		}
	}
}

// isTypeParam reports whether name is a type parameter of the generated
// types, which would hide a hoisted type of that name inside them.
func (l *lowerer) isTypeParam(name string) bool {
	tps := l.gen.TypeParams()
	for i := range tps.Len() {
		if tps.At(i).Obj().Name() == name {
			return true
		}
	}
	return false
}

// looksGenerated reports whether name starts like the names agen
// generates for this body.
func (l *lowerer) looksGenerated(name string) bool {
	for _, prefix := range []string{l.gen.Ctor, l.gen.Type, l.gen.FrameType} {
		if strings.HasPrefix(name, prefix) || strings.HasPrefix(name, unexported(prefix)) {
			return true
		}
	}
	return false
}
