package transform

// This file defines the lowering of a range over an agen generator's All
// whose body suspends: `for v := range g.All() { ... y.Yield(...) ... }`.
// The loop body cannot run inside All's call, so the loop becomes a loop
// over g.Next() that keeps All's guarantee: leaving the loop early closes
// g. A break, return or goto out of the loop closes it where it jumps; an
// unwinding body (a panic, Close, Throw) closes the generators of the loops
// it is in, innermost first, before the deferred calls run, as All's own
// deferred close does (the frame's agenRanges; see emit).
//
// In an async body, a range over an async generator's All(ctx) becomes a
// loop awaiting g.ANext() polled with ctx; leaving it early awaits
// g.AClose() (a jump out goes through code after the end of the body that
// does so), and the unwinding closes the loops' generators in agenUnwind,
// where it may wait, as an awaiting deferred function does.
//
// A range over any other iterator function whose loop body suspends is a
// loop over the Next of the iterator stepped with agen.Pull (iter.Pull):
// a jump out of it stops the iterator (its pending yield returns false),
// the unwinding body unwinds it from that yield (Pulled's Close), as Go
// leaves a range-over-func loop.
//
// Expects: a range statement whose body (or iteration variables) holds a
// suspension point, in a body that is not a deferred function's.
// Guarantees: every way out of the loop ends its generator or iterator,
// innermost first, before anything else of the body runs.

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
)

// A rangeLoop is a range loop over a generator being lowered.
type rangeLoop struct {
	it   *Var           // the generator
	stop string         // its method that a jump out of the loop calls: Close, or a Pulled's Stop
	ctx  *Var           // the context given to All, for an async generator; else nil
	body *ast.BlockStmt // the loop body: a goto to a label in it stays inside
	pos  token.Pos
}

// rangeGenerator lowers a range over g.All().
func (l *lowerer) rangeGenerator(s *ast.RangeStmt, label string, g ast.Expr) {
	next, _, _ := types.LookupFieldOrMethod(l.info.TypeOf(g), true, nil, "Next")
	l.rangeNext(s, label, "Close", l.info.TypeOf(g), g, l.expr(g), next.Type().(*types.Signature).Results().At(0).Type())
}

// rangePulled lowers a range over any other iterator function whose loop
// body (or iteration variables) suspends: the loop steps it with
// agen.Pull (iter.Pull). A jump out of the loop calls the Pulled's Stop
// (the iterator's pending yield returns false, as after a break in Go);
// the unwinding of the body calls its Close, which unwinds the iterator
// from its yield, as a panic through a range-over-func loop does. The
// iterator runs on iter.Pull's coroutine, not the body's goroutine.
func (l *lowerer) rangePulled(s *ast.RangeStmt, label string, seq *types.Signature) {
	yield := coreType(seq.Params().At(0).Type()).(*types.Signature).Params()
	var values []types.Type
	for i := range yield.Len() {
		values = append(values, yield.At(i).Type())
	}
	pull, pulled, args := "Pull", "Pulled", values
	switch len(values) {
	case 0:
		// Its Next yields None, which no iteration variable takes.
		pull, args, values = "Pull0", []types.Type{l.runtimeType("None")}, []types.Type{nil}
	case 2:
		pull, pulled = "Pull2", "Pulled2"
	}
	value := Join(Text{{Pkg: RuntimePath, Name: pull}}, Src("("), l.expr(s.X), Src(")"))
	l.rangeNext(s, label, "Stop", types.NewPointer(l.runtimeType(pulled, args...)), s.X, value, values...)
}

// rangeNext lowers a range over it, of type t evaluated from x as value, a
// generator or a Pulled, which a jump out of the loop ends with its
// method stop: a loop over it.Next(), whose results have the
// types values and a bool, the iteration variables (a value no variable
// takes, or of type nil, is discarded).
func (l *lowerer) rangeNext(s *ast.RangeStmt, label, stop string, t types.Type, x ast.Expr, value Text, values ...types.Type) {
	m := l.m
	depth, it, lowered := l.startRange(s, t, x, value)
	if !lowered {
		return
	}
	entry := Ref(it, RefValue)
	if l.gen.Async {
		entry = Join(Text{{Pkg: RuntimePath, Name: "RangeLoop"}}, Src("{Sync: "), entry, Src("}"))
	}
	l.code(s.Pos(), Join(Src(m.Recv+".agenRanges = append("+m.Recv+".agenRanges, "), entry, Src(")")), nil)
	var defs []*Var
	var fetched Text
	iterationValues := make([]Text, 2)
	for i, t := range values {
		if target := []ast.Expr{s.Key, s.Value}[i]; t == nil || target == nil || isBlank(target) {
			fetched = Join(fetched, Src("_, "))
			continue
		}
		name := "rangeValue"
		if i == 0 && len(values) == 2 {
			name = "rangeKey"
		}
		v := l.hidden(name, t)
		defs = append(defs, v)
		fetched = Join(fetched, Def(v), Src(", "))
		iterationValues[i] = Ref(v, RefValue)
	}
	ok := l.hidden("rangeOK", types.Typ[types.Bool])
	defs = append(defs, ok)
	r := &rangeLoop{it: it, stop: stop, body: s.Body, pos: s.Pos()}
	l.rangeLoop(s, label, depth, r,
		func(end string) {
			l.code(s.Pos(), Join(fetched, Def(ok), Src(" = "), Ref(it, RefValue), Src(".Next()"), Mark(MayCall)), nil, defs...)
			l.ifNot(s.Pos(), Ref(ok, RefValue), end)
			l.funcIterationVars(s, iterationValues[0], iterationValues[1])
		},
		nil,
		func() { l.code(s.Pos(), l.closeRange(depth, r), nil) })
}

