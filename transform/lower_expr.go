package transform

// This file defines the lowering of expressions that contain suspension
// points, and of the simple statements around them.
//
// Go evaluates calls, method calls, receives and logical operations left to
// right; gc reads plain operands (variables, index expressions) after the
// calls of their expression. Lowering keeps both: what gc evaluates where
// it stands (see ordered, mapLit and convert.go), before a suspension
// point, moves into temporaries ahead of it, in order; plain operands stay
// where they are, read after it. transform/doc.go lists the rules.

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
)

// expr lowers an expression and returns the Text that computes its value
// once the statements emitted so far have run.
func (l *lowerer) expr(e ast.Expr) Text {
	return l.lowerExpr(e, false)
}

// lowerExpr lowers e. If eager, every call of e is evaluated now, into a
// temporary, because a later operand suspends: Go evaluates all the calls
// of an operand before those of the next one.
func (l *lowerer) lowerExpr(e ast.Expr, eager bool) Text {
	if !l.a.hot[e] {
		if !eager {
			return l.rewrite(e)
		}
		t := l.hoistCalls(e)
		if l.convertedByAddress(e) && !isTemporary(t) {
			// gc copies such a value where the conversion stands.
			return l.temporaryText(e, t)
		}
		return t
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		if kind := l.a.points[e]; kind != NotPoint {
			return l.suspend(e, kind, 1)
		}
	case *ast.BinaryExpr:
		if isLogical(e) && (l.a.hot[e.Y] || eager) {
			// Eager, it is evaluated now, as gc does, and the calls of its
			// right side run only in the branch that evaluates it.
			return l.logical(e)
		}
	case *ast.FuncLit:
		l.errorf(e.Pos(), "a function literal cannot suspend its generator")
		return nil
	case *ast.CompositeLit:
		if _, isMap := under(l.info.TypeOf(e)).(*types.Map); isMap {
			return l.mapLit(e, eager)
		}
	}
	l.noteConversions(e)
	t, _ := l.rewriteWith(e, l.operandsEager(operandsOf(l.info, e), eager))
	if eager && (l.ordered(e) || l.convertedByAddress(e)) && !isTemporary(t) {
		return l.temporaryText(e, t)
	}
	return t
}

// operandsOf returns the operands of e in evaluation order.
func operandsOf(info *types.Info, e ast.Expr) []ast.Expr {
	switch e := e.(type) {
	case *ast.ParenExpr:
		return []ast.Expr{e.X}
	case *ast.CallExpr:
		return append([]ast.Expr{e.Fun}, e.Args...)
	case *ast.BinaryExpr:
		return []ast.Expr{e.X, e.Y}
	case *ast.UnaryExpr:
		return []ast.Expr{e.X}
	case *ast.StarExpr:
		return []ast.Expr{e.X}
	case *ast.SelectorExpr:
		return []ast.Expr{e.X}
	case *ast.TypeAssertExpr:
		return []ast.Expr{e.X}
	case *ast.IndexExpr:
		return []ast.Expr{e.X, e.Index}
	case *ast.SliceExpr:
		var ops []ast.Expr
		for _, x := range []ast.Expr{e.X, e.Low, e.High, e.Max} {
			if x != nil {
				ops = append(ops, x)
			}
		}
		return ops
	case *ast.CompositeLit:
		_, isStruct := under(info.TypeOf(e)).(*types.Struct)
		var ops []ast.Expr
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if !isStruct {
					ops = append(ops, kv.Key)
				}
				ops = append(ops, kv.Value)
				continue
			}
			ops = append(ops, elt)
		}
		return ops
	}
	return nil
}

func under(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem().Underlying()
	}
	return t.Underlying()
}

// operands lowers a list of operands evaluated in order, and returns what
// replaces them: the operands before the last that suspends are evaluated
// eagerly (their calls move into temporaries, in order), the last is
// lowered, and the rest are left as they are.
func (l *lowerer) operands(ops []ast.Expr) map[ast.Node]Text {
	return l.operandsEager(ops, false)
}

