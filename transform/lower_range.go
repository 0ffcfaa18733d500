package transform

// This file defines the lowering of a range over an agen generator's All
// whose body suspends: `for v := range g.All() { ... y.Yield(...) ... }`.
// The loop body cannot run inside All's call, so the loop becomes a loop
// over g.Next() that keeps All's guarantee: leaving the loop early closes
// g. A break, return or goto out of the loop closes it where it jumps; an
// unwinding body (a panic, Close, Throw) closes the generators of the loops
// it is in, innermost first, before the deferred calls run, as All's own
// deferred close does (the frame's agenRanges; see emit).

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// A rangeLoop is a range loop over a generator being lowered.
type rangeLoop struct {
	it   *Var           // the generator
	body *ast.BlockStmt // the loop body: a goto to a label in it stays inside
}

// rangeGenerator lowers a range over g.All().
func (l *lowerer) rangeGenerator(s *ast.RangeStmt, label string, g ast.Expr) {
	m := l.m
	if m.Nested {
		l.errorf(s.Pos(), "a range over a generator whose body awaits is not supported in a deferred function")
		return
	}
	m.Ranges = true
	depth := len(l.ranges)
	it := l.hidden("ranged", l.info.TypeOf(g))
	l.code(g.Pos(), Join(Def(it), Src(" = "), l.expr(g)), nil, it)
	l.code(s.Pos(), Join(Src(m.Recv+".agenRanges = append("+m.Recv+".agenRanges, "), Ref(it, RefValue), Src(")")), nil)
	next, _, _ := types.LookupFieldOrMethod(l.info.TypeOf(g), true, nil, "Next")
	v := l.hidden("rangeValue", next.Type().(*types.Signature).Results().At(0).Type())
	ok := l.hidden("rangeOK", types.Typ[types.Bool])
	head, cont := l.labels.fresh("loop"), l.labels.fresh("next")
	brk, end := l.labels.fresh("break"), l.labels.fresh("done")
	l.label(head)
	l.code(s.Pos(), Join(Def(v), Src(", "), Def(ok), Src(" = "), Ref(it, RefValue), Src(".Next()"), Mark(MayCall)), nil, v, ok)
	l.ifNot(s.Pos(), Ref(ok, RefValue), end)
	l.iterationVars(s, Ref(v, RefValue), nil)
	l.ranges = append(l.ranges, &rangeLoop{it: it, body: s.Body})
	pop := l.pushTarget(label, brk, cont)
	l.block(s.Body.List)
	broken := pop()
	l.ranges = l.ranges[:depth]
	l.label(cont)
	l.jump(head)
	if broken {
		l.label(brk)
		l.code(s.Pos(), l.closeRange(depth, it), nil)
	}
	l.label(end)
	l.code(s.Pos(), Src(m.Recv+".agenRanges = "+m.Recv+".agenRanges[:"+strconv.Itoa(depth)+"]"), nil)
}

// closeRange is the Text that closes the generator of the range loop at
// depth, which is left.
func (l *lowerer) closeRange(depth int, it *Var) Text {
	m := l.m
	return Join(Src(m.Recv+".agenRanges = "+m.Recv+".agenRanges[:"+strconv.Itoa(depth)+"]\n"),
		Ref(it, RefValue), Src(".Close()"), Mark(MayCall))
}

// leaveRanges is the Text that closes the generators of the range loops
// being lowered from depth on, innermost first: a jump leaves them.
func (l *lowerer) leaveRanges(depth int) Text {
	var t Text
	for i := len(l.ranges) - 1; i >= depth; i-- {
		t = Join(t, l.closeRange(i, l.ranges[i].it), Src("\n"))
	}
	return t
}

// rangesLeftBy returns how many of the range loops being lowered a goto to
// label stays in: those whose body holds the label.
func (l *lowerer) rangesLeftBy(label string) int {
	var at token.Pos
	ast.Inspect(l.body, func(n ast.Node) bool {
		if s, ok := n.(*ast.LabeledStmt); ok && s.Label.Name == label {
			at = s.Pos()
		}
		_, lit := n.(*ast.FuncLit)
		return !lit && at == token.NoPos
	})
	for i, r := range l.ranges {
		if at < r.body.Pos() || at >= r.body.End() {
			return i
		}
	}
	return len(l.ranges)
}

// rangedGenerator returns g of a range loop over g.All(), g a sync agen
// generator (it has Next and Close), if s is one.
func (l *lowerer) rangedGenerator(s *ast.RangeStmt) (ast.Expr, bool) {
	g, ok := generatorRange(l.info, s)
	if !ok {
		return nil, false
	}
	return g, hasClose(l.info.TypeOf(g))
}

// hasClose reports whether t has the method Close() error.
func hasClose(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Close")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	return sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Universe.Lookup("error").Type())
}