// funcIterationVars assigns the iteration variables of a range over a
// function as Go's compiler does (cmd/compile's rangefunc rewrite), not
// as an assignment statement: for =, the key first, then the value, the
// operands of each evaluated just before its assignment, so that those of
// the value see the key assigned.
func (l *lowerer) funcIterationVars(s *ast.RangeStmt, key, value Text) {
	if s.Tok != token.ASSIGN || s.Key == nil || s.Value == nil {
		l.iterationVars(s, key, value)
		return
	}
	l.iterationVars(&ast.RangeStmt{For: s.For, Key: s.Key, Tok: s.Tok, X: s.X, Body: s.Body}, key, nil)
	l.iterationVars(&ast.RangeStmt{For: s.For, Value: s.Value, Tok: s.Tok, X: s.X, Body: s.Body}, nil, value)
}

// startRange starts the lowering of a range over the generator or
// iterator x, of type t: it evaluates value into a hidden variable, and
// returns it with the depth of the loop among the body's range loops over
// generators; false if the range cannot be lowered here (an error is
// reported).
func (l *lowerer) startRange(s *ast.RangeStmt, t types.Type, x ast.Expr, value Text) (int, *Var, bool) {
	if l.m.Nested {
		l.errorf(s.Pos(), "a range over a generator or an iterator function whose body awaits is not supported in a deferred function")
		return 0, nil, false
	}
	l.m.Ranges = true
	if l.gen.Async {
		// An async body unwinds through agenUnwind (as when a deferred
		// function awaits), which closes the loops' generators first:
		// closing an async generator may wait.
		l.m.AwaitingDefers = true
	}
	it := l.hidden("ranged", t)
	l.code(x.Pos(), Join(Def(it), Src(" = "), value), nil, it)
	return len(l.ranges), it, true
}

// rangeLoop lowers the loop r at depth, the shape both kinds of ranges
// over a generator share: fetch gets the next value into the iteration
// variables or jumps to the end it is given; the loop body runs with the
// loop's targets; again (if any) runs before the next fetch; a break out
// of the loop closes the generator with closeAt; the end pops the loop's
// generator off the frame's list.
func (l *lowerer) rangeLoop(s *ast.RangeStmt, label string, depth int, r *rangeLoop, fetch, again func(end string), closeAt func()) {
	m := l.m
	head, cont := l.labels.fresh("loop"), l.labels.fresh("next")
	brk, end := l.labels.fresh("break"), l.labels.fresh("done")
	l.label(head)
	fetch(end)
	l.ranges = append(l.ranges, r)
	pop := l.pushTarget(label, brk, cont)
	l.block(s.Body.List)
	broken := pop()
	l.ranges = l.ranges[:depth]
	l.label(cont)
	if again != nil {
		again(end)
	}
	l.jump(head)
	if broken {
		l.label(brk)
		closeAt()
	}
	l.label(end)
	l.code(s.Pos(), Src(m.Recv+".agenRanges = "+m.Recv+".agenRanges[:"+strconv.Itoa(depth)+"]"), nil)
}

