package transform

// This file defines the lowering of loops that suspend. A loop becomes a
// head label, a conditional jump to its end, the body, a continue label
// where Go 1.22's per-iteration variables are copied, and a jump back.
// Range loops become index loops over hidden variables, with Go's rules:
// the range expression is evaluated once; a string yields runes at byte
// offsets; a map's entries deleted before they are reached are skipped, and
// entries added meanwhile are not produced.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// forStmt lowers a three-clause, condition-only or infinite for loop.
func (l *lowerer) forStmt(s *ast.ForStmt, label string) {
	var perIteration []*Var
	if s.Init != nil {
		if def, ok := s.Init.(*ast.AssignStmt); ok && def.Tok == token.DEFINE {
			for _, x := range def.Lhs {
				if v, ok := l.info.Defs[x.(*ast.Ident)].(*types.Var); ok && l.a.cells[v] {
					perIteration = append(perIteration, l.declare(v))
				}
			}
		}
		l.stmt(s.Init)
	}
	head, cont, end := l.labels.fresh("loop"), l.labels.fresh("next"), l.labels.fresh("done")
	l.label(head)
	if s.Cond != nil {
		l.ifNot(s.Cond.Pos(), l.expr(s.Cond), end)
	}
	pop := l.pushTarget(label, end, cont)
	l.block(s.Body.List)
	pop()
	l.label(cont)
	for _, v := range perIteration {
		// Each iteration has its own variable, initialized from the
		// previous one before the post statement.
		next := l.hiddenName("next")
		l.code(s.Pos(), Join(Src("{ "+next+" := "), Ref(v, RefValue), Src("; "), Ref(v, RefCell), Src(" = &"+next+" }")), nil, v)
	}
	if s.Post != nil {
		l.stmt(s.Post)
	}
	l.jump(head)
	l.label(end)
}

// rangeStmt lowers a range loop.
func (l *lowerer) rangeStmt(s *ast.RangeStmt, label string) {
	t := l.info.TypeOf(s.X)
	if t == nil {
		return
	}
	switch u := coreType(t).(type) {
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			l.rangeString(s, label)
		} else {
			l.rangeInt(s, label)
		}
	case *types.Slice:
		l.rangeIndexed(s, label)
	case *types.Array:
		l.rangeIndexed(s, label)
	case *types.Pointer:
		l.rangeIndexed(s, label)
	case *types.Map:
		l.rangeMap(s, label, u)
	case *types.Chan:
		l.rangeChan(s, label)
	case *types.Signature:
		if g, ok := l.rangedGenerator(s); ok && l.a.hot[s.Body] && !(s.Key != nil && l.a.hot[s.Key]) {
			l.rangeGenerator(s, label, g)
			return
		}
		if g, ctx, ok := asyncGeneratorRange(l.info, s); ok && l.gen.Async && (l.a.hot[s.Body] || !l.m.Nested) && !(s.Key != nil && l.a.hot[s.Key]) && !(s.Value != nil && l.a.hot[s.Value]) {
			l.rangeAsyncGenerator(s, label, g, ctx)
			return
		}
		if l.a.hot[s.Body] || s.Key != nil && l.a.hot[s.Key] || s.Value != nil && l.a.hot[s.Value] {
			if _, _, ok := asyncGeneratorRange(l.info, s); ok && !l.gen.Async {
				l.errorf(s.Pos(), "a suspension point in a range loop over %s is not supported in a sync body: its values are awaited; make the body async", t)
				return
			} else if ok {
				// Stepped with iter.Pull, All(ctx) would block the loop that
				// runs the body.
				l.errorf(s.Pos(), "a suspension point in the iteration variables of a range loop over %s is not supported: assign them in the body from plain variables", t)
				return
			}
			l.rangePulled(s, label, u)
			return
		}
		// Only the range expression suspends: evaluate it, then loop as
		// written, under its label, which break and continue in it name.
		x := l.temporaryText(s.X, l.expr(s.X))
		subst := map[ast.Node]Text{s.X: x}
		inner := l.nativeLabel(s, label, subst)
		text, targets := l.rewriteWith(s, subst)
		if len(subst) > 1 { // a break or continue names it
			text = Join(Src(inner+":\n"), text)
		}
		l.code(s.Pos(), text, targets)
	default:
		l.errorf(s.Pos(), "a suspension point in a range loop over %s is not supported", t)
	}
}

