package emit

// This file defines what differs in the rendering of an async generator:
// its handle's methods, which drive the frame through the runtime (one
// atomic word says whether an operation is in progress), Resume, which
// runs an operation on the frame, and the suspension points of resume,
// which return "ready" with a value or an error, or "pending" at an await.

import (
	"github.com/dave/jennifer/jen"

	"github.com/agen-go/agen/transform"
)

// asyncHandleMethods renders the methods of agen.AsyncGenerator on the
// handle: each runs an operation through the runtime's drivers.
func (r *renderer) asyncHandleMethods() []jen.Code {
	g := r.m.Gen
	recv := jen.Id("g").Op("*").Add(r.inst(g.Type))
	y, s := r.typeCode(g.Y), r.typeCode(g.S)
	ctx := jen.Id("ctx").Qual("context", "Context")
	zeroSent := jen.Var().Id("sent").Add(s)
	op := func(name string) *jen.Statement { return jen.Qual(runtime, name) }
	run := func(kind string, sent, thrown jen.Code) *jen.Statement {
		return jen.Qual(runtime, "RunAsync").Call(jen.Id("ctx"), jen.Id("g").Dot("f"), jen.Id("g"), op(kind), sent, thrown)
	}
	async := func(kind string, sent, thrown jen.Code) *jen.Statement {
		return jen.Qual(runtime, "OpAsync").Call(jen.Id("g").Dot("f"), jen.Id("g"), op(kind), sent, thrown)
	}
	awaitable := func(t jen.Code) *jen.Statement { return jen.Qual(runtime, "Awaitable").Types(t) }
	nilThrow := jen.If(jen.Err().Op("==").Nil()).Block(jen.Panic(jen.Lit("agen: Throw with a nil error")))
	return []jen.Code{
		jen.Comment("Next runs the body to its next yield, blocking through its awaits; it returns agen.Done").Line().
			Comment("once the body has finished, after the error the body returned, if any.").Line().
			Func().Params(recv).Id("Next").Params(ctx).Params(y, jen.Error()).Block(
			zeroSent, jen.Return(jen.Id("g").Dot("f").Dot("agenRun").Call(r.runArgs(jen.Id("sent"), true)...))),
		jen.Comment("Send resumes the body with v as the result of the pending yield.").Line().
			Func().Params(recv).Id("Send").Params(ctx, jen.Id("v").Add(s)).Params(y, jen.Error()).Block(
			jen.Return(jen.Id("g").Dot("f").Dot("agenRun").Call(r.runArgs(jen.Id("v"), false)...))),
		jen.Comment("Throw raises err at the pending yield.").Line().
			Func().Params(recv).Id("Throw").Params(ctx, jen.Err().Error()).Params(y, jen.Error()).Block(
			nilThrow, zeroSent, jen.Return(run("OpThrow", jen.Id("sent"), jen.Err()))),
		jen.Comment("Close unwinds the body from its pending yield, running its deferred calls.").Line().
			Func().Params(recv).Id("Close").Params(ctx).Error().Block(
			zeroSent,
			jen.List(jen.Id("_"), jen.Err()).Op(":=").Add(run("OpClose", jen.Id("sent"), jen.Nil())),
			jen.Return(jen.Err())),
		jen.Comment("All returns an iterator over the values, and a final error if the body fails;").Line().
			Comment("breaking out of the loop closes the generator.").Line().
			Func().Params(recv).Id("All").Params(ctx).Qual("iter", "Seq2").Types(y, jen.Error()).Block(
			jen.Return(jen.Qual(runtime, "AllAsync").Types(y, s).Call(jen.Id("ctx"), jen.Id("g")))),
		jen.Comment("ANext is Next as an awaitable.").Line().
			Func().Params(recv).Id("ANext").Params().Add(awaitable(y)).Block(
			zeroSent, jen.Return(async("OpNext", jen.Id("sent"), jen.Nil()))),
		jen.Comment("ASend is Send as an awaitable.").Line().
			Func().Params(recv).Id("ASend").Params(jen.Id("v").Add(s)).Add(awaitable(y)).Block(
			jen.Return(async("OpSend", jen.Id("v"), jen.Nil()))),
		jen.Comment("AThrow is Throw as an awaitable.").Line().
			Func().Params(recv).Id("AThrow").Params(jen.Err().Error()).Add(awaitable(y)).Block(
			nilThrow, zeroSent, jen.Return(async("OpThrow", jen.Id("sent"), jen.Err()))),
		jen.Comment("AClose is Close as an awaitable.").Line().
			Func().Params(recv).Id("AClose").Params().Add(awaitable(jen.Qual(runtime, "None"))).Block(
			jen.Return(jen.Qual(runtime, "CloseAsync").Types(y, s).Call(jen.Id("g").Dot("f"), jen.Id("g")))),
	}
}

