package transform

// This file defines the lowering of switch, type switch and select
// statements that suspend. Each becomes a dispatch that jumps to one label
// per clause, the clause bodies in order (fallthrough jumps to the next
// body), and an end label that break jumps to. When no case expression
// suspends, the dispatch is a Go switch (or select) of gotos, so that Go
// itself compares, in its order; otherwise the cases are evaluated and
// compared one by one, stopping at the first match.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// switchStmt lowers an expression switch.
func (l *lowerer) switchStmt(s *ast.SwitchStmt, label string) {
	if s.Init != nil {
		l.stmt(s.Init)
	}
	end := l.labels.fresh("endswitch")
	clauses := make([]*ast.CaseClause, len(s.Body.List))
	bodies := make([]string, len(clauses))
	dflt := end
	hotCases := false
	for i, c := range s.Body.List {
		clauses[i] = c.(*ast.CaseClause)
		bodies[i] = l.labels.fresh("case")
		if clauses[i].List == nil {
			dflt = bodies[i]
		}
		for _, e := range clauses[i].List {
			hotCases = hotCases || l.a.hot[e]
		}
	}
	if hotCases {
		l.compareCases(s, clauses, bodies, dflt)
	} else {
		l.dispatchSwitch(s, clauses, bodies, dflt)
	}
	pop := l.pushTarget(label, end, "")
	for i, c := range clauses {
		l.label(bodies[i])
		l.clauseBody(c.Body, bodies, i, end)
	}
	pop()
	l.label(end)
}

// clauseBody lowers the body of clause i, then jumps to the end, or to the
// next body if it ends in fallthrough.
func (l *lowerer) clauseBody(body []ast.Stmt, bodies []string, i int, end string) {
	if n := len(body); n > 0 {
		if b, ok := body[n-1].(*ast.BranchStmt); ok && b.Tok == token.FALLTHROUGH {
			l.block(body[:n-1])
			l.jump(bodies[i+1])
			return
		}
	}
	l.block(body)
	l.jump(end)
}

// dispatchSwitch emits `switch tag { case a, b: goto caseN ... }`.
func (l *lowerer) dispatchSwitch(s *ast.SwitchStmt, clauses []*ast.CaseClause, bodies []string, dflt string) {
	text := Src("switch ")
	if s.Tag != nil {
		text = Join(text, l.expr(s.Tag), l.compareMark(s.Tag))
	}
	text = Join(text, Src(" {\n"))
	for i, c := range clauses {
		if c.List == nil {
			continue
		}
		cases := make([]Text, len(c.List))
		for j, e := range c.List {
			cases[j] = l.rewrite(e)
		}
		text = Join(text, Src("case "), joinTexts(cases, ", "), Src(":\ngoto "+bodies[i]+"\n"))
	}
	text = Join(text, Src("}\ngoto "+dflt))
	l.code(s.Pos(), text, append(append([]string{}, bodies...), dflt))
	l.jumping()
}

// compareCases evaluates the case expressions in order, each compared to
// the tag as it is reached.
func (l *lowerer) compareCases(s *ast.SwitchStmt, clauses []*ast.CaseClause, bodies []string, dflt string) {
	var tag Text
	if s.Tag != nil {
		tv := l.hidden("tag", l.info.TypeOf(s.Tag))
		l.code(s.Tag.Pos(), Join(Def(tv), Src(" = "), l.expr(s.Tag)), nil, tv)
		tag = Ref(tv, RefValue)
	}
	for i, c := range clauses {
		for _, e := range c.List {
			value := l.expr(e)
			if tag == nil {
				l.ifTrue(e.Pos(), value, bodies[i])
			} else {
				l.ifTrue(e.Pos(), Join(tag, Src(" == "), value, l.compareMark(s.Tag)), bodies[i])
			}
		}
	}
	l.jump(dflt)
}

// compareMark marks the comparisons of a switch with tag, when they may
// panic.
func (l *lowerer) compareMark(tag ast.Expr) Text {
	if ComparePanics(l.info.TypeOf(tag)) {
		return Mark(MayPanic)
	}
	return nil
}

