package transform

// This file defines the lowering of y.YieldFrom(g), delegation (PEP 380):
// a loop that yields g's values from one suspension point, where what the
// consumer does is forwarded to g (Next, Send, Throw; Close closes g before
// the body unwinds, in emit), and whose value is the error g ended with.

import (
	"go/ast"
	"go/types"
)

// yieldFrom lowers y.YieldFrom(g) and returns the Text of its result.
func (l *lowerer) yieldFrom(call *ast.CallExpr) Text {
	sig := l.info.TypeOf(call.Fun).(*types.Signature)
	pos := call.Pos()
	g := l.hidden("delegate", sig.Params().At(0).Type())
	l.code(call.Args[0].Pos(), Join(Def(g), Src(" = "), l.expr(call.Args[0])), nil, g)
	if l.gen.Async {
		return l.yieldFromAsync(call, g)
	}
	v := l.hidden("delegated", l.gen.Y)
	ok := l.hidden("delegating", types.Typ[types.Bool])
	l.code(pos, Join(Def(v), Src(", "), Def(ok), Src(" = "), Ref(g, RefValue), Src(".Next()"), Mark(MayCall)), nil, v, ok)
	loop, done := l.labels.fresh("delegate"), l.labels.fresh("delegated")
	l.label(loop)
	l.ifNot(pos, Ref(ok, RefValue), done)
	p := l.newPoint(pos, false)
	p.From = g
	l.emit(&Stmt{Kind: Suspend, Pos: pos, Text: Ref(v, RefValue), Point: p})
	l.label(p.Label)
	m := l.m
	forward := Join(
		Src("if "+m.Thrown+" != nil {\n"), Def(v), Src(", "), Def(ok), Src(" = "), Ref(g, RefValue), Src(".Throw("+m.Thrown+")\n"),
		Src("} else if "+m.Recv+".agenNext {\n"), Def(v), Src(", "), Def(ok), Src(" = "), Ref(g, RefValue), Src(".Next()\n"),
		Src("} else {\n"), Def(v), Src(", "), Def(ok), Src(" = "), Ref(g, RefValue), Src(".Send("+m.Sent+")\n}"),
		Mark(MayCall))
	l.code(pos, forward, nil, v, ok)
	l.jump(loop)
	l.label(done)
	err := l.hidden("delegateErr", types.Universe.Lookup("error").Type())
	l.code(pos, Join(Def(err), Src(" = "), Ref(g, RefValue), Src(".Err()"), Mark(MayCall)), nil, err)
	l.code(pos, Join(Def(g), Src(" = nil")), nil, g) // it may be collected
	return Ref(err, RefValue)
}

// yieldFromAsync lowers y.YieldFrom(g) in an async body.
func (l *lowerer) yieldFromAsync(call *ast.CallExpr, g *Var) Text {
	l.errorf(call.Pos(), "YieldFrom in an async generator is not supported yet")
	return nil
}