// asyncFrameMethods renders the methods of agen.AsyncMachine and
// agen.Frame on the frame, and the helpers of resume.
func (r *renderer) asyncFrameMethods() []jen.Code {
	m := r.m
	g := m.Gen
	y, s := r.typeCode(g.Y), r.typeCode(g.S)
	ctx := jen.Id("ctx").Qual("context", "Context")
	resumeArgs := []jen.Code{jen.Id("ctx"), jen.Id("f").Dot("agenCore").Dot("BlockingWaker").Call(), jen.Id("sent"), jen.Nil()}
	if r.hasDefers() {
		resumeArgs = []jen.Code{jen.Id("ctx"), jen.Id("f").Dot("agenCore").Dot("BlockingWaker").Call(), jen.Id("g"), jen.Id("sent"), jen.Nil()}
	}
	runParams := []jen.Code{ctx, jen.Id("g").Op("*").Add(r.inst(g.Type)), jen.Id("sent").Add(s)}
	acquired := []jen.Code{jen.If(jen.Op("!").Id("f").Dot("agenCore").Dot("Acquire").Call()).Block(jen.Return(r.zero(g.Y), jen.Qual(runtime, "ErrRunning")))}
	if r.delegates() {
		runParams = append(runParams, jen.Id("next").Bool())
		acquired = append(acquired, jen.Id("f").Dot("agenNext").Op("=").Id("next"))
	}
	methods := []jen.Code{
		jen.Comment("agenRun runs Next or Send: it calls the body directly, and waits through the runtime").Line().
			Comment("only when an await is pending.").Line().
			Func().Params(jen.Id("f").Op("*").Add(r.inst(g.FrameType))).Id("agenRun").Params(runParams...).Params(y, jen.Error()).Block(
			append(acquired,
				jen.List(jen.Id("v"), jen.Err(), jen.Id("ready")).Op(":=").Id("f").Dot("resume").Call(resumeArgs...),
				jen.If(jen.Op("!").Id("ready")).Block(jen.Return(jen.Qual(runtime, "Wait").Types(y, s).Call(jen.Id("ctx"), jen.Id("f"), jen.Id("g")))),
				jen.Id("f").Dot("agenCore").Dot("Release").Call(),
				jen.Qual("runtime", "KeepAlive").Call(jen.Id("g")),
				jen.Return(jen.Id("v"), jen.Err()))...),
		jen.Comment("Core implements agen.AsyncMachine.").Line().
			Func().Params(r.recv()).Id("Core").Params().Op("*").Qual(runtime, "AsyncCore").Block(
			jen.Return(jen.Op("&").Add(r.field("agenCore")))),
		jen.Comment("Resume implements agen.AsyncMachine: it runs op on the body.").Line().
			Func().Params(r.recv()).Id("Resume").Params(ctx, jen.Id("w").Qual(runtime, "Waker"), jen.Id("op").Qual(runtime, "Op"),
			jen.Id("sent").Add(s), jen.Id("thrown").Error(), jen.Id("h").Any()).Params(y, jen.Error(), jen.Bool()).Block(r.resumeOp()...),
		jen.Comment("Close implements agen.Frame: a finalizer's close.").Line().
			Func().Params(r.recv()).Id("Close").Params(ctx).Error().Block(
			jen.Var().Id("sent").Add(s),
			jen.List(jen.Id("_"), jen.Err()).Op(":=").Qual(runtime, "RunAsync").Call(jen.Id("ctx"), jen.Id(m.Recv), jen.Nil(), jen.Qual(runtime, "OpClose"), jen.Id("sent"), jen.Nil()),
			jen.Return(jen.Err())),
		jen.Comment("AClose implements agen.Frame: a finalizer's close, as a task.").Line().
			Func().Params(r.recv()).Id("AClose").Params().Qual(runtime, "Awaitable").Types(jen.Qual(runtime, "None")).Block(
			jen.Return(jen.Qual(runtime, "CloseAsync").Types(y, s).Call(jen.Id(m.Recv), jen.Nil()))),
	}
	if r.unwinds() {
		methods = append(methods, jen.Comment("close unwinds the body the way runtime.Goexit unwinds a goroutine.").Line().
			Func().Params(r.recv()).Id("close").Params().Error().Block(
			jen.If(r.field("agenState").Op(">").Lit(0)).Block(r.unwind()...).Else().Block(r.field("agenState").Op("=").Lit(stateFinished)),
			jen.Return(jen.Nil())))
	}
	methods = append(methods, r.exitMethods()...)
	if r.hasYieldPoint() && r.unwinds() {
		methods = append(methods, jen.Comment("agenThrow unwinds the body from a Yield with err, which it returns.").Line().
			Func().Params(r.recv()).Id("agenThrow").Params(jen.Err().Error()).Error().Block(
			append(r.unwind(), jen.Return(jen.Err()))...))
	}
	if r.hasDefers() {
		methods = append(methods, r.deferMethods()...)
	}
	return methods
}

