package transform

// This file defines the implicit conversions to interfaces that gc
// evaluates in order with calls. The Go spec leaves unspecified when a
// plain operand is read relative to the calls of its expression; gc reads
// most after them, but copies a struct value converted to an interface
// through its address (cmd/compile/internal/walk: dataWordFuncName,
// addrTemp) where the conversion stands. Lowering follows gc in the cases
// tested (structs early; arrays, booleans, pointers, numbers, strings and
// slices late), so that the generated code reads what the body compiled by
// gc reads.

import (
	"go/ast"
	"go/types"
	"runtime"
)

// noteConversions records the types the operands of e convert to: the
// parameters of a call, the elements of a composite literal.
func (l *lowerer) noteConversions(e ast.Expr) {
	switch e := e.(type) {
	case *ast.CallExpr:
		sig, ok := under(l.info.TypeOf(e.Fun)).(*types.Signature)
		if !ok {
			return
		}
		params := sig.Params()
		for i, arg := range e.Args {
			switch {
			case sig.Variadic() && i >= params.Len()-1 && !e.Ellipsis.IsValid():
				l.convertTo(arg, params.At(params.Len()-1).Type().(*types.Slice).Elem())
			case i < params.Len():
				l.convertTo(arg, params.At(i).Type())
			}
		}
	case *ast.CompositeLit:
		var key, elem types.Type
		switch t := under(l.info.TypeOf(e)).(type) {
		case *types.Slice:
			elem = t.Elem()
		case *types.Array:
			elem = t.Elem()
		case *types.Map:
			key, elem = t.Key(), t.Elem()
		}
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if key != nil {
					l.convertTo(kv.Key, key)
				}
				if elem != nil {
					l.convertTo(kv.Value, elem)
				}
			} else if elem != nil {
				l.convertTo(elt, elem)
			}
		}
	}
}

// convertTo records that e converts to t.
func (l *lowerer) convertTo(e ast.Expr, t types.Type) {
	if t == nil || !types.IsInterface(t) {
		return
	}
	if l.convTo == nil {
		l.convTo = map[ast.Expr]types.Type{}
	}
	l.convTo[e] = t
}

// convertedByAddress reports whether e converts to an interface through
// its address.
func (l *lowerer) convertedByAddress(e ast.Expr) bool {
	if _, ok := l.convTo[e]; !ok {
		return false
	}
	tv, ok := l.info.Types[e]
	if !ok || tv.Value != nil || tv.IsNil() || types.IsInterface(tv.Type) {
		return false
	}
	_, isStruct := tv.Type.Underlying().(*types.Struct)
	return isStruct && byAddress(tv.Type)
}

var gcSizes = types.SizesFor("gc", runtime.GOARCH)

// byAddress mirrors gc's dataWordFuncName: which values convert to an
// interface through their address.
func byAddress(t types.Type) (yes bool) {
	defer func() {
		if recover() != nil {
			yes = false // a type parameter: its size is unknown
		}
	}()
	size, align := gcSizes.Sizeof(t), gcSizes.Alignof(t)
	switch {
	case size == 2 && align == 2:
		return false
	case size == 4 && align == 4 && !hasPointers(t):
		return false
	case size == 8 && align == 8 && !hasPointers(t):
		return false
	}
	if c := soleComponent(t); c != nil {
		switch c.Underlying().(type) {
		case *types.Slice:
			return false
		case *types.Basic:
			if c.Underlying().(*types.Basic).Info()&types.IsString != 0 {
				return false
			}
		}
	}
	return true
}

// soleComponent returns the one component of t, through structs of one
// field and arrays of one element.
func soleComponent(t types.Type) types.Type {
	for {
		switch u := t.Underlying().(type) {
		case *types.Struct:
			if u.NumFields() != 1 {
				return nil
			}
			t = u.Field(0).Type()
		case *types.Array:
			if u.Len() != 1 {
				return nil
			}
			t = u.Elem()
		default:
			return t
		}
	}
}

// hasPointers reports whether values of t hold pointers.
func hasPointers(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0 || u.Kind() == types.UnsafePointer
	case *types.Struct:
		for i := range u.NumFields() {
			if hasPointers(u.Field(i).Type()) {
				return true
			}
		}
		return false
	case *types.Array:
		return u.Len() > 0 && hasPointers(u.Elem())
	}
	return true
}
