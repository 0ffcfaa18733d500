package transform

// This file defines the analysis of a generator body: its suspension
// points, the syntax that contains them, and the variables that must keep
// their identity across suspension (captured by a closure or
// address-taken), which lowering holds in cells.
//
// Expects: a body that passed Check. Guarantees: hot holds every node that
// contains a suspension point, outside function literals; in an async body
// a range over an async generator's All(ctx) is one (it awaits the values).

import (
	"go/ast"
	"go/token"
	"go/types"
)

// analysis is what lowering needs to know about a body.
type analysis struct {
	points map[*ast.CallExpr]PointKind
	hot    map[ast.Node]bool
	cells  map[*types.Var]bool
	// addressed are the variables whose address gc takes: explicitly,
	// through a pointer method or the slice of an array, or by capturing
	// them in a closure it cannot inline away.
	addressed map[*types.Var]bool
}

// analyze analyses the body of gen.
func analyze(info *types.Info, gen *Generator) *analysis {
	a := &analysis{
		points:    map[*ast.CallExpr]PointKind{},
		hot:       map[ast.Node]bool{},
		cells:     map[*types.Var]bool{},
		addressed: map[*types.Var]bool{},
	}
	body := gen.Decl.Body
	escaping := escapingLiterals(info, body)
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.CallExpr:
			if kind := PointOf(info, gen.Yielder, n); kind != NotPoint && kind != ContextCall {
				a.points[n] = kind
				for _, anc := range stack {
					a.hot[anc] = true
				}
			}
		case *ast.RangeStmt:
			if gen.Async && !inLiteral(stack) {
				if _, _, ok := asyncGeneratorRange(info, n); ok {
					// It awaits the generator's values, as it must not block.
					for _, anc := range stack {
						a.hot[anc] = true
					}
				}
			}
		case *ast.Ident:
			if v, ok := info.Uses[n].(*types.Var); ok && capturedAt(v, stack, gen.Decl) {
				a.cells[v] = true
				if capturedByEscaping(v, stack, escaping) {
					a.addressed[v] = true // gc captures it by reference
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				a.markAddressed(info, n.X)
			}
		case *ast.SelectorExpr:
			if sel := info.Selections[n]; sel != nil && sel.Kind() != types.FieldVal && pointerMethod(sel) {
				a.markAddressed(info, n.X)
			}
		case *ast.SliceExpr:
			if t := info.TypeOf(n.X); t != nil {
				if _, ok := t.Underlying().(*types.Array); ok {
					a.markAddressed(info, n.X)
				}
			}
		}
		return true
	})
	return a
}

// capturedAt reports whether v, used at the top of stack, is captured by a
// function literal: declared in the body, outside the innermost literal
// around the use.
func capturedAt(v *types.Var, stack []ast.Node, decl *ast.FuncDecl) bool {
	if v.Pos() < decl.Pos() || v.Pos() >= decl.End() {
		return false
	}
	for i := len(stack) - 1; i >= 0; i-- {
		if lit, ok := stack[i].(*ast.FuncLit); ok {
			return v.Pos() < lit.Pos() || v.Pos() >= lit.End()
		}
	}
	return false
}

// capturedByEscaping reports whether a function literal around the use of
// v on top of stack, declared outside it, escapes.
func capturedByEscaping(v *types.Var, stack []ast.Node, escaping map[*ast.FuncLit]bool) bool {
	for _, n := range stack {
		if lit, ok := n.(*ast.FuncLit); ok && escaping[lit] && (v.Pos() < lit.Pos() || v.Pos() >= lit.End()) {
			return true
		}
	}
	return false
}

// pointerMethod reports whether a method selection takes the address of an
// addressable operand: a pointer method selected on a value.
func pointerMethod(sel *types.Selection) bool {
	fn, ok := sel.Obj().(*types.Func)
	if !ok {
		return false
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	if _, ok := recv.Type().(*types.Pointer); !ok {
		return false
	}
	_, operandIsPointer := sel.Recv().Underlying().(*types.Pointer)
	return !operandIsPointer
}

// markAddressed marks the variable whose storage e denotes, if any: e is
// x, x.f (field of a struct value) or x[i] (element of an array value).
func (a *analysis) markAddressed(info *types.Info, e ast.Expr) {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			if v, ok := info.Uses[x].(*types.Var); ok {
				a.cells[v] = true
				a.addressed[v] = true
			}
			return
		case *ast.SelectorExpr:
			sel := info.Selections[x]
			if sel == nil || sel.Indirect() {
				return
			}
			if _, ok := sel.Recv().Underlying().(*types.Pointer); ok {
				return
			}
			e = x.X
		case *ast.IndexExpr:
			t := info.TypeOf(x.X)
			if t == nil {
				return
			}
			if _, ok := t.Underlying().(*types.Array); !ok {
				return
			}
			e = x.X
		case *ast.CompositeLit:
			return
		default:
			return
		}
	}
}