// typeSwitch lowers a type switch: a Go type switch dispatches, assigning
// each clause's variable.
func (l *lowerer) typeSwitch(s *ast.TypeSwitchStmt, label string) {
	if s.Init != nil {
		l.stmt(s.Init)
	}
	var x ast.Expr
	bound := false
	switch a := s.Assign.(type) {
	case *ast.AssignStmt:
		x = a.Rhs[0].(*ast.TypeAssertExpr).X
		bound = true
	case *ast.ExprStmt:
		x = a.X.(*ast.TypeAssertExpr).X
	}
	end := l.labels.fresh("endswitch")
	text, bodies, dflt := l.typeDispatch(s, l.expr(x), bound, end)
	l.code(s.Pos(), text, append(append([]string{}, bodies...), dflt))
	l.jumping()
	pop := l.pushTarget(label, end, "")
	for i, c := range s.Body.List {
		l.label(bodies[i])
		l.block(c.(*ast.CaseClause).Body)
		l.jump(end)
	}
	pop()
	l.label(end)
}

// typeDispatch returns the Go type switch that assigns the clause's
// variable (if bound) and jumps to the clause's body, the labels of the
// bodies, and where it goes when no clause matches.
func (l *lowerer) typeDispatch(s *ast.TypeSwitchStmt, operand Text, bound bool, end string) (text Text, bodies []string, dflt string) {
	value := l.hiddenName("v")
	dflt = end
	text = Join(Src("switch "+value+" := "), operand, Src(".(type) {\n"))
	bodies = make([]string, len(s.Body.List))
	used := false
	for i, c := range s.Body.List {
		clause := c.(*ast.CaseClause)
		bodies[i] = l.labels.fresh("case")
		if clause.List == nil {
			dflt = bodies[i]
			text = Join(text, Src("default:\n"))
		} else {
			types := make([]Text, len(clause.List))
			for j, e := range clause.List {
				types[j] = l.rewrite(e)
			}
			text = Join(text, Src("case "), joinTexts(types, ", "), Src(":\n"))
		}
		if v, ok := l.info.Implicits[clause].(*types.Var); ok && bound && l.isUsed(v) {
			text = Join(text, l.bindClauseVar(l.declare(v), value))
			used = true
		}
		text = Join(text, Src("goto "+bodies[i]+"\n"))
	}
	text = Join(text, Src("}"))
	if dflt == end {
		text = Join(text, Src("\ngoto "+end))
	}
	if !used {
		text[0] = Piece{Src: "switch "}
	}
	return text, bodies, dflt
}

// bindClauseVar assigns the value of a type switch to a clause's variable.
func (l *lowerer) bindClauseVar(v *Var, value string) Text {
	if v.Cell {
		return Join(Ref(v, RefCell), Src(" = &"+value+"\n"))
	}
	return Join(Ref(v, RefValue), Src(" = "+value+"\n"))
}

// selectStmt lowers a select statement: a Go select records the case
// chosen (receiving into the clause's variables) and jumps to its body.
// Channel operands and values that suspend are evaluated first, in order.
func (l *lowerer) selectStmt(s *ast.SelectStmt, label string) {
	var ops []ast.Expr
	for _, c := range s.Body.List {
		switch comm := c.(*ast.CommClause).Comm.(type) {
		case *ast.SendStmt:
			ops = append(ops, comm.Chan, comm.Value)
		case *ast.ExprStmt:
			ops = append(ops, ast.Unparen(comm.X).(*ast.UnaryExpr).X)
		case *ast.AssignStmt:
			ops = append(ops, ast.Unparen(comm.Rhs[0]).(*ast.UnaryExpr).X)
		}
	}
	subst := l.operands(ops)
	end := l.labels.fresh("endselect")
	bodies := make([]string, len(s.Body.List))
	text := Src("select {\n")
	after := make([]func(), len(s.Body.List))
	for i, c := range s.Body.List {
		clause := c.(*ast.CommClause)
		bodies[i] = l.labels.fresh("case")
		var comm Text
		comm, after[i] = l.commCase(clause, subst)
		text = Join(text, comm, Src("goto "+bodies[i]+"\n"))
	}
	text = Join(text, Src("}"))
	l.code(s.Pos(), text, bodies)
	l.jumping()
	pop := l.pushTarget(label, end, "")
	for i, c := range s.Body.List {
		l.label(bodies[i])
		if after[i] != nil {
			after[i]()
		}
		l.block(c.(*ast.CommClause).Body)
		l.jump(end)
	}
	pop()
	l.label(end)
}