// operandsEager is operands; if eager, all the operands are evaluated
// eagerly.
func (l *lowerer) operandsEager(ops []ast.Expr, eager bool) map[ast.Node]Text {
	last := -1
	for i, op := range ops {
		if l.a.hot[op] {
			last = i
		}
	}
	subst := map[ast.Node]Text{}
	for i, op := range ops {
		switch {
		case eager || i < last:
			subst[op] = l.lowerExpr(op, true) // a later operand suspends
		case i == last:
			subst[op] = l.expr(op)
		}
	}
	return subst
}

// hoistCalls moves the calls, receives and logical operations of an
// expression without suspension points into temporaries, in evaluation
// order, and returns the expression that reads them.
func (l *lowerer) hoistCalls(e ast.Expr) Text {
	subst := map[ast.Node]Text{}
	ast.Inspect(e, func(n ast.Node) bool {
		x, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		if _, ok := x.(*ast.FuncLit); ok {
			return false
		}
		switch {
		case l.ordered(x):
			subst[x] = l.temporary(x)
			return false
		case x != e && l.convertedByAddress(x):
			subst[x] = l.temporaryText(x, l.hoistCalls(x))
			return false
		}
		l.noteConversions(x)
		return true
	})
	t, _ := l.rewriteWith(e, subst)
	return t
}

// mapLit lowers a map literal that suspends. gc builds a map literal where
// it stands, inserting one entry after the other: the entries before the
// last one that suspends are evaluated whole before it (the calls of key
// and value, then their other operands, into temporaries), that entry is
// lowered as operands, and the entries after it stay in the literal.
func (l *lowerer) mapLit(e *ast.CompositeLit, eager bool) Text {
	l.noteConversions(e)
	last := -1
	for i, elt := range e.Elts {
		if l.a.hot[elt] {
			last = i
		}
	}
	subst := map[ast.Node]Text{}
	for i, elt := range e.Elts {
		kv := elt.(*ast.KeyValueExpr)
		ops := []ast.Expr{kv.Key, kv.Value}
		switch {
		case i < last:
			maps.Copy(subst, l.operandsEager(ops, true))
			for _, op := range ops {
				if !l.static(op) && !isTemporary(subst[op]) {
					subst[op] = l.temporaryText(op, subst[op])
				}
			}
		case i == last || eager:
			maps.Copy(subst, l.operandsEager(ops, eager))
		}
	}
	t, _ := l.rewriteWith(e, subst)
	if eager {
		return l.temporaryText(e, t)
	}
	return t
}

// temporary evaluates e into a new temporary and returns a reference to it.
func (l *lowerer) temporary(e ast.Expr) Text {
	return l.temporaryText(e, l.rewrite(e))
}

// temporaryText evaluates text, the lowered e, into a new temporary.
func (l *lowerer) temporaryText(e ast.Expr, text Text) Text {
	if tv, ok := l.info.Types[e]; ok {
		if _, tuple := tv.Type.(*types.Tuple); tuple || tv.IsVoid() {
			return text // a call as a statement, or all of several results
		}
	}
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok && lit.Type == nil {
		text = l.elidedType(lit, text)
	}
	t := l.hidden("t", l.info.TypeOf(e))
	l.code(e.Pos(), Join(Def(t), Src(" = "), text), nil, t)
	return Ref(t, RefValue)
}

// isTemporary reports whether t reads a temporary: evaluated already.
func isTemporary(t Text) bool {
	return len(t) == 1 && t[0].Var != nil && t[0].Var.Obj == nil && t[0].Ref == RefValue
}

// elidedType writes the type of a composite literal that an enclosing
// literal let its source elide ({1, 2} for T{1, 2}, or &T{1, 2} for a
// pointer element), before text, the literal's lowered braces.
func (l *lowerer) elidedType(lit *ast.CompositeLit, text Text) Text {
	t := l.info.TypeOf(lit)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return Join(Src("&"), TypeText(p.Elem()), text)
	}
	return Join(TypeText(t), text)
}

