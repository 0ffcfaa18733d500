package transform

// This file defines the static rules of a generator body, shared by agen
// and the agen analyzer: where a body may suspend, and how it may use its
// yielder.
//
// Expects: a type-checked body. Guarantees: when Check reports nothing,
// every use of the yielder is a suspension point (Yield, YieldErr, Await)
// or a Context call, outside function literals, deferred calls and go
// statements (in the body of a range-over-func loop, it is lowered over
// the iterator's Next: lower_range.go).

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// PointKind tells suspension points apart.
type PointKind int

const (
	NotPoint PointKind = iota
	YieldPoint
	YieldErrPoint
	AwaitPoint
	YieldFromPoint
	ContextCall // y.Context(): not a suspension point, but a use of y
)

// PointOf reports whether call is a suspension point of a body whose
// yielder is y, or a call of y.Context.
func PointOf(info *types.Info, y *types.Var, call *ast.CallExpr) PointKind {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		if id, ok := ast.Unparen(fun.X).(*ast.Ident); ok && info.Uses[id] == y {
			switch fun.Sel.Name {
			case "Yield":
				return YieldPoint
			case "YieldErr":
				return YieldErrPoint
			case "YieldFrom":
				return YieldFromPoint
			case "Context":
				return ContextCall
			}
		}
		if isRuntimeFunc(info, fun.Sel, "Await") && len(call.Args) == 2 {
			if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok && info.Uses[id] == y {
				return AwaitPoint
			}
		}
	case *ast.IndexListExpr: // agen.Await[T, Y, S](y, a)
		if sel, ok := fun.X.(*ast.SelectorExpr); ok && isRuntimeFunc(info, sel.Sel, "Await") && len(call.Args) == 2 {
			if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok && info.Uses[id] == y {
				return AwaitPoint
			}
		}
	}
	return NotPoint
}

func isRuntimeFunc(info *types.Info, id *ast.Ident, name string) bool {
	fn, ok := info.Uses[id].(*types.Func)
	return ok && fn.Name() == name && fn.Pkg() != nil && fn.Pkg().Path() == RuntimePath
}

// Check reports every use of the yielder y in body that cannot work: a
// suspension point in a function literal, a deferred call, a go statement
// or, in a sync body, a range over an async generator's All(ctx), and the
// yielder escaping; and
// every suspension on another yielder, outside function literals.
func Check(fset *token.FileSet, info *types.Info, body *ast.BlockStmt, y *types.Var) ErrorList {
	var errs ErrorList
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		if call, ok := n.(*ast.CallExpr); ok && !inLiteral(stack) {
			if msg := foreignSuspension(info, y, call); msg != "" {
				errs.Add(fset, call.Pos(), "%s", msg)
			}
		}
		id, ok := n.(*ast.Ident)
		if !ok || info.Uses[id] != y {
			return true
		}
		call, kind := yielderUse(info, y, stack)
		if kind == NotPoint {
			errs.Add(fset, id.Pos(), "%s", escapeMessage(id.Name, stack))
			return true
		}
		if msg, fix := misplaced(info, stack, call, kind); msg != "" {
			errs.Add(fset, call.Pos(), "%s", msg).Fix = fix
		}
		return true
	})
	return errs
}

// inLiteral reports whether the node on top of stack lies in a function
// literal: code the body keeps as written, which cannot suspend it.
func inLiteral(stack []ast.Node) bool {
	for _, n := range stack {
		if _, ok := n.(*ast.FuncLit); ok {
			return true
		}
	}
	return false
}

// foreignSuspension says why call, a suspension on a yielder other than
// the body's own, cannot suspend the body, or "" if it is not one.
func foreignSuspension(info *types.Info, y *types.Var, call *ast.CallExpr) string {
	recv, what := suspendedYielder(info, call)
	if recv == nil || what == "Context" {
		return ""
	}
	if id, ok := ast.Unparen(recv).(*ast.Ident); ok && info.Uses[id] == y {
		return ""
	}
	own := "its yielder parameter"
	if y.Name() != "" && y.Name() != "_" {
		own += " " + y.Name()
	}
	name := types.ExprString(recv)
	return fmt.Sprintf("%s on %s, which is not this body's yielder: a generator body suspends only through %s; use it, or make the code that yields on %s a generator of its own", what, name, own, name)
}

