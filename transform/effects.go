package transform

// This file defines effects: what running a piece of code may do that the
// state machine must prepare for. A path of resume that may call the
// user's code may re-enter the generator, so the frame must say
// "running"; a path that may panic must leave the generator finished if
// it does; a path that does neither needs nothing: nothing can observe
// the state before the next suspension point.
//
// The rewriter marks the Text of the syntax it renders with the effect of
// that syntax, lowering marks its own scaffolding, and the entries pass
// (below) gives each resume point the effect of the paths from it to the
// next suspension point.
//
// Expects (entries): a pruned Machine whose Texts carry effect marks.
// Guarantees: Point.Entry and Machine.Start bound the effect of every path
// from the point (or the start of the body) to the next suspension point
// or the end of the body, the end included.

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// Effect is what running code may do, in increasing order of the care it
// needs.
type Effect uint8

const (
	NoEffect Effect = iota // neither calls nor panics
	MayPanic               // may panic, but calls none of the user's code
	MayCall                // may call the user's code (and so panic, or re-enter the generator)
)

// Mark returns a Text that renders as nothing and carries e.
func Mark(e Effect) Text {
	if e == NoEffect {
		return nil
	}
	return Text{{Effect: e}}
}

// EffectOf returns the strongest effect marked in t.
func EffectOf(t Text) Effect {
	e := NoEffect
	for _, p := range t {
		e = max(e, p.Effect)
	}
	return e
}

// nodeEffect returns the effect of evaluating n itself, not counting its
// children (the rewriter visits them) nor the bodies of function literals
// (creating a closure runs none of it).
func nodeEffect(info *types.Info, n ast.Node) Effect {
	switch n := n.(type) {
	case *ast.CallExpr:
		return callEffect(info, n)
	case *ast.IndexExpr:
		if _, ok := info.Instances[indexedIdent(n.X)]; ok {
			return NoEffect // a generic function instantiated
		}
		if arrayConstIndex(info, n) {
			return NoEffect
		}
		return MayPanic // out of range, nil map write, an unhashable key
	case *ast.SliceExpr, *ast.TypeAssertExpr, *ast.SendStmt:
		return MayPanic
	case *ast.StarExpr:
		if tv, ok := info.Types[n]; ok && tv.IsType() {
			return NoEffect
		}
		return MayPanic // nil pointer
	case *ast.SelectorExpr:
		sel := info.Selections[n]
		if sel == nil || sel.Kind() == types.MethodExpr || (sel.Kind() == types.FieldVal && !sel.Indirect()) {
			return NoEffect
		}
		return MayPanic // through a nil pointer, or a method value of a nil interface
	case *ast.BinaryExpr:
		return binaryEffect(info, n.Op, n.X, n.Y)
	case *ast.AssignStmt:
		if op, ok := assignOps[n.Tok]; ok {
			return binaryEffect(info, op, n.Lhs[0], n.Rhs[0])
		}
	case *ast.RangeStmt:
		if _, ok := coreType(info.TypeOf(n.X)).(*types.Signature); ok {
			return MayCall // a range-over-func loop calls the iterator
		}
	case *ast.SwitchStmt:
		if n.Tag != nil && ComparePanics(info.TypeOf(n.Tag)) {
			return MayPanic
		}
	case *ast.CompositeLit:
		if m, ok := coreType(info.TypeOf(n)).(*types.Map); ok && ComparePanics(m.Key()) {
			return MayPanic
		}
	}
	return NoEffect
}

// assignOps maps the assignment operators that may panic to their binary
// operators.
var assignOps = map[token.Token]token.Token{
	token.QUO_ASSIGN: token.QUO, token.REM_ASSIGN: token.REM,
	token.SHL_ASSIGN: token.SHL, token.SHR_ASSIGN: token.SHR,
}