// suspend lowers a suspension point: its operand, then the suspension, then
// the results (want of them) into temporaries.
func (l *lowerer) suspend(call *ast.CallExpr, kind PointKind, want int) Text {
	switch kind {
	case AwaitPoint:
		return l.await(call, want)
	case YieldFromPoint:
		return l.yieldFrom(call, want)
	}
	value := l.expr(call.Args[0])
	if !l.plain(call.Args[0]) {
		// Evaluated before the state changes: if it panics, the body
		// panics where it is, not suspended at the point.
		value = l.temporaryText(call.Args[0], value)
	}
	p := l.newPoint(call.Pos(), kind == YieldErrPoint)
	l.emit(&Stmt{Kind: Suspend, Pos: call.Pos(), Text: value, Point: p})
	l.label(p.Label)
	if want == 0 {
		return nil
	}
	sent := l.hidden("resumed", l.gen.S)
	l.m.UsesSent = true
	if kind == YieldErrPoint {
		l.m.UsesThrown = true
		err := l.hidden("resumedErr", types.Universe.Lookup("error").Type())
		l.code(call.Pos(), Join(Def(sent), Src(", "), Def(err), Src(" = "+l.m.Sent+", "+l.m.Thrown)), nil, sent, err)
		return Join(Ref(sent, RefValue), Src(", "), Ref(err, RefValue))
	}
	l.code(call.Pos(), Join(Def(sent), Src(" = "+l.m.Sent)), nil, sent)
	return Ref(sent, RefValue)
}

// await lowers agen.Await(y, a): a is evaluated into the frame, then
// polled where the body resumes while it is pending; its value and error
// go to temporaries (want of them, 0 or 2).
func (l *lowerer) await(call *ast.CallExpr, want int) Text {
	sig := l.info.TypeOf(call.Fun).(*types.Signature)
	aw := l.hidden("awaiting", sig.Params().At(1).Type())
	l.code(call.Args[1].Pos(), Join(Def(aw), Src(" = "), l.expr(call.Args[1])), nil, aw)
	p := l.newPoint(call.Pos(), false)
	p.Await = true
	l.label(p.Label)
	s := &Stmt{Kind: Await, Pos: call.Pos(), Text: Ref(aw, RefValue), Point: p, Results: Src("_, _")}
	var results Text
	if want > 0 {
		tuple := l.info.TypeOf(call).(*types.Tuple)
		v := l.hidden("awaited", tuple.At(0).Type())
		e := l.hidden("awaitedErr", tuple.At(1).Type())
		s.Defs = []*Var{v, e}
		s.Results = Join(Def(v), Src(", "), Def(e))
		results = Join(Ref(v, RefValue), Src(", "), Ref(e, RefValue))
	}
	l.emit(s)
	l.code(call.Pos(), Join(Def(aw), Src(" = nil")), nil, aw) // it may be collected
	return results
}

// plain reports whether evaluating e cannot panic nor have effects: a
// constant or a variable.
func (l *lowerer) plain(e ast.Expr) bool {
	if tv, ok := l.info.Types[e]; ok && tv.Value != nil {
		return true
	}
	_, ok := ast.Unparen(e).(*ast.Ident)
	return ok
}

// resumed returns the Text of what a suspension point of kind returns,
// right after it resumed.
func (l *lowerer) resumed(kind PointKind) Text {
	l.m.UsesSent = true
	if kind == YieldErrPoint {
		l.m.UsesThrown = true
		return Src(l.m.Sent + ", " + l.m.Thrown)
	}
	return Src(l.m.Sent)
}

// logical lowers x && y or x || y where y suspends: y runs only when x
// does not decide.
func (l *lowerer) logical(e *ast.BinaryExpr) Text {
	t := l.hidden("cond", l.info.TypeOf(e))
	skip := l.labels.fresh("skip")
	l.code(e.Pos(), Join(Def(t), Src(" = "), l.expr(e.X)), nil, t)
	if e.Op == token.LAND {
		l.ifNot(e.Pos(), Ref(t, RefValue), skip)
	} else {
		l.ifTrue(e.Pos(), Ref(t, RefValue), skip)
	}
	l.code(e.Y.Pos(), Join(Ref(t, RefValue), Src(" = "), l.expr(e.Y)), nil, t)
	l.label(skip)
	return Ref(t, RefValue)
}