// coreType returns the underlying type of t, or for a type parameter the
// one underlying type of its type set, if there is one.
func coreType(t types.Type) types.Type {
	tp, ok := t.(*types.TypeParam)
	if !ok {
		return t.Underlying()
	}
	var core types.Type
	var visit func(iface *types.Interface) bool
	visit = func(iface *types.Interface) bool {
		for i := range iface.NumEmbeddeds() {
			switch e := iface.EmbeddedType(i).(type) {
			case *types.Union:
				for j := range e.Len() {
					u := e.Term(j).Type().Underlying()
					if core != nil && !types.Identical(core, u) {
						return false
					}
					core = u
				}
			default:
				if inner, ok := e.Underlying().(*types.Interface); ok {
					if !visit(inner) {
						return false
					}
					continue
				}
				u := e.Underlying()
				if core != nil && !types.Identical(core, u) {
					return false
				}
				core = u
			}
		}
		return true
	}
	if iface, ok := tp.Constraint().Underlying().(*types.Interface); ok && visit(iface) && core != nil {
		return core
	}
	return tp.Underlying()
}

// loopLabels are the labels of a lowered loop.
type loopLabels struct{ head, cont, end string }

// loop emits the skeleton of a lowered range loop: cond (evaluated at the
// head) ends the loop when false, bind assigns the iteration variables (it
// may jump to the loop's labels), and step advances.
func (l *lowerer) loop(s *ast.RangeStmt, label string, cond Text, bind func(loopLabels), step Text) {
	ll := loopLabels{l.labels.fresh("loop"), l.labels.fresh("next"), l.labels.fresh("done")}
	l.label(ll.head)
	if cond != nil {
		l.ifNot(s.Pos(), cond, ll.end)
	}
	bind(ll)
	pop := l.pushTarget(label, ll.end, ll.cont)
	l.block(s.Body.List)
	pop()
	l.label(ll.cont)
	if step != nil {
		l.code(s.Pos(), step, nil)
	}
	l.jump(ll.head)
	l.label(ll.end)
}

// iterationVars assigns the key and value of an iteration: fresh variables
// for :=, the left-hand sides for =.
func (l *lowerer) iterationVars(s *ast.RangeStmt, key, value Text) {
	pairs := []struct {
		x ast.Expr
		v Text
	}{{s.Key, key}, {s.Value, value}}
	var lhs, rhs []Text
	var defs []*Var
	var subst map[ast.Node]Text
	if s.Tok == token.ASSIGN {
		// Each iteration assigns as an assignment statement does: the
		// operands of the targets are evaluated (and may suspend) first.
		var ops []ast.Expr
		for _, p := range pairs {
			if p.x != nil && p.v != nil {
				ops = append(ops, lvalueOperands(l.info, p.x)...)
			}
		}
		subst = l.operands(ops)
	}
	for _, p := range pairs {
		if p.x == nil || p.v == nil {
			continue
		}
		if id, ok := p.x.(*ast.Ident); ok && id.Name == "_" {
			continue
		}
		if s.Tok == token.DEFINE {
			v, ok := l.info.Defs[p.x.(*ast.Ident)].(*types.Var)
			if !ok {
				continue
			}
			pv := l.declare(v)
			l.allocate(s.Pos(), pv)
			if !pv.Cell {
				defs = append(defs, pv)
			}
		}
		target, _ := l.rewriteWith(p.x, subst)
		if s.Tok == token.DEFINE && len(target) == 1 && target[0].Var != nil && !target[0].Var.Cell {
			target = Def(target[0].Var)
		}
		lhs = append(lhs, target)
		rhs = append(rhs, p.v)
	}
	if len(lhs) > 0 {
		l.code(s.Pos(), Join(joinTexts(lhs, ", "), Src(" = "), joinTexts(rhs, ", ")), nil, defs...)
	}
}

// rangeInt lowers `for i := range n`.
func (l *lowerer) rangeInt(s *ast.RangeStmt, label string) {
	t := l.info.TypeOf(s.X)
	if s.Key != nil {
		if kt := l.info.TypeOf(s.Key); kt != nil {
			t = kt
		}
	}
	i := l.hidden("rangeIndex", t)
	end := l.fixedEnd(s, t)
	if end != nil {
		l.code(s.X.Pos(), Join(Def(i), Src(" = 0")), nil, i)
	} else {
		n := l.hidden("rangeEnd", t)
		l.code(s.X.Pos(), Join(Def(n), Src(", "), Def(i), Src(" = "), l.expr(s.X), Src(", 0")), nil, n, i)
		end = Ref(n, RefValue)
	}
	l.loop(s, label, Join(Ref(i, RefValue), Src(" < "), end), func(loopLabels) {
		l.iterationVars(s, Ref(i, RefValue), nil)
	}, Join(Ref(i, RefValue), Src("++")))
}

