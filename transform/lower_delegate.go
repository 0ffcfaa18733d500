package transform

// This file defines the lowering of y.YieldFrom(g), delegation (PEP 380):
// a loop that yields g's values from one suspension point, where what the
// consumer does is forwarded to g (Next, Send, Throw; Close closes g before
// the body unwinds, in emit), and whose value is the error g ended with.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// yieldFrom lowers y.YieldFrom(g) and returns the Text of its result;
// want is 0 when the result is discarded (a statement), which then gets no
// variable: Go rejects one that is never used.
func (l *lowerer) yieldFrom(call *ast.CallExpr, want int) Text {
	sig := l.info.TypeOf(call.Fun).(*types.Signature)
	pos := call.Pos()
	g := l.hidden("delegate", sig.Params().At(0).Type())
	l.code(call.Args[0].Pos(), Join(Def(g), Src(" = "), l.expr(call.Args[0])), nil, g)
	if l.gen.Async {
		return l.yieldFromAsync(call, g, want)
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
	m.UsesSent, m.UsesThrown = true, true
	forward := Join(
		Src("if "+m.Thrown+" != nil {\n"), Def(v), Src(", "), Def(ok), Src(" = "), Ref(g, RefValue), Src(".Throw("+m.Thrown+")\n"),
		Src("} else if "+m.Recv+".agenNext {\n"), Def(v), Src(", "), Def(ok), Src(" = "), Ref(g, RefValue), Src(".Next()\n"),
		Src("} else {\n"), Def(v), Src(", "), Def(ok), Src(" = "), Ref(g, RefValue), Src(".Send("+m.Sent+")\n}"),
		Mark(MayCall))
	l.code(pos, forward, nil, v, ok)
	l.jump(loop)
	l.label(done)
	var result Text
	if want == 0 {
		// Err is still called, as the reference driver does.
		l.code(pos, Join(Ref(g, RefValue), Src(".Err()"), Mark(MayCall)), nil)
	} else {
		err := l.hidden("delegateErr", types.Universe.Lookup("error").Type())
		l.code(pos, Join(Def(err), Src(" = "), Ref(g, RefValue), Src(".Err()"), Mark(MayCall)), nil, err)
		result = Ref(err, RefValue)
	}
	l.code(pos, Join(Def(g), Src(" = nil")), nil, g) // it may be collected
	return result
}

// yieldFromAsync lowers y.YieldFrom(g) in an async body: g's operations
// are awaited inline.
func (l *lowerer) yieldFromAsync(call *ast.CallExpr, g *Var, want int) Text {
	pos := call.Pos()
	m := l.m
	op := l.hidden("delegateOp", l.runtimeType("Awaitable", l.gen.Y))
	l.code(pos, Join(Def(op), Src(" = "), Ref(g, RefValue), Src(".ANext()"), Mark(MayCall)), nil, op)
	awaiting := l.newPoint(pos, false)
	awaiting.Await, awaiting.Delegated = true, true
	l.label(awaiting.Label)
	v := l.hidden("delegated", l.gen.Y)
	e := l.hidden("delegatedErr", types.Universe.Lookup("error").Type())
	l.emit(&Stmt{Kind: Await, Pos: pos, Text: Ref(op, RefValue), Point: awaiting,
		Defs: []*Var{v, e}, Results: Join(Def(v), Src(", "), Def(e))})
	l.code(pos, Join(Def(op), Src(" = nil")), nil, op)
	done := l.labels.fresh("delegated")
	l.ifTrue(pos, Join(Ref(e, RefValue), Src(" != nil")), done)
	p := l.newPoint(pos, false)
	p.From = g
	l.emit(&Stmt{Kind: Suspend, Pos: pos, Text: Ref(v, RefValue), Point: p})
	l.label(p.Label)
	forward := Join(
		Src("if "+m.Thrown+" != nil {\n"), Def(op), Src(" = "), Ref(g, RefValue), Src(".AThrow("+m.Thrown+")\n"),
		Src("} else if "+m.Recv+".agenNext {\n"), Def(op), Src(" = "), Ref(g, RefValue), Src(".ANext()\n"),
		Src("} else {\n"), Def(op), Src(" = "), Ref(g, RefValue), Src(".ASend("+m.Sent+")\n}"),
		Mark(MayCall))
	l.code(pos, forward, nil, op)
	l.jump(awaiting.Label)
	l.label(done)
	var result Text
	if want > 0 {
		err := l.hidden("delegateErr", types.Universe.Lookup("error").Type())
		l.code(pos, Join(Def(err), Src(" = "), Ref(e, RefValue), Src("\nif "), Ref(err, RefValue), Src(" == "),
			Text{{Pkg: RuntimePath, Name: "Done"}}, Src(" {\n"), Ref(err, RefValue), Src(" = nil\n}")), nil, err)
		result = Ref(err, RefValue)
	}
	l.code(pos, Join(Def(g), Src(" = nil")), nil, g) // it may be collected
	p.CloseAt = l.newPoint(pos, false)
	p.CloseAt.Await, p.CloseAt.Delegated = true, true
	l.afterEnd = append(l.afterEnd, func() { l.delegateClose(p.CloseAt, pos) })
	return result
}

// delegateClose emits where Close waits for the close of a delegate
// (agenClosing, which Resume sets), then unwinds the body and returns the
// close's error.
func (l *lowerer) delegateClose(at *Point, pos token.Pos) {
	l.label(at.Label)
	err := l.hidden("closeErr", types.Universe.Lookup("error").Type())
	closing := Src(l.m.Recv + ".agenClosing")
	l.emit(&Stmt{Kind: Await, Point: at, Text: closing, Defs: []*Var{err}, Results: Join(Src("_, "), Def(err))})
	l.emit(&Stmt{Kind: Unwind, Text: Ref(err, RefValue)})
}
