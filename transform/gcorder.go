package transform

// This file defines which operands gc evaluates where they stand, in order
// with the calls around them, rather than with the plain operands after
// the calls of their expression (cmd/compile/internal/walk/order.go):
// lowering evaluates those into temporaries before a later suspension
// point, and leaves the others in place. Interface conversions, which gc
// orders by a rule of their own, are in convert.go; transform/doc.go
// lists the rules.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// ordered reports whether gc evaluates e where it stands, in order with
// the calls around it, rather than with the plain operands after them.
func (l *lowerer) ordered(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if tv, ok := l.info.Types[e.Fun]; ok && tv.IsType() {
			return l.copiesString(e, tv.Type)
		}
		if b, ok := l.info.Uses[calleeIdent(e.Fun)].(*types.Builtin); ok {
			// gc evaluates these in order with calls; the others are
			// read with the plain operands.
			switch b.Name() {
			case "len", "cap", "copy", "append", "make", "new", "min", "max", "complex", "real", "imag", "recover":
				return true
			}
			return false
		}
		return true
	case *ast.UnaryExpr:
		return e.Op == token.ARROW
	case *ast.TypeAssertExpr:
		// gc evaluates a type assertion, which may panic, in order with
		// the calls around it, unless it yields a pointer-shaped value
		// (with -race, always).
		return e.Type != nil && !directIface(l.info.TypeOf(e))
	case *ast.SliceExpr:
		// gc copies a slice expression where it stands.
		return true
	case *ast.IndexExpr:
		// gc reads a map with a key converted from a []byte where it
		// stands, so that the bytes cannot change meanwhile.
		_, isMap := l.info.TypeOf(e.X).Underlying().(*types.Map)
		return isMap && l.bytesKey(e.Index)
	case *ast.BinaryExpr:
		// gc evaluates a logical operation where it stands, into a
		// temporary (cmd/compile/internal/walk/order.go), plain operands
		// included; and it copies the operands of a comparison of structs
		// or arrays that it cannot take the address of.
		return isLogical(e) || l.comparedByAddress(e)
	case *ast.CompositeLit:
		// gc builds a map literal where it stands, entry by entry, plain
		// operands and panics included (order.go, issue 26552).
		_, isMap := under(l.info.TypeOf(e)).(*types.Map)
		return isMap && !l.static(e)
	}
	return false
}

// static reports whether e is what gc calls a static composite literal
// operand: a constant, nil, or an array or struct literal of such; its
// value does not depend on when it is evaluated.
func (l *lowerer) static(e ast.Expr) bool {
	e = ast.Unparen(e)
	if tv, ok := l.info.Types[e]; ok && (tv.Value != nil || tv.IsNil()) {
		return true
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return false
	}
	switch l.info.TypeOf(lit).Underlying().(type) {
	case *types.Array, *types.Struct:
	default:
		return false
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		if !l.static(elt) {
			return false
		}
	}
	return true
}

// copiesString reports whether e converts a string to a []byte or a
// []rune, which gc evaluates in order with calls.
func (l *lowerer) copiesString(e *ast.CallExpr, to types.Type) bool {
	if len(e.Args) != 1 {
		return false
	}
	from := l.info.TypeOf(e.Args[0])
	if from == nil {
		return false
	}
	b, isBasic := from.Underlying().(*types.Basic)
	_, isSlice := to.Underlying().(*types.Slice)
	return isBasic && b.Info()&types.IsString != 0 && isSlice
}

// bytesKey mirrors gc's mapKeyReplaceStrConv: whether a map key converts
// a []byte to a string, itself or in a literal of structs or arrays.
func (l *lowerer) bytesKey(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		tv, ok := l.info.Types[e.Fun]
		if !ok || !tv.IsType() || len(e.Args) != 1 {
			return false
		}
		to, isBasic := tv.Type.Underlying().(*types.Basic)
		arg := l.info.TypeOf(e.Args[0])
		if arg == nil {
			return false
		}
		from, isSlice := arg.Underlying().(*types.Slice)
		return isBasic && to.Info()&types.IsString != 0 && isSlice && types.Identical(from.Elem().Underlying(), types.Typ[types.Byte])
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if l.bytesKey(elt) {
				return true
			}
		}
	}
	return false
}

// isLogical reports whether e is x && y or x || y.
func isLogical(e ast.Expr) bool {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	return ok && (b.Op == token.LAND || b.Op == token.LOR)
}
