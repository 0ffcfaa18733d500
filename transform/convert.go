package transform

// This file defines the implicit conversions to interfaces that gc
// evaluates in order with calls. The Go spec leaves unspecified when a
// plain operand is read relative to the calls of its expression; gc reads
// most after them, but copies a value it converts to an interface through
// its address where the conversion stands (cmd/compile/internal/walk:
// dataWordFuncName, and addrTemp in order.go), so that a later call
// cannot change it, and a panic of the operand comes before that call.
// Lowering follows gc's rule: such a value is copied unless gc can take
// its address in place (a value through a pointer or in a slice, a
// parameter, a package-level variable, a local whose address is taken or
// which gc does not keep in registers); a constant or a literal of
// constants never is.

import (
	"go/ast"
	"go/token"
	"go/types"
	"runtime"
)

// noteConversions records the types the operands of e convert to: the
// parameters of a call, the elements of a composite literal.
func (l *lowerer) noteConversions(e ast.Expr) {
	switch e := e.(type) {
	case *ast.CallExpr:
		if tv, ok := l.info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			l.convertTo(e.Args[0], tv.Type) // any(x)
			return
		}
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
		case *types.Struct:
			l.noteFieldConversions(e, t)
			return
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

// noteFieldConversions records the conversions of the fields of a struct
// literal.
func (l *lowerer) noteFieldConversions(lit *ast.CompositeLit, st *types.Struct) {
	for i, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		switch {
		case ok:
			if id, ok := kv.Key.(*ast.Ident); ok {
				if f, ok := l.info.Uses[id].(*types.Var); ok {
					l.convertTo(kv.Value, f.Type())
				}
			}
		case i < st.NumFields():
			l.convertTo(elt, st.Field(i).Type())
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

// convertedByAddress reports whether gc copies e, converted to an
// interface, where the conversion stands.
func (l *lowerer) convertedByAddress(e ast.Expr) bool {
	if _, ok := l.convTo[e]; !ok {
		return false
	}
	tv, ok := l.info.Types[e]
	if !ok || tv.Value != nil || tv.IsNil() || types.IsInterface(tv.Type) {
		return false
	}
	return byAddress(tv.Type) && l.copiedInPlace(e)
}

// comparedByAddress reports whether e compares structs or arrays, whose
// operands gc passes to the runtime by address, and copies one of them
// where the comparison stands.
func (l *lowerer) comparedByAddress(e *ast.BinaryExpr) bool {
	if e.Op != token.EQL && e.Op != token.NEQ {
		return false
	}
	t := l.info.TypeOf(e.X)
	if t == nil {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Struct, *types.Array:
		return l.copiedInPlace(e.X) || l.copiedInPlace(e.Y)
	}
	return false
}

// copiedInPlace mirrors gc's addrTemp: whether gc copies e into a
// temporary to take its address, rather than taking the address of e
// itself.
func (l *lowerer) copiedInPlace(e ast.Expr) bool {
	if l.static(e) {
		return false // gc puts it in read-only data: nothing to evaluate
	}
	v, addressable := l.storage(e)
	switch {
	case !addressable:
		return true
	case v == nil:
		return false // through a pointer or in a slice
	}
	// gc copies only a local it keeps in registers (issue 63332).
	return l.declaredInBody(v) && !v.IsField() && (l.vars[v] == nil || !l.vars[v].Param) &&
		!l.a.addressed[v] && canSSA(v.Type())
}

// storage mirrors gc's IsAddressable and OuterValue: whether e denotes
// storage, and the variable that holds it, if it is not reached through a
// pointer or a slice.
func (l *lowerer) storage(e ast.Expr) (*types.Var, bool) {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := l.info.Uses[x].(*types.Var)
		return v, ok
	case *ast.StarExpr:
		return nil, true
	case *ast.SelectorExpr:
		sel := l.info.Selections[x]
		if sel == nil {
			v, ok := l.info.Uses[x.Sel].(*types.Var) // a package's variable
			return v, ok
		}
		if sel.Kind() != types.FieldVal {
			return nil, false
		}
		if sel.Indirect() {
			return nil, true
		}
		return l.storage(x.X)
	case *ast.IndexExpr:
		t := l.info.TypeOf(x.X)
		if t == nil {
			return nil, false
		}
		switch u := t.Underlying().(type) {
		case *types.Array:
			return l.storage(x.X)
		case *types.Slice:
			return nil, true
		case *types.Pointer:
			_, isArray := u.Elem().Underlying().(*types.Array)
			return nil, isArray
		}
	}
	return nil, false
}

// canSSA mirrors gc's ssa.CanSSA: whether gc may keep a value of type t
// in registers.
func canSSA(t types.Type) (yes bool) {
	defer func() {
		if recover() != nil {
			yes = false // a type parameter: its size is unknown
		}
	}()
	if gcSizes.Sizeof(t) > 4*gcSizes.Sizeof(types.Typ[types.Uintptr]) {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Array:
		return u.Len() <= 1 && canSSA(u.Elem())
	case *types.Struct:
		if u.NumFields() > 4 {
			return false
		}
		for i := range u.NumFields() {
			if !canSSA(u.Field(i).Type()) {
				return false
			}
		}
	}
	return true
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

// directIface mirrors gc's types.IsDirectIface: whether an interface holds
// a value of type t itself, rather than a pointer to it.
func directIface(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Pointer, *types.Chan, *types.Map, *types.Signature:
		return true
	case *types.Basic:
		return u.Kind() == types.UnsafePointer
	case *types.Struct:
		return u.NumFields() == 1 && directIface(u.Field(0).Type())
	case *types.Array:
		return u.Len() == 1 && directIface(u.Elem())
	}
	return false
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