// fixedEnd returns the Text of the end of a range over an integer when it
// need not be copied: a constant, or a variable of the key's type that the
// loop body does not assign (Go evaluates the range expression once).
func (l *lowerer) fixedEnd(s *ast.RangeStmt, t types.Type) Text {
	if tv, ok := l.info.Types[s.X]; ok && tv.Value != nil && !l.a.hot[s.X] {
		return l.rewrite(s.X)
	}
	id, ok := ast.Unparen(s.X).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := l.info.Uses[id].(*types.Var)
	if !ok || l.vars[v] == nil || l.vars[v].Cell || !types.Identical(v.Type(), t) || assigns(l.info, s, v) {
		return nil
	}
	return Ref(l.vars[v], RefValue)
}

// assigns reports whether the range statement s assigns v, in its body or
// as its key, outside function literals (which cannot: a variable they
// capture is a cell).
func assigns(info *types.Info, s *ast.RangeStmt, v *types.Var) bool {
	found := false
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.ObjectOf(id) == v
	}
	ast.Inspect(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, x := range n.Lhs {
				found = found || is(x)
			}
		case *ast.IncDecStmt:
			found = found || is(n.X)
		case *ast.RangeStmt:
			found = found || n.Tok == token.ASSIGN && (n.Key != nil && is(n.Key) || n.Value != nil && is(n.Value))
		}
		return !found
	})
	return found
}

// rangeIndexed lowers a range over a slice, an array or a pointer to an
// array. An array is copied once if its values are used; a pointer's array
// is read at each iteration.
func (l *lowerer) rangeIndexed(s *ast.RangeStmt, label string) {
	xt := l.info.TypeOf(s.X)
	i := l.hidden("rangeIndex", types.Typ[types.Int])
	n := l.hidden("rangeLen", types.Typ[types.Int])
	usesValue := s.Value != nil && !isBlank(s.Value)
	var x *Var
	if !usesValue && l.constantLen(s.X) {
		// len of an array, or of a pointer to one, is constant: the range
		// expression is not evaluated.
		l.code(s.X.Pos(), Join(Def(n), Src(", "), Def(i), Src(" = len("), l.rewrite(s.X), Src("), 0")), nil, n, i)
	} else {
		x = l.hidden("rangeOver", xt)
		l.code(s.X.Pos(), Join(Def(x), Src(" = "), l.expr(s.X)), nil, x)
		l.code(s.X.Pos(), Join(Def(n), Src(", "), Def(i), Src(" = len("), Ref(x, RefValue), Src("), 0")), nil, n, i)
	}
	var value Text
	if usesValue {
		value = Join(Ref(x, RefValue), Src("["), Ref(i, RefValue), Src("]"))
		if _, ok := coreType(xt).(*types.Pointer); ok {
			value = Join(value, Mark(MayPanic)) // a nil pointer to an array
		}
	}
	l.loop(s, label, Join(Ref(i, RefValue), Src(" < "), Ref(n, RefValue)), func(loopLabels) {
		l.iterationVars(s, Ref(i, RefValue), value)
	}, Join(Ref(i, RefValue), Src("++")))
}

// constantLen reports whether len(x) is a constant: x is an array or a
// pointer to one, and has no calls nor receives.
func (l *lowerer) constantLen(x ast.Expr) bool {
	core := coreType(l.info.TypeOf(x))
	if p, ok := core.(*types.Pointer); ok {
		core = p.Elem().Underlying()
	}
	if _, ok := core.(*types.Array); !ok || l.a.hot[x] {
		return false
	}
	effects := false
	ast.Inspect(x, func(n ast.Node) bool {
		switch e := n.(type) {
		case *ast.CallExpr:
			tv := l.info.Types[e]
			fun := l.info.Types[e.Fun]
			effects = effects || tv.Value == nil && !fun.IsType() // a non-constant call
		case *ast.UnaryExpr:
			effects = effects || e.Op == token.ARROW
		}
		return !effects
	})
	return !effects
}