// exprStmt lowers an expression statement that suspends.
func (l *lowerer) exprStmt(s *ast.ExprStmt) {
	call, isCall := ast.Unparen(s.X).(*ast.CallExpr)
	if isCall {
		if kind := l.a.points[call]; kind != NotPoint {
			l.suspend(call, kind, 0)
			return
		}
	}
	t := l.expr(s.X)
	l.code(s.Pos(), t, nil)
	if !isCall {
		return
	}
	if b, ok := l.info.Uses[calleeIdent(call.Fun)].(*types.Builtin); ok && b.Name() == "panic" {
		l.jumping()
	}
}

// assign lowers an assignment that suspends. The index and pointer
// operands of the left-hand side are evaluated first, then the right-hand
// side, left to right, as Go does.
func (l *lowerer) assign(s *ast.AssignStmt) {
	if l.directYield(s.Lhs, s.Rhs, s.Tok, s) {
		return
	}
	if s.Tok == token.DEFINE {
		subst := l.operands(s.Rhs)
		l.define(s, subst)
		return
	}
	var ops []ast.Expr
	for _, lhs := range s.Lhs {
		ops = append(ops, lvalueOperands(l.info, lhs)...)
	}
	ops = append(ops, s.Rhs...)
	if len(s.Lhs) == len(s.Rhs) && s.Tok == token.ASSIGN {
		for i, rhs := range s.Rhs {
			l.convertTo(rhs, l.info.TypeOf(s.Lhs[i]))
		}
	}
	t, _ := l.rewriteWith(s, l.operands(ops))
	l.code(s.Pos(), t, nil)
}

// lvalueOperands returns the operands of an assignment's left-hand side
// that Go evaluates before the right-hand side: those of index expressions
// and of pointer indirections, explicit or implicit in a selector.
func lvalueOperands(info *types.Info, lhs ast.Expr) []ast.Expr {
	switch x := ast.Unparen(lhs).(type) {
	case *ast.IndexExpr:
		return []ast.Expr{x.X, x.Index}
	case *ast.StarExpr:
		return []ast.Expr{x.X}
	case *ast.SelectorExpr:
		if sel := info.Selections[x]; sel != nil && sel.Indirect() {
			return []ast.Expr{x.X}
		}
		if t := info.TypeOf(x.X); t != nil {
			if _, ok := t.Underlying().(*types.Pointer); ok {
				return []ast.Expr{x.X}
			}
		}
		return lvalueOperands(info, x.X)
	}
	return nil
}

// directYield lowers `v := y.Yield(x)`, `v = y.Yield(x)` and the YieldErr
// forms, whose results go straight to their variables.
func (l *lowerer) directYield(lhs, rhs []ast.Expr, tok token.Token, at ast.Node) bool {
	if len(rhs) != 1 {
		return false
	}
	call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
	if !ok || l.a.points[call] == NotPoint {
		return false
	}
	for _, x := range lhs {
		if _, ok := x.(*ast.Ident); !ok {
			return false
		}
	}
	kind := l.a.points[call]
	var subst map[ast.Node]Text
	if kind == AwaitPoint || kind == YieldFromPoint {
		subst = map[ast.Node]Text{rhs[0]: l.suspend(call, kind, 2)}
	} else {
		l.suspend(call, kind, 0)
		subst = map[ast.Node]Text{rhs[0]: l.resumed(kind)}
	}
	if tok == token.DEFINE {
		if s, ok := at.(*ast.AssignStmt); ok {
			l.define(s, subst)
			return true
		}
	}
	if spec, ok := at.(*ast.ValueSpec); ok {
		l.valueSpec(spec, subst)
		return true
	}
	t, _ := l.rewriteWith(at, subst)
	l.code(at.Pos(), t, nil, l.assignedVars(lhs)...)
	return true
}