// resumeOp renders the body of Resume: Close and Throw at a Yield unwind
// the body, Throw before the start finishes it; everything else resumes it.
func (r *renderer) resumeOp() []jen.Code {
	m := r.m
	zeroY := r.zero(m.Gen.Y)
	finished := r.field("agenState").Op("=").Lit(stateFinished)
	var yields []jen.Code
	var closes []jen.Code
	for _, p := range m.Points {
		if !p.Catch && !p.Await && p.From == nil {
			yields = append(yields, jen.Lit(p.State))
		}
		if p.CloseAt != nil {
			// At a YieldFrom, Close waits for the delegate's close first.
			closes = append(closes, jen.Case(jen.Lit(p.State)).Block(
				r.field("agenClosing").Op("=").Id(r.ref(p.From, transform.RefValue)).Dot("AClose").Call(),
				r.field("agenState").Op("=").Lit(p.CloseAt.State)))
		}
	}
	// Before the start, and at a Yield of a body that nothing unwinds
	// (no deferred calls, no loops over generators or iterators), Throw
	// finishes the generator with the error.
	finishing := []jen.Code{jen.Lit(0)}
	var unwinding []jen.Code
	switch {
	case len(yields) == 0:
	case r.awaitingDefers():
		unwinding = []jen.Code{jen.Case(yields...).Block(
			r.field("agenUnwinding").Dot("Start").Call(jen.Qual(runtime, "UnwindThrow"), jen.Id("thrown"), jen.Nil()),
			r.field("agenState").Op("=").Lit(stateUnwinding))}
	case r.unwinds():
		unwinding = []jen.Code{jen.Case(yields...).Block(
			jen.Return(zeroY, r.field("agenThrow").Call(jen.Id("thrown")), jen.True()))}
	default:
		finishing = append(finishing, yields...)
	}
	throwCases := append([]jen.Code{jen.Case(finishing...).Block(finished, jen.Return(zeroY, jen.Id("thrown"), jen.True()))}, unwinding...)
	args := []jen.Code{jen.Id("ctx"), jen.Id("w"), jen.Id("sent"), jen.Id("thrown")}
	var code []jen.Code
	closeDefault := []jen.Code{jen.Return(zeroY, r.field("close").Call(), jen.True())}
	if !r.unwinds() {
		closeDefault = []jen.Code{finished, jen.Return(zeroY, jen.Nil(), jen.True())}
	}
	if r.awaitingDefers() {
		// The unwinding may suspend: resume runs it. A finalizer's close
		// of a body left unwinding goes on with it.
		closeDefault = []jen.Code{jen.Switch().Block(
			jen.Case(r.field("agenState").Op(">").Lit(0)).Block(
				r.field("agenUnwinding").Dot("Start").Call(jen.Qual(runtime, "UnwindClose"), jen.Nil(), jen.Nil()),
				r.field("agenState").Op("=").Lit(stateUnwinding)),
			jen.Case(r.field("agenState").Op("!=").Lit(stateUnwinding)).Block(closeDefault...))}
	}
	closeCase := closeDefault
	if len(closes) > 0 {
		closeCase = []jen.Code{jen.Switch(r.field("agenState")).Block(append(closes, jen.Default().Block(closeDefault...))...)}
	}
	if r.hasDefers() {
		// The handle, for the finalization its first deferred call arranges;
		// nil for a finalizer's close, which runs no code of the body.
		code = append(code, jen.List(jen.Id("handle"), jen.Id("_")).Op(":=").Id("h").Assert(jen.Op("*").Add(r.inst(m.Gen.Type))))
		args = []jen.Code{jen.Id("ctx"), jen.Id("w"), jen.Id("handle"), jen.Id("sent"), jen.Id("thrown")}
	}
	cases := []jen.Code{
		jen.Case(jen.Qual(runtime, "OpClose")).Block(closeCase...),
		jen.Case(jen.Qual(runtime, "OpThrow")).Block(jen.Switch(r.field("agenState")).Block(throwCases...)),
	}
	if r.delegates() {
		cases = append(cases, jen.Case(jen.Qual(runtime, "OpNext"), jen.Qual(runtime, "OpSend")).Block(
			r.field("agenNext").Op("=").Id("op").Op("==").Qual(runtime, "OpNext")))
	}
	return append(code,
		jen.Switch(jen.Id("op")).Block(cases...),
		jen.Return(r.field("resume").Call(args...)))
}

