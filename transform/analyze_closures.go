package transform

// This file defines which function literals of a body gc may inline away:
// a literal called where it stands, or held by a local variable that is
// only ever called. gc captures by reference the variables a closure
// changes, and takes their address, unless it inlined the closure's calls;
// the order of evaluation follows (see convert.go).
//
// Expects: a type-checked body. Guarantees: a literal reported as escaping
// is one gc cannot inline away; one reported as not escaping may still be
// kept, if it is too large for gc's inliner.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// escapingLiterals returns the function literals of body that are used
// other than by calling them.
func escapingLiterals(info *types.Info, body *ast.BlockStmt) map[*ast.FuncLit]bool {
	calledOnly := calledOnlyFuncVars(info, body)
	escaping := map[*ast.FuncLit]bool{}
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		if lit, ok := n.(*ast.FuncLit); ok && !inlinable(info, lit, stack, calledOnly) {
			escaping[lit] = true
		}
		return true
	})
	return escaping
}

// inlinable reports whether the literal on top of stack is called where
// it stands, or is the value of a local variable that is only called.
func inlinable(info *types.Info, lit *ast.FuncLit, stack []ast.Node, calledOnly map[*types.Var]bool) bool {
	i := len(stack) - 2
	for i >= 0 {
		if _, paren := stack[i].(*ast.ParenExpr); !paren {
			break
		}
		i--
	}
	if i < 0 {
		return false
	}
	switch p := stack[i].(type) {
	case *ast.CallExpr:
		return ast.Unparen(p.Fun) == lit
	case *ast.AssignStmt:
		return p.Tok == token.DEFINE && len(p.Lhs) == len(p.Rhs) && definesCalledOnly(info, p.Lhs, p.Rhs, lit, calledOnly)
	case *ast.ValueSpec:
		names := make([]ast.Expr, len(p.Names))
		for j, n := range p.Names {
			names[j] = n
		}
		return len(names) == len(p.Values) && definesCalledOnly(info, names, p.Values, lit, calledOnly)
	}
	return false
}

// definesCalledOnly reports whether lit, among rhs, initializes a
// variable of lhs that is only called.
func definesCalledOnly(info *types.Info, lhs, rhs []ast.Expr, lit *ast.FuncLit, calledOnly map[*types.Var]bool) bool {
	for j, r := range rhs {
		if ast.Unparen(r) != lit {
			continue
		}
		id, ok := lhs[j].(*ast.Ident)
		if !ok {
			return false
		}
		v, ok := info.Defs[id].(*types.Var)
		return ok && calledOnly[v]
	}
	return false
}

// calledOnlyFuncVars returns the variables of function type declared in
// body whose every use calls them: never read as a value, nor assigned
// after their declaration.
func calledOnlyFuncVars(info *types.Info, body *ast.BlockStmt) map[*types.Var]bool {
	vars := map[*types.Var]bool{}
	for id, obj := range info.Defs {
		if v, ok := obj.(*types.Var); ok && containsNode(body, id) {
			if _, isFunc := v.Type().Underlying().(*types.Signature); isFunc {
				vars[v] = true
			}
		}
	}
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		if v, ok := info.Uses[id].(*types.Var); ok && vars[v] && !calledAt(id, stack) {
			vars[v] = false
		}
		return true
	})
	return vars
}

// calledAt reports whether the identifier on top of stack is the function
// of a call.
func calledAt(id *ast.Ident, stack []ast.Node) bool {
	for i := len(stack) - 2; i >= 0; i-- {
		switch p := stack[i].(type) {
		case *ast.ParenExpr:
			continue
		case *ast.CallExpr:
			return ast.Unparen(p.Fun) == id
		}
		return false
	}
	return false
}
