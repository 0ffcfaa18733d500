package transform

// This file defines the rewriting of the body's syntax into Text: the
// source text as written, with these replaced:
//
//   - identifiers of variables that moved into the frame or to the top of
//     resume, by references to them (through the bound cell inside
//     function literals);
//   - package members, by qualified references (so that emit imports them);
//   - return statements, by an assignment of the result and a jump to the
//     end of the body;
//   - defer statements, by a record pushed on the frame's defer stack;
//   - break and continue statements that leave the rewritten syntax, by
//     jumps to the labels their targets were lowered to;
//   - any node the caller substitutes.
//
// Everything else, comments included, stays as the user wrote it.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// rewriter rewrites one piece of syntax.
type rewriter struct {
	l       *lowerer
	subst   map[ast.Node]Text
	out     Text
	cursor  token.Pos
	lits    int        // depth of function literals around the current node
	stack   []ast.Node // the path from the root
	targets []string   // labels the rewritten code jumps to
	effect  Effect     // of the syntax rendered, outside function literals
}

// rewrite returns the Text of n.
func (l *lowerer) rewrite(n ast.Node) Text {
	t, _ := l.rewriteWith(n, nil)
	return t
}

// rewriteWith returns the Text of n with the nodes of subst replaced, and
// the labels the text jumps to.
func (l *lowerer) rewriteWith(n ast.Node, subst map[ast.Node]Text) (Text, []string) {
	if n == nil {
		return nil, nil
	}
	r := &rewriter{l: l, subst: subst, cursor: n.Pos()}
	ast.Inspect(n, r.visit)
	r.flush(n.End())
	return append(r.out, Mark(r.effect)...), r.targets
}

// flush copies the source text from the cursor up to pos.
func (r *rewriter) flush(pos token.Pos) {
	if pos > r.cursor {
		r.out = append(r.out, Piece{Src: r.l.source(r.cursor, pos)})
		r.cursor = pos
	}
}

// replace puts t in place of n.
func (r *rewriter) replace(n ast.Node, t Text) bool {
	r.flush(n.Pos())
	r.out = append(r.out, t...)
	r.cursor = n.End()
	return false
}

func (r *rewriter) visit(n ast.Node) bool {
	if n == nil {
		top := r.stack[len(r.stack)-1]
		r.stack = r.stack[:len(r.stack)-1]
		if _, ok := top.(*ast.FuncLit); ok {
			r.lits--
		}
		return true
	}
	if t, ok := r.subst[n]; ok {
		return r.replace(n, t)
	}
	if t, ok := r.replacement(n); ok {
		return r.replace(n, t)
	}
	r.stack = append(r.stack, n)
	if _, ok := n.(*ast.FuncLit); ok {
		r.lits++
	}
	if r.lits == 0 {
		r.effect = max(r.effect, nodeEffect(r.l.info, n))
	}
	return true
}

// replacement returns what replaces n, if anything.
func (r *rewriter) replacement(n ast.Node) (Text, bool) {
	l := r.l
	switch n := n.(type) {
	case *ast.Ident:
		obj := l.info.Uses[n]
		if obj == nil {
			obj = l.info.Defs[n]
		}
		if v, ok := obj.(*types.Var); ok && l.vars[v] != nil {
			if r.lits > 0 {
				return Ref(l.vars[v], RefBound), true
			}
			return Ref(l.vars[v], RefValue), true
		}
		if c, ok := l.consts[obj]; ok {
			return Text{{Const: c}}, true
		}
		if name, ok := l.renamed[obj]; ok {
			return Src(name), true
		}
		if obj != nil && obj.Pkg() != nil && obj.Pkg() != l.gen.Func.Pkg() && obj.Parent() == obj.Pkg().Scope() {
			// A member of a dot-imported package.
			return Text{{Pkg: obj.Pkg().Path(), Name: obj.Name()}}, true
		}
	case *ast.SelectorExpr:
		if id, ok := n.X.(*ast.Ident); ok {
			if pkg, ok := l.info.Uses[id].(*types.PkgName); ok {
				return Text{{Pkg: pkg.Imported().Path(), Name: n.Sel.Name}}, true
			}
		}
	case *ast.UnaryExpr:
		if n.Op != token.AND {
			break
		}
		if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
			if v, ok := l.info.Uses[id].(*types.Var); ok && l.vars[v] != nil && l.vars[v].Cell {
				if r.lits > 0 {
					return Ref(l.vars[v], RefName), true
				}
				return Ref(l.vars[v], RefCell), true
			}
		}
	case *ast.CallExpr:
		if PointOf(l.info, l.gen.Yielder, n) == ContextCall {
			return Src(l.m.Ctx), true
		}
		if r.lits == 0 {
			if t, ok := l.recoverText(n); ok {
				return t, true
			}
		}
	case *ast.ReturnStmt:
		if r.lits == 0 {
			t, target := l.returnText(n, r.inRangeFunc())
			r.targets = append(r.targets, target)
			return t, true
		}
	case *ast.DeferStmt:
		if r.lits == 0 {
			r.effect = MayCall // registers the call, and a panic must run it
			return l.deferText(n, r.subst), true
		}
	case *ast.BranchStmt:
		if r.lits == 0 {
			if label, ranges, ok := r.branchTarget(n); ok {
				t, target := l.leave(ranges, label, r.inRangeFunc())
				r.targets = append(r.targets, target)
				return t, true
			}
			if n.Tok == token.GOTO {
				if left := l.rangesLeftBy(n.Label.Name); left < len(l.ranges) {
					t, target := l.leave(left, n.Label.Name, r.inRangeFunc())
					r.targets = append(r.targets, target)
					return t, true
				}
				r.targets = append(r.targets, n.Label.Name)
			}
		}
	}
	return nil, false
}

// inRangeFunc reports whether the node rewritten is in the body of a
// range-over-func loop of the rewritten syntax, which runs as written.
func (r *rewriter) inRangeFunc() bool {
	for _, s := range r.stack {
		if rs, ok := s.(*ast.RangeStmt); ok && isRangeOverFunc(r.l.info, rs) {
			return true
		}
	}
	return false
}

// branchTarget returns the label a break or continue jumps to when its
// target lies outside the rewritten syntax, where lowering replaced it.
func (r *rewriter) branchTarget(b *ast.BranchStmt) (string, int, bool) {
	if b.Tok != token.BREAK && b.Tok != token.CONTINUE {
		return "", 0, false
	}
	for i := len(r.stack) - 1; i >= 0; i-- {
		switch s := r.stack[i].(type) {
		case *ast.LabeledStmt:
			if b.Label != nil && s.Label.Name == b.Label.Name {
				return "", 0, false
			}
		case *ast.ForStmt, *ast.RangeStmt:
			if b.Label == nil {
				return "", 0, false
			}
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			if b.Label == nil && b.Tok == token.BREAK {
				return "", 0, false
			}
		}
	}
	return r.l.branchLabel(b)
}