// rangeString lowers a range over a string: runes at byte offsets, an
// invalid byte giving utf8.RuneError of width 1.
func (l *lowerer) rangeString(s *ast.RangeStmt, label string) {
	x := l.hidden("rangeOver", l.info.TypeOf(s.X))
	i := l.hidden("rangeIndex", types.Typ[types.Int])
	w := l.hidden("runeWidth", types.Typ[types.Int])
	l.code(s.X.Pos(), Join(Def(x), Src(", "), Def(i), Src(" = "), l.expr(s.X), Src(", 0")), nil, x, i)
	var rune, value Text = Src("_"), nil
	defs := []*Var{w}
	if s.Value != nil && !isBlank(s.Value) {
		r := l.hidden("rangeRune", types.Typ[types.Rune])
		rune, value = Def(r), Ref(r, RefValue)
		defs = append(defs, r)
	}
	decode := Join(rune, Src(", "), Def(w), Src(" = "), Text{{Pkg: "unicode/utf8", Name: "DecodeRuneInString"}},
		Src("(string("), Ref(x, RefValue), Src("["), Ref(i, RefValue), Src(":]))"))
	l.loop(s, label, Join(Ref(i, RefValue), Src(" < len("), Ref(x, RefValue), Src(")")), func(loopLabels) {
		l.code(s.Pos(), decode, nil, defs...)
		l.iterationVars(s, Ref(i, RefValue), value)
	}, Join(Ref(i, RefValue), Src(" += "), Ref(w, RefValue)))
}

// rangeMap lowers a range over a map with agen.MapRange, which keeps Go's
// rules while the body suspends between iterations.
func (l *lowerer) rangeMap(s *ast.RangeStmt, label string, mt *types.Map) {
	it := l.hidden("rangeMap", l.runtimeType("MapRange", mt.Key(), mt.Elem()))
	ok := l.hidden("rangeOK", types.Typ[types.Bool])
	l.code(s.X.Pos(), Join(Ref(it, RefValue), Src(".Start("), l.expr(s.X), Src(")"), Mark(MayPanic)), nil)
	key, value := Text(Src("_")), Text(Src("_"))
	var keyRef, valueRef Text
	defs := []*Var{ok}
	if s.Key != nil && !isBlank(s.Key) {
		k := l.hidden("rangeKey", mt.Key())
		key, keyRef, defs = Def(k), Ref(k, RefValue), append(defs, k)
	}
	if s.Value != nil && !isBlank(s.Value) {
		v := l.hidden("rangeValue", mt.Elem())
		value, valueRef, defs = Def(v), Ref(v, RefValue), append(defs, v)
	}
	l.loop(s, label, nil, func(ll loopLabels) {
		l.code(s.Pos(), Join(key, Src(", "), value, Src(", "), Def(ok), Src(" = "), Ref(it, RefValue), Src(".Next()"), Mark(MayPanic)), nil, defs...)
		l.ifNot(s.Pos(), Ref(ok, RefValue), ll.end)
		l.iterationVars(s, keyRef, valueRef)
	}, nil)
}

// runtimeType returns a type of the runtime instantiated with args.
func (l *lowerer) runtimeType(name string, args ...types.Type) types.Type {
	yielder := types.Unalias(types.Unalias(l.gen.Yielder.Type()).(*types.Pointer).Elem()).(*types.Named)
	obj := yielder.Obj().Pkg().Scope().Lookup(name)
	if obj == nil {
		l.errorf(l.pos, "the package %s has no %s: it is older than this agen; use the same version of both", yielder.Obj().Pkg().Path(), name)
		return types.Typ[types.Invalid]
	}
	if len(args) == 0 {
		return obj.Type()
	}
	t, err := types.Instantiate(nil, obj.Type(), args, true)
	if err != nil {
		l.errorf(l.pos, "internal error: %v", err)
		return types.Typ[types.Invalid]
	}
	return t
}

// rangeChan lowers a range over a channel.
func (l *lowerer) rangeChan(s *ast.RangeStmt, label string) {
	ct := l.info.TypeOf(s.X)
	c := l.hidden("rangeChan", ct)
	ok := l.hidden("rangeOK", types.Typ[types.Bool])
	received, value := Src("_"), Text(nil)
	defs := []*Var{ok}
	if s.Key != nil && !isBlank(s.Key) {
		v := l.hidden("rangeValue", coreType(ct).(*types.Chan).Elem())
		received, value = Def(v), Ref(v, RefValue)
		defs = append(defs, v)
	}
	l.code(s.X.Pos(), Join(Def(c), Src(" = "), l.expr(s.X)), nil, c)
	l.loop(s, label, nil, func(ll loopLabels) {
		l.code(s.Pos(), Join(received, Src(", "), Def(ok), Src(" = <-"), Ref(c, RefValue)), nil, defs...)
		l.ifNot(s.Pos(), Ref(ok, RefValue), ll.end)
		l.iterationVars(s, value, nil)
	}, nil)
}

func isBlank(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "_"
}