// commCase returns the case line of a select clause, with what its
// variables need: received into Vars (through fresh cells when captured).
// A receive assigned to targets that suspend receives into temporaries,
// and after returns the assignment, lowered, to emit once the case is
// chosen: Go evaluates such targets then.
func (l *lowerer) commCase(clause *ast.CommClause, subst map[ast.Node]Text) (comm Text, after func()) {
	if clause.Comm == nil {
		return Src("default:\n"), nil
	}
	assign, ok := clause.Comm.(*ast.AssignStmt)
	if ok && assign.Tok == token.ASSIGN && l.hotTargets(assign.Lhs) {
		return l.commAssign(assign, subst)
	}
	if !ok || assign.Tok != token.DEFINE {
		t, _ := l.rewriteWith(clause.Comm, subst)
		return Join(Src("case "), t, Src(":\n")), nil
	}
	recv := ast.Unparen(assign.Rhs[0]).(*ast.UnaryExpr)
	ch, ok := subst[recv.X]
	if !ok {
		ch = l.rewrite(recv.X)
	}
	names := make([]string, len(assign.Lhs))
	var assigned Text
	for i, x := range assign.Lhs {
		names[i] = "_"
		v, ok := l.info.Defs[x.(*ast.Ident)].(*types.Var)
		if !ok || !l.isUsed(v) {
			continue
		}
		pv := l.declare(v)
		names[i] = l.hiddenName("recv")
		if pv.Cell {
			assigned = Join(assigned, Ref(pv, RefCell), Src(" = &"+names[i]+"\n"))
		} else {
			assigned = Join(assigned, Ref(pv, RefValue), Src(" = "+names[i]+"\n"))
		}
	}
	lhs := names[0]
	if len(names) == 2 {
		lhs += ", " + names[1]
	}
	if lhs == "_" || lhs == "_, _" {
		return Join(Src("case <-"), ch, Src(":\n"), assigned), nil
	}
	return Join(Src("case "+lhs+" := <-"), ch, Src(":\n"), assigned), nil
}

// hotTargets reports whether any of the targets of an assignment suspends.
func (l *lowerer) hotTargets(lhs []ast.Expr) bool {
	for _, x := range lhs {
		if l.a.hot[x] {
			return true
		}
	}
	return false
}

// commAssign lowers `case targets = <-ch` whose targets suspend.
func (l *lowerer) commAssign(assign *ast.AssignStmt, subst map[ast.Node]Text) (Text, func()) {
	recv := ast.Unparen(assign.Rhs[0]).(*ast.UnaryExpr)
	ch, ok := subst[recv.X]
	if !ok {
		ch = l.rewrite(recv.X)
	}
	values := make([]*Var, len(assign.Lhs))
	received := make([]Text, len(assign.Lhs))
	for i, x := range assign.Lhs {
		values[i] = l.hidden("received", l.info.TypeOf(x))
		received[i] = Ref(values[i], RefValue)
	}
	if len(values) == 2 {
		values[1].Type = types.Typ[types.Bool]
	}
	values[0].Type = coreType(l.info.TypeOf(recv.X)).(*types.Chan).Elem()
	comm := Join(Src("case "), joinTexts(received, ", "), Src(" = <-"), ch, Src(":\n"))
	return comm, func() {
		var ops []ast.Expr
		for _, x := range assign.Lhs {
			ops = append(ops, lvalueOperands(l.info, x)...)
		}
		targets := l.operands(ops)
		lhs := make([]Text, len(assign.Lhs))
		for i, x := range assign.Lhs {
			lhs[i], _ = l.rewriteWith(x, targets)
		}
		l.code(assign.Pos(), Join(joinTexts(lhs, ", "), Src(" = "), joinTexts(received, ", ")), nil)
	}
}