// rangeAsyncGenerator lowers a range over g.All(ctx), g an async
// generator, in an async body: a loop awaiting g.ANext() with ctx, whose
// end (agen.Done) ends the loop, and whose error is the last iteration's,
// as All yields it.
func (l *lowerer) rangeAsyncGenerator(s *ast.RangeStmt, label string, g, ctx ast.Expr) {
	m := l.m
	depth, it, lowered := l.startRange(s, l.info.TypeOf(g), g, l.expr(g))
	if !lowered {
		return
	}
	c := l.hidden("rangeCtx", l.info.TypeOf(ctx))
	l.code(ctx.Pos(), Join(Def(c), Src(" = "), l.expr(ctx)), nil, c)
	l.code(s.Pos(), Join(Src(m.Recv+".agenRanges = append("+m.Recv+".agenRanges, "), Text{{Pkg: RuntimePath, Name: "RangeLoop"}},
		Src("{Ctx: "), Ref(c, RefValue), Src(", Async: "), Ref(it, RefValue), Src("})")), nil)
	y := asyncValueType(l.info.TypeOf(g))
	op := l.hidden("rangeOp", l.runtimeType("Awaitable", y))
	v := l.hidden("rangeValue", y)
	e := l.hidden("rangeErr", types.Universe.Lookup("error").Type())
	r := &rangeLoop{it: it, ctx: c, body: s.Body, pos: s.Pos()}
	l.rangeLoop(s, label, depth, r,
		func(end string) {
			l.code(s.Pos(), Join(Def(op), Src(" = "), Ref(it, RefValue), Src(".ANext()"), Mark(MayCall)), nil, op)
			p := l.newPoint(s.Pos(), false)
			p.Await, p.Delegated = true, true
			l.label(p.Label)
			l.emit(&Stmt{Kind: Await, Pos: s.Pos(), Text: Ref(op, RefValue), Point: p, Ctx: Ref(c, RefValue),
				Defs: []*Var{v, e}, Results: Join(Def(v), Src(", "), Def(e))})
			l.code(s.Pos(), Join(Def(op), Src(" = nil")), nil, op)
			l.ifTrue(s.Pos(), Join(Ref(e, RefValue), Src(" == "), Text{{Pkg: RuntimePath, Name: "Done"}}), end)
			l.funcIterationVars(s, Ref(v, RefValue), Ref(e, RefValue))
		},
		func(end string) {
			l.ifTrue(s.Pos(), Join(Ref(e, RefValue), Src(" != nil")), end) // All's last pair
		},
		func() { l.closeRangeAt(depth, r) })
}

// closeRange is the Text that closes the sync generator (or stops the
// iterator) of the range loop r at depth, which is left.
func (l *lowerer) closeRange(depth int, r *rangeLoop) Text {
	m := l.m
	return Join(Src(m.Recv+".agenRanges = "+m.Recv+".agenRanges[:"+strconv.Itoa(depth)+"]\n"),
		Ref(r.it, RefValue), Src("."+r.stop+"()"), Mark(MayCall))
}

// closeRangeAt emits what closes the generator of the range loop r at
// depth, which is left: the close of an async generator is awaited, with
// the context given to All.
func (l *lowerer) closeRangeAt(depth int, r *rangeLoop) {
	if r.ctx == nil {
		l.code(r.pos, l.closeRange(depth, r), nil)
		return
	}
	m := l.m
	l.code(r.pos, Src(m.Recv+".agenRanges = "+m.Recv+".agenRanges[:"+strconv.Itoa(depth)+"]"), nil)
	closing := l.hidden("rangeClosing", l.runtimeType("Awaitable", l.runtimeType("None")))
	l.code(r.pos, Join(Def(closing), Src(" = "), Ref(r.it, RefValue), Src(".AClose()"), Mark(MayCall)), nil, closing)
	p := l.newPoint(r.pos, false)
	p.Await, p.Delegated = true, true
	l.label(p.Label)
	l.emit(&Stmt{Kind: Await, Pos: r.pos, Text: Ref(closing, RefValue), Point: p, Ctx: Ref(r.ctx, RefValue), Results: Src("_, _")})
	l.code(r.pos, Join(Def(closing), Src(" = nil")), nil, closing)
}

// leave returns the Text of a jump to label that leaves the range loops
// being lowered from depth on, closing their generators innermost first.
// A return leaves them too; an async body's unwinding closes them then.
// The close of an async generator is awaited: the jump goes through code
// emitted after the end of the body, which closes them, then jumps to
// label. So does a jump from the body of a range-over-func loop kept as
// written (native), which must leave that loop first: its iterator
// returns before the generators of the loops around it are closed, as in
// Go.
func (l *lowerer) leave(depth int, label string, native bool) (Text, string) {
	jump := "goto " + label
	if l.gen.Async && label == l.retLabel {
		return Src(jump), label
	}
	via := native && depth < len(l.ranges)
	for _, r := range l.ranges[depth:] {
		via = via || r.ctx != nil
	}
	if !via {
		var t Text
		for i := len(l.ranges) - 1; i >= depth; i-- {
			t = Join(t, l.closeRange(i, l.ranges[i]), Src("\n"))
		}
		return Join(t, Src(jump)), label
	}
	at := l.labels.fresh("leave")
	ranges := slices.Clone(l.ranges[depth:])
	l.afterEnd = append(l.afterEnd, func() {
		l.label(at)
		for i := len(ranges) - 1; i >= 0; i-- {
			l.closeRangeAt(depth+i, ranges[i])
		}
		l.jump(label)
	})
	return Src("goto " + at), at
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