// suspendedYielder returns the yielder that call uses, a method of a
// yielder or agen.Await, and the name of what it calls; nil if it is
// neither.
func suspendedYielder(info *types.Info, call *ast.CallExpr) (ast.Expr, string) {
	if fun, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if sel := info.Selections[fun]; sel != nil && sel.Kind() == types.MethodVal && isYielderMethod(sel.Obj()) {
			return fun.X, fun.Sel.Name
		}
	}
	if fn := calleeFunc(info, call.Fun); fn != nil && fn.Name() == "Await" && fn.Pkg() != nil && fn.Pkg().Path() == RuntimePath && len(call.Args) == 2 {
		return call.Args[0], "Await"
	}
	return nil, ""
}

// isYielderMethod reports whether obj is a method of the runtime's
// yielder types.
func isYielderMethod(obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != RuntimePath {
		return false
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && (named.Obj().Name() == "Yielder" || named.Obj().Name() == "AsyncYielder")
}

// calleeFunc returns the function a call's function expression names,
// through an instantiation, if any.
func calleeFunc(info *types.Info, fun ast.Expr) *types.Func {
	fun = ast.Unparen(fun)
	switch f := fun.(type) {
	case *ast.IndexExpr:
		fun = f.X
	case *ast.IndexListExpr:
		fun = f.X
	}
	switch f := fun.(type) {
	case *ast.Ident:
		fn, _ := info.Uses[f].(*types.Func)
		return fn
	case *ast.SelectorExpr:
		fn, _ := info.Uses[f.Sel].(*types.Func)
		return fn
	}
	return nil
}

// yielderUse returns the call that uses the yielder identifier on top of
// stack, and its kind.
func yielderUse(info *types.Info, y *types.Var, stack []ast.Node) (*ast.CallExpr, PointKind) {
	for i := len(stack) - 2; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.ParenExpr:
			continue
		case *ast.SelectorExpr:
			j := i - 1
			for j >= 0 {
				if _, paren := stack[j].(*ast.ParenExpr); !paren {
					break
				}
				j-- // (y.Yield)(v)
			}
			if j >= 0 {
				if call, ok := stack[j].(*ast.CallExpr); ok && ast.Unparen(call.Fun) == n {
					return call, PointOf(info, y, call)
				}
			}
		case *ast.CallExpr:
			return n, PointOf(info, y, n)
		}
		return nil, NotPoint
	}
	return nil, NotPoint
}

