package transform

// This file defines the walk over the names a type is written with, shared
// by the checks that a generated file can name a type and by emit.

import "go/types"

// Nameable reports whether code in the package at path can name obj.
func Nameable(obj *types.TypeName, path string) bool {
	return obj.Pkg() == nil || obj.Pkg().Path() == path || obj.Exported()
}

// WalkTypeNames calls visit with each named type and alias that t is
// written with in the package at path, until visit returns false. An alias
// that package cannot name is written as the type it stands for. Each type
// is visited once.
func WalkTypeNames(t types.Type, path string, visit func(*types.TypeName) bool) {
	w := &typeWalker{path: path, visit: visit, seen: map[types.Type]bool{}}
	w.walk(t)
}

type typeWalker struct {
	path    string
	visit   func(*types.TypeName) bool
	seen    map[types.Type]bool
	stopped bool
}

func (w *typeWalker) walk(t types.Type) {
	if t == nil || w.stopped || w.seen[t] {
		return
	}
	w.seen[t] = true
	switch t := t.(type) {
	case *types.Alias:
		if !Nameable(t.Obj(), w.path) {
			w.walk(types.Unalias(t))
			return
		}
		w.name(t.Obj(), t.TypeArgs())
	case *types.Named:
		w.name(t.Obj(), t.TypeArgs())
	case *types.Pointer:
		w.walk(t.Elem())
	case *types.Slice:
		w.walk(t.Elem())
	case *types.Array:
		w.walk(t.Elem())
	case *types.Map:
		w.walk(t.Key())
		w.walk(t.Elem())
	case *types.Chan:
		w.walk(t.Elem())
	case *types.Struct:
		for i := range t.NumFields() {
			w.walk(t.Field(i).Type())
		}
	case *types.Signature:
		w.walk(t.Params())
		w.walk(t.Results())
	case *types.Tuple:
		for i := range t.Len() {
			w.walk(t.At(i).Type())
		}
	case *types.Interface:
		for i := range t.NumEmbeddeds() {
			w.walk(t.EmbeddedType(i))
		}
		for i := range t.NumExplicitMethods() {
			w.walk(t.ExplicitMethod(i).Type())
		}
	}
}

// name visits a type name and walks its type arguments.
func (w *typeWalker) name(obj *types.TypeName, args *types.TypeList) {
	if !w.visit(obj) {
		w.stopped = true
		return
	}
	for i := range args.Len() {
		w.walk(args.At(i))
	}
}