// asyncDispatch renders the start of an async resume: the lifecycle at the
// start, Done once finished, and the jump to where the body suspended,
// under the deferred agenExit (a panic ends the operation in progress).
func (r *renderer) asyncDispatch() []jen.Code {
	m := r.m
	var jumps []jen.Code
	for _, p := range m.Points {
		jumps = append(jumps, jen.Case(jen.Lit(p.State)).Block(append(r.loads(p.Live), jen.Goto().Id(p.Label))...))
	}
	exitArgs := []jen.Code{jen.Op("&").Id(m.EndErr), jen.Op("&").Id(m.Ready)}
	if r.awaitingDefers() {
		jumps = append(jumps, jen.Case(jen.Lit(stateUnwinding)).Block(jen.Goto().Id(m.UnwindLabel)))
		exitArgs = append([]jen.Code{jen.Id(m.Ctx), jen.Id(m.Waker)}, exitArgs...)
	}
	stmts := []jen.Code{
		jen.Id(m.At).Op(":=").Add(r.field("agenState")),
		jen.Switch(jen.Id(m.At)).Block(
			jen.Case(jen.Lit(0)).Block(append([]jen.Code{
				r.field("agenState").Op("=").Lit(stateRunning),
				r.life().Dot("Start").Call(jen.Id(m.Ctx), jen.Id(m.Recv))},
				r.loads(m.StartLive)...)...),
			jen.Case(jen.Lit(stateFinished)).Block(jen.Return(r.zero(m.Gen.Y), jen.Qual(runtime, "Done"), jen.True()))),
		r.field("agenState").Op("=").Lit(stateRunning),
		jen.Defer().Add(r.field("agenExit")).Call(exitArgs...),
	}
	if len(jumps) > 0 {
		stmts = append(stmts, jen.Switch(jen.Id(m.At)).Block(jumps...))
	}
	return stmts
}