// callEffect returns the effect of a call: a conversion, a builtin, or a
// call of the user's code.
func callEffect(info *types.Info, call *ast.CallExpr) Effect {
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		from := info.TypeOf(call.Args[0])
		if _, ok := coreType(from).(*types.Slice); ok || isTypeParam(from) || isTypeParam(tv.Type) {
			return MayPanic // a slice converted to an array, or to a pointer to one
		}
		return NoEffect
	}
	var id *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	}
	if id != nil {
		if b, ok := info.Uses[id].(*types.Builtin); ok {
			if pureBuiltins[b.Name()] {
				return NoEffect
			}
			return MayPanic
		}
	}
	return MayCall
}

// pureBuiltins are the builtins that cannot panic.
var pureBuiltins = map[string]bool{
	"len": true, "cap": true, "new": true, "complex": true, "real": true, "imag": true,
	"min": true, "max": true, "recover": true, "print": true, "println": true,
	"Sizeof": true, "Alignof": true, "Offsetof": true,
}

// binaryEffect returns the effect of x op y: an integer division by zero, a
// negative shift count, a comparison of incomparable dynamic types.
func binaryEffect(info *types.Info, op token.Token, x, y ast.Expr) Effect {
	switch op {
	case token.QUO, token.REM:
		if isIntegral(info.TypeOf(x)) && !nonZeroConst(info, y) {
			return MayPanic
		}
	case token.SHL, token.SHR:
		if tv, ok := info.Types[y]; ok && tv.Value == nil && !isUnsigned(tv.Type) {
			return MayPanic
		}
	case token.EQL, token.NEQ:
		if ComparePanics(info.TypeOf(x)) || ComparePanics(info.TypeOf(y)) {
			return MayPanic
		}
	}
	return NoEffect
}

// ComparePanics reports whether comparing values of type t may panic: t is
// an interface, a type parameter, or holds one of them.
func ComparePanics(t types.Type) bool {
	if t == nil {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Basic, *types.Pointer, *types.Chan:
		return false
	case *types.Array:
		return ComparePanics(u.Elem())
	case *types.Struct:
		for i := range u.NumFields() {
			if ComparePanics(u.Field(i).Type()) {
				return true
			}
		}
		return false
	}
	return true
}

func isTypeParam(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.TypeParam)
	return ok
}

// isIntegral reports whether t is, or may be, an integer type.
func isIntegral(t types.Type) bool {
	if isTypeParam(t) {
		return true
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

func isUnsigned(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsUnsigned != 0
}

func nonZeroConst(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && constant.Sign(tv.Value) != 0
}

// arrayConstIndex reports whether e indexes an array value (not through a
// pointer) with a constant, which the compiler checks.
func arrayConstIndex(info *types.Info, e *ast.IndexExpr) bool {
	_, isArray := info.TypeOf(e.X).Underlying().(*types.Array)
	tv, ok := info.Types[e.Index]
	return isArray && ok && tv.Value != nil
}

// indexedIdent returns the identifier an index expression indexes, if any.
func indexedIdent(x ast.Expr) *ast.Ident {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}

// entries sets the effect of entering the body at each resume point and at
// its start: the strongest effect of the statements on the paths from
// there to the next suspension point or the end.
func entries(m *Machine) {
	g := newFlowGraph(m)
	m.Start = g.pathEffect(m, 0)
	for _, p := range m.Points {
		p.Entry = g.pathEffect(m, g.labelAt[p.Label])
	}
}

// pathEffect returns the strongest effect of the statements reachable from
// statement from without passing a suspension point.
func (g *flowGraph) pathEffect(m *Machine, from int) Effect {
	seen := map[int]bool{}
	work := []int{from}
	e := NoEffect
	for len(work) > 0 && e < MayCall {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		if i >= len(g.body) || seen[i] {
			continue
		}
		seen[i] = true
		s := g.body[i]
		e = max(e, EffectOf(s.Text))
		switch s.Kind {
		case Await:
			e = MayCall // Poll is the user's code
		case Suspend:
			continue
		case Return, Unwind:
			if len(m.Defers) > 0 {
				e = MayCall // the deferred calls run
			}
			continue
		}
		work = append(work, g.successors(i)...)
	}
	return e
}