// misplaced says why a suspension point cannot suspend where it is, or "",
// with a fix when there is one.
func misplaced(info *types.Info, stack []ast.Node, call *ast.CallExpr, kind PointKind) (string, *Fix) {
	what := map[PointKind]string{YieldPoint: "Yield", YieldErrPoint: "YieldErr", AwaitPoint: "Await", YieldFromPoint: "YieldFrom", ContextCall: "Context"}[kind]
	for _, n := range stack {
		if e, ok := n.(ast.Expr); ok {
			if tv, ok := info.Types[e]; ok && tv.Value != nil {
				return what + " inside a constant expression (such as unsafe.Sizeof) never runs; remove it", nil
			}
		}
	}
	for i := len(stack) - 1; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.FuncLit:
			if i >= 2 && IsDeferredLit(stack[i-2], n) {
				switch {
				case kind == AwaitPoint, kind == ContextCall && awaits(info, n):
					// An async body's deferred function may await, as PEP 525's
					// finally may (lowered as a state machine the unwinding runs).
					continue
				case kind != ContextCall:
					return what + " inside a deferred function is not supported: deferred calls run while the generator closes (Go's finally) and cannot yield (PEP 525 forbids yield in finally; an async body's deferred function may await)", nil
				}
			}
			return what + " inside a function literal is not supported: only the generator body itself can suspend; inline the literal or make it a generator", nil
		case *ast.DeferStmt:
			if kind == ContextCall {
				continue
			}
			if n.Call != call {
				continue // an operand, evaluated by the defer statement
			}
			return what + " inside a deferred call is not supported: deferred calls run while the generator closes (Go's finally) and cannot suspend", nil
		case *ast.GoStmt:
			if n.Call != call {
				continue // an operand, evaluated by the go statement
			}
			return what + " inside a go statement is not supported: another goroutine cannot suspend the generator", nil
		case *ast.RangeStmt:
			if kind != ContextCall && isRangeOverFunc(info, n) && containsNode(n.Body, call) {
				if _, _, ok := asyncGeneratorRange(info, n); ok && !asyncPoint(info, call, kind) {
					return what + " inside the body of a range over an async generator's All is not supported in a sync body: its values are awaited; make the body async (*agen.AsyncYielder)", nil
				}
				// Lowered as a loop over g.Next(), awaiting g.ANext(), or
				// over an iterator stepped with agen.Pull (lower_range.go).
				continue
			}
		}
	}
	return "", nil
}

// asyncPoint reports whether the suspension point call is one of an
// async body.
func asyncPoint(info *types.Info, call *ast.CallExpr, kind PointKind) bool {
	if kind == AwaitPoint {
		return true
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	k, _, _ := yielderOf(info.TypeOf(sel.X))
	return k == asyncYielder
}

// IsDeferredLit reports whether lit is the function literal called by the
// defer statement s: defer func() { ... }().
func IsDeferredLit(s ast.Node, lit *ast.FuncLit) bool {
	d, ok := s.(*ast.DeferStmt)
	return ok && ast.Unparen(d.Call.Fun) == lit
}

// awaits reports whether the function literal lit awaits, not counting
// the function literals inside it.
func awaits(info *types.Info, lit *ast.FuncLit) bool {
	found := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && isRuntimeAwait(info, call) {
			found = true
		}
		_, inner := n.(*ast.FuncLit)
		return !found && !inner
	})
	return found
}

// isRuntimeAwait reports whether call calls agen.Await.
func isRuntimeAwait(info *types.Info, call *ast.CallExpr) bool {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		return isRuntimeFunc(info, fun.Sel, "Await")
	case *ast.IndexListExpr:
		if sel, ok := fun.X.(*ast.SelectorExpr); ok {
			return isRuntimeFunc(info, sel.Sel, "Await")
		}
	}
	return false
}

// escapeMessage explains a use of the yielder that is not a suspension
// point.
func escapeMessage(name string, stack []ast.Node) string {
	for i := len(stack) - 2; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.ParenExpr:
			continue
		case *ast.CallExpr:
			return "the yielder " + name + " escapes: it is passed to a function; only agen.Await may take it"
		case *ast.ReturnStmt:
			return "the yielder " + name + " escapes: it is returned; a yielder is valid only in its generator body"
		case *ast.AssignStmt, *ast.ValueSpec, *ast.CompositeLit, *ast.KeyValueExpr, *ast.SendStmt:
			return "the yielder " + name + " escapes: it is stored; a yielder is valid only in its generator body"
		case *ast.FuncLit:
			return "the yielder " + name + " escapes: it is captured by a function literal; only the generator body itself can suspend"
		default:
			_ = n
		}
		break
	}
	return "the yielder " + name + " may only be used to call Yield, YieldErr, YieldFrom or Context, or passed to agen.Await"
}

// isRangeOverFunc reports whether r ranges over an iterator function.
func isRangeOverFunc(info *types.Info, r *ast.RangeStmt) bool {
	t := info.TypeOf(r.X)
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Signature)
	return ok
}

func containsNode(root, n ast.Node) bool {
	return root != nil && root.Pos() <= n.Pos() && n.End() <= root.End()
}