// runArgs renders the arguments of agenRun from Next (next) or Send.
func (r *renderer) runArgs(sent jen.Code, next bool) []jen.Code {
	args := []jen.Code{jen.Id("ctx"), jen.Id("g"), sent}
	if r.delegates() {
		args = append(args, jen.Lit(next))
	}
	return args
}

// unwindAfterDelegate renders the end of a Close at a YieldFrom of an async
// body, once the delegate is closed: the body unwinds, and Close returns
// the delegate's close error.
func (r *renderer) unwindAfterDelegate(s *transform.Stmt) []jen.Code {
	if r.awaitingDefers() {
		return r.startUnwinding("UnwindClose", r.text(s.Text))
	}
	out := r.runDefers(jen.False(), jen.Nil())
	out = append(out, r.field("agenState").Op("=").Lit(stateFinished))
	out = append(out, r.lifeFinish()...)
	return append(out, jen.Return(r.zero(r.m.Gen.Y), r.text(s.Text), jen.True()))
}

// yielded renders the results of resume at a yield of value.
func (r *renderer) yielded(value jen.Code) []jen.Code {
	if r.async() {
		return []jen.Code{value, jen.Nil(), jen.True()}
	}
	return []jen.Code{value, jen.True()}
}

// await renders an Await statement: poll the awaitable; if it is pending,
// suspend at its point, where resume polls it again.
func (r *renderer) await(s *transform.Stmt) jen.Code {
	m := r.m
	ready := jen.Id(m.Ready)
	suspend := append(r.stores(s.Point.Live), r.field("agenState").Op("=").Lit(s.Point.State))
	if m.Nested {
		suspend = append(suspend, jen.Return(jen.False()))
	} else {
		suspend = append(suspend, jen.Return(r.zero(m.Gen.Y), jen.Nil(), jen.False()))
	}
	ctxErr := jen.Id(m.Ctx).Dot("Err").Call()
	var pending jen.Code
	ctx := jen.Id(m.Ctx)
	if s.Ctx != nil {
		ctx = r.text(s.Ctx)
	}
	poll := jen.Add(r.text(s.Results)).Op(",").Add(ready).Op("=").Add(r.text(s.Text)).Dot("Poll").Call(ctx, jen.Id(m.Waker))
	switch {
	case s.Point.Delegated:
		// The delegate's operation sees the consumer's context itself: it
		// is not given up.
		return jen.If(poll, jen.Op("!").Add(ready)).Block(suspend...)
	case len(s.Defs) == 0:
		// Once the consumer's context has ended, Await returns.
		pending = jen.If(ctxErr.Clone().Op("==").Nil()).Block(suspend...)
	default:
		errVar := jen.Id(r.ref(s.Defs[1], transform.RefValue))
		pending = jen.If(jen.Add(errVar).Op("=").Add(ctxErr), errVar.Clone().Op("==").Nil()).Block(suspend...)
	}
	return jen.If(poll, jen.Op("!").Add(ready)).Block(pending)
}

// endErr renders what an async operation that ends the body returns.
func (r *renderer) endErr() jen.Code {
	if r.m.Result == nil {
		return jen.Qual(runtime, "Done")
	}
	return jen.Qual(runtime, "End").Call(jen.Id(r.ref(r.m.Result, transform.RefValue)))
}