// assignedVars returns the Vars a list of identifiers denotes.
func (l *lowerer) assignedVars(lhs []ast.Expr) []*Var {
	var defs []*Var
	for _, x := range lhs {
		if id, ok := x.(*ast.Ident); ok {
			if v, ok := l.info.ObjectOf(id).(*types.Var); ok && l.vars[v] != nil && !l.vars[v].Cell {
				defs = append(defs, l.vars[v])
			}
		}
	}
	return defs
}

// define lowers a short variable declaration at the top level of the list:
// the new variables become Vars and the statement an assignment. Cells are
// allocated afresh, since each execution declares new variables.
func (l *lowerer) define(s *ast.AssignStmt, subst map[ast.Node]Text) {
	if subst == nil {
		subst = map[ast.Node]Text{}
	}
	var defs []*Var
	for _, x := range s.Lhs {
		id, ok := x.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		v, ok := l.info.Defs[id].(*types.Var)
		if !ok {
			continue // redeclared
		}
		pv := l.declare(v)
		l.allocate(s.Pos(), pv)
		if !pv.Cell {
			defs = append(defs, pv)
		}
	}
	lhs := make([]Text, len(s.Lhs))
	for i, x := range s.Lhs {
		if isBlank(x) {
			lhs[i] = Src("_")
			continue
		}
		lhs[i] = l.rewrite(x)
		if len(lhs[i]) == 1 && lhs[i][0].Var != nil && !lhs[i][0].Var.Cell && l.info.Defs[x.(*ast.Ident)] != nil {
			lhs[i] = Def(lhs[i][0].Var)
		}
	}
	rhs := make([]Text, len(s.Rhs))
	for i, x := range s.Rhs {
		if t, ok := subst[x]; ok {
			rhs[i] = t
		} else {
			t, _ := l.rewriteWith(x, subst)
			rhs[i] = t
		}
	}
	l.code(s.Pos(), Join(joinTexts(lhs, ", "), Src(" = "), joinTexts(rhs, ", ")), nil, defs...)
}

// allocate emits the fresh cell of a declared variable.
func (l *lowerer) allocate(pos token.Pos, v *Var) {
	if v.Cell {
		l.code(pos, Join(Text{{Var: v, Ref: RefCell, Def: true}}, Src(" = new("), TypeText(v.Type), Src(")")), nil, v)
	}
}

func joinTexts(texts []Text, sep string) Text {
	var out Text
	for i, t := range texts {
		if i > 0 {
			out = append(out, Piece{Src: sep})
		}
		out = append(out, t...)
	}
	return out
}

// declStmt lowers a declaration at the top level of the list: variables
// become Vars and are assigned their values (or zero values), constants
// become Consts, and types move to package level.
func (l *lowerer) declStmt(s *ast.DeclStmt) {
	gen := s.Decl.(*ast.GenDecl)
	switch gen.Tok {
	case token.TYPE:
		l.typeDecl(gen)
		return
	case token.CONST:
		l.constDecl(s, gen)
		return
	}
	for _, spec := range gen.Specs {
		vs := spec.(*ast.ValueSpec)
		if len(vs.Values) == 1 && len(vs.Names) >= 1 {
			lhs := make([]ast.Expr, len(vs.Names))
			for i, n := range vs.Names {
				lhs[i] = n
			}
			if l.directYield(lhs, vs.Values, token.DEFINE, vs) {
				continue
			}
		}
		l.valueSpec(vs, l.operands(vs.Values))
	}
}

// valueSpec lowers one `var names [type] [= values]`.
func (l *lowerer) valueSpec(vs *ast.ValueSpec, subst map[ast.Node]Text) {
	var lhs []Text
	var defs []*Var
	for _, n := range vs.Names {
		v, ok := l.info.Defs[n].(*types.Var)
		if !ok || n.Name == "_" {
			lhs = append(lhs, Src("_"))
			continue
		}
		pv := l.declare(v)
		l.allocate(vs.Pos(), pv)
		if !pv.Cell {
			defs = append(defs, pv)
			lhs = append(lhs, Def(pv))
		} else {
			lhs = append(lhs, Ref(pv, RefValue))
		}
	}
	if len(vs.Values) == 0 {
		for i, n := range vs.Names {
			if v, ok := l.info.Defs[n].(*types.Var); ok && n.Name != "_" {
				l.code(vs.Pos(), Join(lhs[i], Src(" = "), ZeroText(v.Type())), nil, defs...)
			}
		}
		return
	}
	rhs := make([]Text, len(vs.Values))
	for i, x := range vs.Values {
		if t, ok := subst[x]; ok {
			rhs[i] = t
		} else {
			rhs[i] = l.rewrite(x)
		}
	}
	if vs.Type != nil && len(vs.Names) == len(vs.Values) {
		// var x T = v converts v to T.
		for i := range rhs {
			rhs[i] = Join(Src("("), TypeText(l.info.TypeOf(vs.Type)), Src(")("), rhs[i], Src(")"))
		}
	}
	l.code(vs.Pos(), Join(joinTexts(lhs, ", "), Src(" = "), joinTexts(rhs, ", ")), nil, defs...)
}

// ZeroText returns the zero value of t, as simply as Go writes it.
func ZeroText(t types.Type) Text {
	if _, param := t.(*types.TypeParam); param {
		return Join(Src("*new("), TypeText(t), Src(")"))
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			return Src("false")
		case u.Info()&types.IsString != 0:
			return Src(`""`)
		case u.Info()&types.IsNumeric != 0:
			return Src("0")
		case u.Kind() == types.UnsafePointer:
			return Src("nil")
		}
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature, *types.Interface:
		return Src("nil")
	case *types.Struct, *types.Array:
		return Join(TypeText(t), Src("{}"))
	}
	return Join(Src("*new("), TypeText(t), Src(")"))
}

// constDecl keeps a constant declaration at the top level of resume. Its
// constants become Consts, which the naming pass names: at the top level
// their scope runs to the end of resume, where other declarations of the
// body may use their names.
func (l *lowerer) constDecl(s *ast.DeclStmt, gen *ast.GenDecl) {
	subst := map[ast.Node]Text{}
	for _, spec := range gen.Specs {
		for _, n := range spec.(*ast.ValueSpec).Names {
			obj, ok := l.info.Defs[n].(*types.Const)
			if !ok || n.Name == "_" {
				continue
			}
			c := &Const{Name: n.Name, Obj: obj}
			l.consts[obj] = c
			l.m.Consts = append(l.m.Consts, c)
			subst[n] = Text{{Const: c}}
		}
	}
	t, _ := l.rewriteWith(s, subst)
	l.code(s.Pos(), t, nil)
}

// returnStmt lowers a return statement that suspends.
func (l *lowerer) returnStmt(s *ast.ReturnStmt) {
	if len(s.Results) == 1 && l.m.Result != nil && !l.isResult(s.Results[0]) {
		value := l.expr(s.Results[0])
		l.code(s.Pos(), Join(Ref(l.m.Result, RefValue), Src(" = "), value), nil)
	}
	if len(l.ranges) > 0 {
		t, target := l.leave(0, l.retLabel, false)
		l.code(s.Pos(), t, []string{target})
		l.jumping()
		return
	}
	l.jump(l.retLabel)
}

// isResult reports whether e is the named result itself: `return err`
// needs no assignment.
func (l *lowerer) isResult(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && l.m.Result.Obj != nil && l.info.Uses[id] == l.m.Result.Obj
}

// returnText is what replaces a return statement in code kept as written,
// in the body of a range-over-func loop kept as written if native, and
// the label it jumps to.
func (l *lowerer) returnText(s *ast.ReturnStmt, native bool) (Text, string) {
	leave, target := l.leave(0, l.retLabel, native)
	if len(s.Results) == 0 || l.m.Result == nil || l.isResult(s.Results[0]) {
		return leave, target
	}
	return Join(Ref(l.m.Result, RefValue), Src(" = "), l.rewrite(s.Results[0]), Src("; "), leave), target
}
