package emit

// This file defines the rendering of one state machine: the handle type
// and its constructor, the frame, the protocol methods, and resume.
//
// The frame's state is 0 before the start, k while suspended at point k,
// -1 once finished and -2 while running.

import (
	"go/types"
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/agen-go/agen/transform"
)

const (
	stateFinished = -1
	stateRunning  = -2
)

var runtime = transform.RuntimePath

// machine renders the declarations of r.m.
func (r *renderer) machine(out *jen.File) {
	out.Add(r.handleType())
	for _, lt := range r.m.Types {
		out.Add(r.localType(lt))
	}
	out.Add(r.constructor())
	out.Add(r.guard())
	out.Add(r.frameType())
	if r.hasDefers() {
		out.Add(r.deferType())
		for _, code := range r.deferredMachines() {
			out.Add(code)
		}
	}
	if r.typeParams() == nil {
		out.Var().Id("_").Qual(runtime, r.protocol()).Types(r.typeCode(r.m.Gen.Y), r.typeCode(r.m.Gen.S)).
			Op("=").Parens(jen.Op("*").Id(r.m.Gen.Type)).Parens(jen.Nil())
	}
	handle, frame := r.handleMethods, r.frameMethods
	if r.async() {
		handle, frame = r.asyncHandleMethods, r.asyncFrameMethods
	}
	for _, method := range handle() {
		out.Add(method)
	}
	for _, method := range frame() {
		out.Add(method)
	}
	// resume (and push) are last: their ends reset the line directives to this file.
	out.Add(r.resume())
	if r.pushMode() == pushSeparate {
		out.Add(r.push())
	}
}

func (r *renderer) hasDefers() bool { return len(r.m.Defers) > 0 }

func (r *renderer) async() bool { return r.m.Gen.Async }

// syncRanges reports whether the body is a sync one in range loops over
// generators, which agen.CloseSyncRanges closes when it unwinds; an async body
// closes them in agenUnwind.
func (r *renderer) syncRanges() bool { return r.m.Ranges && !r.async() }

// protocol returns the name of the interface the handle implements.
func (r *renderer) protocol() string {
	if r.async() {
		return "AsyncGenerator"
	}
	return "Generator"
}

// life renders the frame's agen.Lifecycle.
func (r *renderer) life() *jen.Statement {
	if r.async() {
		return r.field("agenCore").Dot("Life")
	}
	// A frame with an agen.SyncCore has none: the core tracks it.
	return r.field("agenLife")
}

// core reports whether the frame keeps its state, end error and lifecycle
// in an agen.SyncCore, whose methods close it and unwind it: a sync body
// with deferred calls that neither delegates nor ranges over generators.
func (r *renderer) core() bool {
	return !r.async() && r.hasDefers() && !r.delegates() && !r.m.Ranges
}

// plain reports whether nothing unwinds the body of a sync generator:
// Close and Throw at a Yield only finish it, in the handle's methods.
func (r *renderer) plain() bool {
	return !r.async() && !r.hasDefers() && !r.delegates() && !r.m.Ranges
}

// runDefersName is the name of the method that runs the pending deferred
// calls.
func (r *renderer) runDefersName() string {
	if r.core() {
		return "AgenRunDefers"
	}
	return "agenRunDefers"
}

// hasLife reports whether the frame has a lifecycle: every async frame
// (the hooks see them all), and sync frames with deferred calls.
func (r *renderer) hasLife() bool { return r.async() || r.hasDefers() }

// typeParams returns the type parameters of the generated types.
func (r *renderer) typeParams() *types.TypeParamList {
	tps := r.m.Gen.TypeParams()
	if tps == nil || tps.Len() == 0 {
		return nil
	}
	return tps
}

// typesDecl renders "[T any, U comparable]", or nothing.
func (r *renderer) typesDecl() []jen.Code {
	tps := r.typeParams()
	if tps == nil {
		return nil
	}
	params := make([]jen.Code, tps.Len())
	for i := range tps.Len() {
		tp := tps.At(i)
		params[i] = jen.Id(tp.Obj().Name()).Add(r.typeCode(tp.Constraint()))
	}
	return params
}

// inst renders name instantiated with the type parameters.
func (r *renderer) inst(name string) *jen.Statement {
	tps := r.typeParams()
	if tps == nil {
		return jen.Id(name)
	}
	args := make([]jen.Code, tps.Len())
	for i := range tps.Len() {
		args[i] = jen.Id(tps.At(i).Obj().Name())
	}
	return jen.Id(name).Types(args...)
}

// zero renders the zero value of t.
func (r *renderer) zero(t types.Type) *jen.Statement {
	return r.text(transform.ZeroText(t))
}

func (r *renderer) recv() *jen.Statement {
	return jen.Id(r.m.Recv).Op("*").Add(r.inst(r.m.Gen.FrameType))
}

func (r *renderer) field(name string) *jen.Statement {
	return r.member(jen.Id(r.m.Recv), name)
}

// member renders the member name of the frame f, which holds the state
// and the end error in its agen.SyncCore when it has one.
func (r *renderer) member(f *jen.Statement, name string) *jen.Statement {
	if r.core() {
		switch name {
		case "agenState":
			return f.Dot("agenCore").Dot("State")
		case "agenErr":
			return f.Dot("agenCore").Dot("Err")
		}
	}
	return f.Dot(name)
}

// handleFrame renders the member name of the frame, from the handle.
func (r *renderer) handleFrame(name string) *jen.Statement {
	return r.member(jen.Id("g").Dot("f"), name)
}

// handleType renders the type the consumer holds.
func (r *renderer) handleType() jen.Code {
	g := r.m.Gen
	return jen.Commentf("%s is the generator of %s, made by %s. It implements agen.%s.", g.Type, g.Decl.Name.Name, g.Ctor, r.protocol()).Line().
		Type().Id(g.Type).Types(r.typesDecl()...).Struct(
		jen.Id("f").Op("*").Add(r.inst(g.FrameType)))
}

// localType renders a type declared in the body, hoisted.
func (r *renderer) localType(lt *transform.LocalType) jen.Code {
	decl := jen.Commentf("%s is the type %s declared in %s.", lt.Name, lt.Obj.Name(), r.m.Gen.Decl.Name.Name).Line().Type().Id(lt.Name)
	if lt.Generic {
		decl = decl.Types(r.typesDecl()...)
	}
	if lt.Alias {
		decl = decl.Op("=")
	}
	return decl.Add(r.text(lt.Text))
}

// constructor renders the function (or method) that makes a generator.
func (r *renderer) constructor() jen.Code {
	g := r.m.Gen
	var params []jen.Code
	values := jen.Dict{}
	sig := g.Sig
	for i := 1; i < sig.Params().Len(); i++ {
		p := sig.Params().At(i)
		name := p.Name()
		if name == "" {
			name = "_"
		}
		typ := r.typeCode(p.Type())
		if sig.Variadic() && i == sig.Params().Len()-1 {
			typ = jen.Op("...").Add(r.typeCode(p.Type().(*types.Slice).Elem()))
		}
		params = append(params, jen.Id(name).Add(typ))
		if v := r.paramVar(p); v != nil {
			values[jen.Id(v.Name)] = r.paramValue(v, name)
		}
	}
	if recv := sig.Recv(); recv != nil {
		if v := r.paramVar(recv); v != nil {
			values[jen.Id(v.Name)] = r.paramValue(v, recv.Name())
		}
	}
	if res := r.m.Result; res != nil && res.Cell {
		// A named result captured by a closure: its cell, zero.
		values[jen.Id(res.Name)] = jen.New(r.typeCode(res.Type))
	}
	body := jen.Return(jen.Op("&").Add(r.inst(g.Type)).Values(jen.Dict{
		jen.Id("f"): jen.Op("&").Add(r.inst(g.FrameType)).Values(values),
	}))
	doc := jen.Commentf("%s returns a generator that runs %s: nothing runs before the first Next.", g.Ctor, g.Decl.Name.Name).Line()
	if recv := sig.Recv(); recv != nil {
		recvName := recv.Name()
		if recvName == "" || recvName == "_" {
			recvName = "_"
		}
		return doc.Func().Params(jen.Id(recvName).Add(r.recvTypeCode(recv.Type()))).Id(g.Ctor).Params(params...).
			Op("*").Add(r.inst(g.Type)).Block(body)
	}
	return doc.Func().Id(g.Ctor).Types(r.typesDecl()...).Params(params...).Op("*").Add(r.inst(g.Type)).Block(body)
}

// recvTypeCode renders a receiver type with the receiver's own type
// parameter names.
func (r *renderer) recvTypeCode(t types.Type) jen.Code {
	ptr := false
	if p, ok := t.(*types.Pointer); ok {
		ptr, t = true, p.Elem()
	}
	code := r.typeCode(t)
	if ptr {
		return jen.Op("*").Add(code)
	}
	return code
}

// paramVar returns the Var of a parameter that the frame keeps.
func (r *renderer) paramVar(p *types.Var) *transform.Var {
	for _, v := range r.m.Vars {
		if v.Obj == p {
			return v
		}
	}
	return nil
}

// paramValue renders the initial value of a parameter's field: a cell when
// the body captures it or takes its address.
func (r *renderer) paramValue(v *transform.Var, name string) jen.Code {
	if v.Cell {
		return jen.Op("&").Id(name)
	}
	return jen.Id(name)
}

// frameType renders the frame: the state, the end error, the defer stack,
// and the variables live across suspension points.
func (r *renderer) frameType() jen.Code {
	g := r.m.Gen
	var fields []jen.Code
	if !r.core() {
		fields = append(fields, jen.Id("agenState").Int().Comment("0 before the start, k suspended at point k, -1 finished, -2 running"))
	}
	switch {
	case r.core():
		fields = append(fields, jen.Id("agenCore").Qual(runtime, "SyncCore").Comment("the state, the end error, the lifecycle"))
	case r.async():
		fields = append(fields, jen.Id("agenCore").Qual(runtime, "AsyncCore").Comment("the operation in progress, the lifecycle"))
	case r.hasDefers():
		fields = append(fields, jen.Id("agenErr").Error().Comment("the error the body ended with"),
			jen.Id("agenLife").Qual(runtime, "Lifecycle"))
	default:
		fields = append(fields, jen.Id("agenErr").Error().Comment("the error the body ended with"))
	}
	if r.awaitingDefers() {
		fields = append(fields, jen.Id("agenUnwinding").Qual(runtime, "Unwinding").Comment("why the body unwinds, and the panic it holds"))
	}
	switch {
	case r.syncRanges():
		fields = append(fields, jen.Id("agenRanges").Index().Qual("io", "Closer").Comment("the generators of the range loops the body is in"))
	case r.m.Ranges:
		fields = append(fields, jen.Id("agenRanges").Index().Qual(runtime, "RangeLoop").Comment("the range loops over generators the body is in"))
	}
	if r.delegates() {
		fields = append(fields, jen.Id("agenNext").Bool().Comment("the operation resuming the body is Next: forwarded as Next to a delegate"))
		if r.async() {
			fields = append(fields, jen.Id("agenClosing").Qual(runtime, "Awaitable").Types(jen.Qual(runtime, "None")).Comment("the close of a delegate, which Close awaits"))
		}
	}
	if r.hasDefers() {
		fields = append(fields, jen.Id("agenDefers").Index().Add(r.inst(g.DeferType)).Comment("pending deferred calls, in order"))
	}
	for _, v := range r.m.Vars {
		if v.Frame {
			fields = append(fields, jen.Id(v.Name).Add(r.varType(v)))
		}
	}
	return jen.Commentf("%s is the state of %s %s between suspension points.", g.FrameType, article(g.Type), g.Type).Line().
		Type().Id(g.FrameType).Types(r.typesDecl()...).Struct(fields...)
}

func (r *renderer) varType(v *transform.Var) jen.Code {
	if v.Cell {
		return jen.Op("*").Add(r.typeCode(v.Type))
	}
	return r.typeCode(v.Type)
}

// deferType renders the record of a deferred call: the function value and
// the arguments evaluated by the defer statement.
func (r *renderer) deferType() jen.Code {
	g := r.m.Gen
	fields := []jen.Code{jen.Id("site").Int()}
	for _, d := range r.m.Defers {
		if d.Awaiting != nil {
			fields = append(fields, jen.Id("m"+strconv.Itoa(d.Index)).Op("*").Add(r.inst(d.Awaiting.Name)))
		}
		if d.Fn != nil {
			fields = append(fields, jen.Id(d.Fn.Name).Add(r.typeCode(d.Fn.Type)))
		}
		for _, a := range d.Args {
			fields = append(fields, jen.Id(a.Name).Add(r.typeCode(a.Type)))
		}
	}
	return jen.Commentf("%s is a deferred call of %s, from the defer statement site.", g.DeferType, g.Decl.Name.Name).Line().
		Type().Id(g.DeferType).Types(r.typesDecl()...).Struct(fields...)
}

// handleMethods renders the protocol methods of the handle.
func (r *renderer) handleMethods() []jen.Code {
	g := r.m.Gen
	recv := jen.Id("g").Op("*").Add(r.inst(g.Type))
	y, s := r.typeCode(g.Y), r.typeCode(g.S)
	handleArg := []jen.Code{}
	if r.hasDefers() {
		handleArg = append(handleArg, jen.Id("g"))
	}
	call := func(sent, thrown jen.Code) jen.Code {
		args := append([]jen.Code{}, handleArg...)
		if r.m.UsesSent {
			args = append(args, sent)
		}
		if r.m.UsesThrown {
			args = append(args, thrown)
		}
		if r.pushMode() == pushMerged {
			args = append(args, jen.Nil()) // no loop body: resume returns at a Yield
		}
		resume := jen.Id("g").Dot("f").Dot("resume").Call(args...)
		if !r.hasDefers() {
			return jen.Return(resume)
		}
		// The handle stays reachable while the body runs, so that it is
		// not finalized meanwhile.
		return jen.Add(jen.List(jen.Id("value"), jen.Id("ok")).Op(":=").Add(resume).Line().
			Qual("runtime", "KeepAlive").Call(jen.Id("g")).Line().
			Return(jen.Id("value"), jen.Id("ok")))
	}
	zeroSent := []jen.Code{jen.Var().Id("sent").Add(s)}
	if !r.m.UsesSent {
		zeroSent = nil
	}
	var setNext, setSend []jen.Code
	if r.delegates() {
		setNext = []jen.Code{jen.Id("g").Dot("f").Dot("agenNext").Op("=").True()}
		setSend = []jen.Code{jen.Id("g").Dot("f").Dot("agenNext").Op("=").False()}
	}
	return []jen.Code{
		jen.Comment("Next runs the body to its next yield; it reports false once the body has finished.").Line().
			Func().Params(recv).Id("Next").Params().Params(y, jen.Bool()).Block(append(append(setNext, zeroSent...), call(jen.Id("sent"), jen.Nil()))...),
		jen.Comment("Send resumes the body with v as the result of the pending yield.").Line().
			Func().Params(recv).Id("Send").Params(jen.Id("v").Add(s)).Params(y, jen.Bool()).Block(append(setSend, call(jen.Id("v"), jen.Nil()))...),
		jen.Comment("Throw raises err at the pending yield.").Line().
			Func().Params(recv).Id("Throw").Params(jen.Id("err").Error()).Params(y, jen.Bool()).Block(
			jen.If(jen.Id("err").Op("==").Nil()).Block(jen.Panic(jen.Lit("agen: Throw with a nil error"))),
			r.throwDispatch(),
			jen.Add(zeroSent...),
			call(jen.Id("sent"), jen.Id("err"))),
		jen.Comment("Close unwinds the body from its pending yield, running its deferred calls.").Line().
			Func().Params(recv).Id("Close").Params().Error().Block(r.closeBody()...),
		jen.Comment("Err returns the error the body ended with.").Line().
			Func().Params(recv).Id("Err").Params().Error().Block(r.errBody()...),
		r.all(recv),
	}
}

// all renders the handle's All: a loop of Next, or where the machine can
// (see pushMode), the body run as a push loop that calls the loop body at
// each Yield.
func (r *renderer) all(recv jen.Code) jen.Code {
	y := r.typeCode(r.m.Gen.Y)
	closing := jen.If(jen.Err().Op(":=").Id("g").Dot("Close").Call(), jen.Err().Op("!=").Nil()).Block(
		r.handleFrame("agenErr").Op("=").Err())
	if r.plain() || r.core() {
		// Its Close returns no error: the deferred one is enough.
		closing = jen.Null()
	}
	var outer, loop []jen.Code
	if mode := r.pushMode(); mode == pushNone {
		loop = []jen.Code{
			jen.For(jen.List(jen.Id("v"), jen.Id("ok")).Op(":=").Id("g").Dot("Next").Call(), jen.Id("ok"),
				jen.List(jen.Id("v"), jen.Id("ok")).Op("=").Id("g").Dot("Next").Call()).Block(
				jen.If(jen.Op("!").Id("yield").Call(jen.Id("v"))).Block(closing, jen.Return())),
		}
	} else {
		var args []jen.Code
		if r.hasDefers() {
			args = append(args, jen.Id("g"))
		}
		if r.m.UsesSent {
			// Outside the function literal, whose yield would hide a
			// type or package of that name; named so as to hide none
			// that the body uses (its Y type, say).
			outer = append(outer, jen.Var().Id(r.m.Sent).Add(r.typeCode(r.m.Gen.S)))
			args = append(args, jen.Id(r.m.Sent))
		}
		if r.m.UsesThrown {
			args = append(args, jen.Nil())
		}
		args = append(args, jen.Id("yield"))
		name := "resume"
		if mode == pushSeparate {
			name = "push"
		}
		var step []jen.Code
		if r.delegates() {
			// Each run starts as a Next, which a YieldFrom forwards.
			step = append(step, jen.Id("g").Dot("f").Dot("agenNext").Op("=").True())
		}
		step = append(step, jen.List(jen.Id("_"), jen.Id("again")).Op("=").Id("g").Dot("f").Dot(name).Call(args...))
		loop = append(loop, jen.For(jen.Id("again").Op(":=").True(), jen.Id("again"), jen.Empty()).Block(step...), closing)
	}
	return jen.Comment("All returns an iterator over the values; leaving the loop early (break, return, a panic)").Line().
		Comment("closes the generator (the deferred Close does nothing to a finished one).").Line().
		Func().Params(recv).Id("All").Params().Qual("iter", "Seq").Types(y).Block(append(outer,
		jen.Return(jen.Func().Params(jen.Id("yield").Func().Params(y).Bool()).Block(
			append([]jen.Code{jen.Defer().Id("g").Dot("Close").Call()}, loop...)...)))...)
}

// errBody renders the handle's Err.
func (r *renderer) errBody() []jen.Code {
	if r.core() {
		return []jen.Code{jen.Return(jen.Id("g").Dot("f").Dot("agenCore").Dot("Error").Call())}
	}
	return []jen.Code{
		jen.If(r.handleFrame("agenState").Op("!=").Lit(stateFinished)).Block(jen.Return(jen.Nil())),
		jen.Return(r.handleFrame("agenErr")),
	}
}

// closeBody renders the handle's Close: the handle stays reachable while
// the deferred calls run.
func (r *renderer) closeBody() []jen.Code {
	if r.plain() {
		return []jen.Code{
			jen.If(r.handleFrame("agenState").Op("==").Lit(stateRunning)).Block(
				jen.Comment("The body closes its own generator."),
				jen.Panic(jen.Qual(runtime, "ErrRunning"))),
			r.handleFrame("agenState").Op("=").Lit(stateFinished),
			jen.Return(jen.Nil()),
		}
	}
	closing := jen.Id("g").Dot("f").Dot("close").Call()
	if r.core() {
		closing = jen.Id("g").Dot("f").Dot("agenCore").Dot("Close").Call()
	}
	if !r.hasDefers() {
		return []jen.Code{jen.Return(closing)}
	}
	return []jen.Code{
		jen.Err().Op(":=").Add(closing),
		jen.Qual("runtime", "KeepAlive").Call(jen.Id("g")),
		jen.Return(jen.Err()),
	}
}

// throwDispatch renders what Throw does before resuming the body: a
// generator that has not started finishes with err, running no code; a
// body at a Yield unwinds.
func (r *renderer) throwDispatch() jen.Code {
	g := r.m.Gen
	f := jen.Id("g").Dot("f")
	var yields []jen.Code
	for _, p := range r.m.Points {
		if !p.Catch && p.From == nil {
			yields = append(yields, jen.Lit(p.State))
		}
	}
	if r.plain() {
		// Before the start, and at a Yield, the generator finishes with err.
		start := append([]jen.Code{jen.Lit(0)}, yields...)
		return jen.Switch(r.handleFrame("agenState")).Block(jen.Case(start...).Block(
			r.handleFrame("agenState").Op("=").Lit(stateFinished),
			r.handleFrame("agenErr").Op("=").Err(),
			jen.Return(r.zero(g.Y), jen.False())))
	}
	cases := []jen.Code{jen.Case(jen.Lit(0)).Block(
		r.handleFrame("agenState").Op("=").Lit(stateFinished),
		r.handleFrame("agenErr").Op("=").Err(),
		jen.Return(r.zero(g.Y), jen.False()))}
	if len(yields) > 0 {
		throw := jen.Add(f).Dot("agenThrow").Call(jen.Err())
		switch {
		case r.core():
			cases = append(cases, jen.Case(yields...).Block(
				jen.Add(f).Dot("agenCore").Dot("Throw").Call(jen.Err()),
				jen.Qual("runtime", "KeepAlive").Call(jen.Id("g")),
				jen.Return(r.zero(g.Y), jen.False())))
		case !r.hasDefers():
			cases = append(cases, jen.Case(yields...).Block(jen.Return(throw)))
		default:
			cases = append(cases, jen.Case(yields...).Block(
				jen.List(jen.Id("value"), jen.Id("ok")).Op(":=").Add(throw),
				jen.Qual("runtime", "KeepAlive").Call(jen.Id("g")),
				jen.Return(jen.Id("value"), jen.Id("ok"))))
		}
	}
	return jen.Switch(r.handleFrame("agenState")).Block(cases...)
}

// frameMethods renders close, the agen.Frame methods, and the helpers of
// deferred calls.
func (r *renderer) frameMethods() []jen.Code {
	m := r.m
	g := m.Gen
	if r.core() {
		// The agen.SyncCore is the agen.Frame.
		return r.deferMethods()
	}
	var methods []jen.Code
	if !r.plain() {
		methods = append(methods, jen.Comment("close unwinds the body the way runtime.Goexit unwinds a goroutine.").Line().
			Func().Params(r.recv()).Id("close").Params().Error().Block(
			r.closeDelegates(),
			jen.Switch().Block(
				jen.Case(r.field("agenState").Op(">").Lit(0)).Block(r.unwind()...),
				jen.Case(r.field("agenState").Op("==").Lit(stateRunning)).Block(
					jen.Comment("The body, or one of its deferred calls, closes its own generator."),
					jen.Panic(jen.Qual(runtime, "ErrRunning"))),
				jen.Default().Block(r.field("agenState").Op("=").Lit(stateFinished)),
			),
			jen.Return(jen.Nil())))
	}
	if r.hasLife() {
		methods = append(methods, jen.Comment("Close implements agen.Frame.").Line().
			Func().Params(r.recv()).Id("Close").Params(jen.Qual("context", "Context")).Error().Block(
			jen.Return(r.field("close").Call())),
			jen.Comment("AClose implements agen.Frame.").Line().
				Func().Params(r.recv()).Id("AClose").Params().Qual(runtime, "Awaitable").Types(jen.Qual(runtime, "None")).Block(
				jen.Return(jen.Qual(runtime, "AwaitableFunc").Types(jen.Qual(runtime, "None")).Call(
					jen.Func().Params(jen.Qual("context", "Context"), jen.Qual(runtime, "Waker")).
						Params(jen.Qual(runtime, "None"), jen.Error(), jen.Bool()).Block(
						jen.Return(jen.Qual(runtime, "None").Values(), r.field("close").Call(), jen.True()))))))
	}
	methods = append(methods, r.exitMethods()...)
	if r.delegates() {
		methods = append(methods, r.closeDelegateMethod())
	}
	if r.hasYieldPoint() && !r.plain() {
		methods = append(methods, jen.Comment("agenThrow unwinds the body from a Yield with err.").Line().
			Func().Params(r.recv()).Id("agenThrow").Params(jen.Err().Error()).Params(r.typeCode(g.Y), jen.Bool()).Block(
			append(r.unwind(), r.field("agenErr").Op("=").Err(), jen.Return(r.zero(g.Y), jen.False()))...))
	}
	if r.hasDefers() {
		methods = append(methods, r.deferMethods()...)
	}
	return methods
}

// unwinds reports whether unwinding the body runs code: its pending
// deferred calls, or the closes of the generators of the range loops it is
// in (sync; an async body closes them in agenUnwind).
func (r *renderer) unwinds() bool { return r.hasDefers() || r.syncRanges() }

// unwind renders the unwinding of a suspended body: its deferred calls run
// while it is still marked running (one that calls its own generator
// panics with agen.ErrRunning), and it is finished after them, even if one
// panics.
func (r *renderer) unwind() []jen.Code {
	if !r.unwinds() {
		return []jen.Code{r.field("agenState").Op("=").Lit(stateFinished)}
	}
	return append([]jen.Code{
		r.field("agenState").Op("=").Lit(stateRunning),
		jen.Defer().Add(r.field("agenFinish")).Call(),
	}, r.runDefers(jen.False(), jen.Nil())...)
}

// runDefers renders what unwinds the body: the generators of the range
// loops it is in are closed, as All closes them, then the pending deferred
// calls run. A panic of a close goes on through the closes left and the
// deferred calls, as a panic of an iterator's deferred call goes through
// the frames below it in Go.
func (r *renderer) runDefers(panicking, p jen.Code) []jen.Code {
	switch {
	case r.syncRanges() && r.hasDefers():
		return []jen.Code{r.field(r.runDefersName()).Call(r.closeRanges(panicking, p))}
	case r.syncRanges():
		return []jen.Code{jen.If(jen.List(jen.Id("panicking"), jen.Id("p")).Op(":=").Add(r.closeRanges(panicking, p)), jen.Id("panicking")).Block(
			jen.Panic(jen.Id("p")))}
	case r.hasDefers():
		return []jen.Code{r.field(r.runDefersName()).Call(panicking, p)}
	}
	return nil
}

// unwound renders the condition that the body has neither range loops
// nor deferred calls pending.
func (r *renderer) unwound() jen.Code {
	c := jen.Len(r.field("agenRanges")).Op("==").Lit(0)
	if r.hasDefers() {
		c = c.Op("&&").Len(r.field("agenDefers")).Op("==").Lit(0)
	}
	return c
}

// closeRanges renders the call that closes the generators of the range
// loops the body is unwinding out of, panicking with p if panicking, and
// returns the panic the deferred calls are to see (agen.CloseSyncRanges).
func (r *renderer) closeRanges(panicking, p jen.Code) *jen.Statement {
	return jen.Qual(runtime, "CloseSyncRanges").Call(jen.Op("&").Add(r.field("agenRanges")), panicking, p)
}

func (r *renderer) hasYieldPoint() bool {
	for _, p := range r.m.Points {
		if !p.Catch && !p.Await && p.From == nil {
			return true
		}
	}
	return false
}

// closeDelegates renders the start of close: at a YieldFrom, the delegate
// is closed first.
func (r *renderer) closeDelegates() jen.Code {
	var cases []jen.Code
	for _, p := range r.m.Points {
		if p.From != nil {
			cases = append(cases, jen.Case(jen.Lit(p.State)).Block(
				jen.Return(r.field("agenCloseDelegate").Call(jen.Id(r.ref(p.From, transform.RefValue))))))
		}
	}
	if len(cases) == 0 {
		return jen.Null()
	}
	return jen.Switch(r.field("agenState")).Block(cases...)
}

// closeDelegateMethod renders agenCloseDelegate, which closes the delegate
// of a YieldFrom, then unwinds the body from there.
func (r *renderer) closeDelegateMethod() jen.Code {
	g := r.m.Gen
	finish := []jen.Code{r.field("agenState").Op("=").Lit(stateFinished)}
	if r.hasDefers() || r.m.Ranges {
		finish = append(r.runDefers(jen.False(), jen.Nil()), r.field("agenFinish").Call())
	}
	return jen.Comment("agenCloseDelegate closes the delegate of a YieldFrom, then unwinds the body from there:").Line().
		Comment("a panic of the delegate's Close unwinds it as a panic of the body there.").Line().
		Func().Params(r.recv()).Id("agenCloseDelegate").Params(jen.Id("d").Qual(runtime, "Generator").Types(r.typeCode(g.Y), r.typeCode(g.S))).Error().Block(
		append([]jen.Code{
			r.field("agenState").Op("=").Lit(stateRunning),
			jen.Defer().Add(r.field("agenExit")).Call(),
			jen.Err().Op(":=").Id("d").Dot("Close").Call(),
			r.field("agenErr").Op("=").Err(),
		}, append(finish, jen.Return(jen.Err()))...)...)
}

// delegates reports whether the body delegates to another generator
// (YieldFrom).
func (r *renderer) delegates() bool {
	for _, p := range r.m.Points {
		if p.From != nil {
			return true
		}
	}
	return false
}

// lifeFinish tells the lifecycle the generator finished, when it may be
// tracked.
func (r *renderer) lifeFinish() []jen.Code {
	if !r.hasLife() {
		return nil
	}
	return []jen.Code{r.life().Dot("Finish").Call(jen.Id(r.m.Recv))}
}

// deferMethods renders the running of the deferred calls.
func (r *renderer) deferMethods() []jen.Code {
	return []jen.Code{
		jen.Comment(r.runDefersName()+" runs the pending deferred calls as deferred calls of its own, LIFO,").Line().
			Comment("panicking with p if panicking, so that recover() in them works as in Go.").Line().
			Func().Params(r.recv()).Id(r.runDefersName()).Params(jen.Id("panicking").Bool(), jen.Id("p").Any()).Block(
			r.runDeferRecords()...),
	}
}

// tracked renders what follows the push of a deferred call of the body:
// from then on, an abandoned generator is finalized.
func (r *renderer) tracked() jen.Code {
	if r.core() {
		return r.field("agenCore").Dot("Deferred").Call(jen.Id(r.m.Handle))
	}
	return r.life().Dot("Track").Call(jen.Id(r.m.Handle), jen.Id(r.m.Recv))
}

// resultPointer renders a pointer to the body's error result, or nil.
func (r *renderer) resultPointer() jen.Code {
	switch {
	case r.m.Result == nil:
		return jen.Nil()
	case r.m.Result.Cell:
		return jen.Id(r.ref(r.m.Result, transform.RefCell))
	}
	return jen.Op("&").Id(r.ref(r.m.Result, transform.RefValue))
}

// runDeferRecords renders the body of agenRunDefers: the pending records
// of r.m (the body's, or a deferred function's that awaits), each run as a
// deferred call, then the panic p if panicking.
func (r *renderer) runDeferRecords() []jen.Code {
	var cases []jen.Code
	for _, d := range r.m.Defers {
		if d.Awaiting == nil && d.Nested == r.m.Nested { // the others run elsewhere
			cases = append(cases, jen.Case(jen.Lit(d.Index)).Block(jen.Defer().Add(r.deferredCall(d))))
		}
	}
	return []jen.Code{
		jen.Id("defers").Op(":=").Add(r.field("agenDefers")),
		r.field("agenDefers").Op("=").Nil(),
		jen.For(jen.Id("i").Op(":=").Range().Id("defers")).Block(
			jen.Switch(jen.Id("d").Op(":=").Op("&").Id("defers").Index(jen.Id("i")), jen.Id("d").Dot("site")).Block(cases...)),
		jen.If(jen.Id("panicking")).Block(jen.Panic(jen.Id("p"))),
	}
}

// exitMethods renders agenExit, which resume defers on the paths that may
// call the user's code, and agenFinish.
func (r *renderer) exitMethods() []jen.Code {
	var methods []jen.Code
	if r.hasDefers() || r.m.Ranges {
		methods = append(methods, jen.Comment("agenFinish marks the generator finished.").Line().
			Func().Params(r.recv()).Id("agenFinish").Params().Block(r.finish()...))
	}
	if !r.guarded() {
		return methods
	}
	if r.awaitingDefers() {
		return append(append(methods, r.unwindingExit()), r.unwindMethods()...)
	}
	doc := jen.Comment("agenExit is deferred by resume: if the body panics (or calls runtime.Goexit), it runs").Line().
		Comment("the pending deferred calls as Go would, and leaves the generator finished.").Line()
	if !r.hasDefers() {
		doc = jen.Comment("agenExit is deferred by resume: a body that panics, or calls runtime.Goexit,").Line().
			Comment("leaves its generator finished, so that the consumer's deferred calls find it so.").Line()
	}
	var params []jen.Code
	if r.async() {
		params = []jen.Code{jen.Err().Op("*").Error(), jen.Id("ready").Op("*").Bool()}
	}
	if !r.hasDefers() && !r.async() && !r.m.Ranges {
		return append(methods, doc.Func().Params(r.recv()).Id("agenExit").Params().Block(
			jen.If(r.field("agenState").Op("==").Lit(stateRunning)).Block(
				r.field("agenState").Op("=").Lit(stateFinished))))
	}
	body := []jen.Code{jen.If(r.field("agenState").Op("!=").Lit(stateRunning)).Block(jen.Return())}
	deferFinish := jen.Defer().Add(r.field("agenFinish")).Call()
	switch {
	case r.syncRanges():
		body = append(append(body, deferFinish), r.rangesExit()...)
	case r.hasDefers():
		body = append(body, deferFinish,
			jen.If(jen.Len(r.field("agenDefers")).Op("==").Lit(0)).Block(jen.Return()),
			jen.If(jen.Id("p").Op(":=").Recover(), jen.Id("p").Op("!=").Nil()).Block(append([]jen.Code{
				r.field("agenRunDefers").Call(jen.True(), jen.Id("p")),
				jen.Comment("A deferred call recovered: the body returns."),
			}, r.recoveredReturns()...)...).Else().Block(
				r.field("agenRunDefers").Call(jen.False(), jen.Nil())))
	default:
		// Nothing runs after it: finish now (an async body that nothing
		// unwinds, which has no agenFinish).
		body = append(body, r.finish()...)
	}
	return append(methods, doc.Func().Params(r.recv()).Id("agenExit").Params(params...).Block(body...))
}

// recoveredReturns renders what agenExit does when a deferred call
// recovers the body's panic: the body returns its named result.
func (r *renderer) recoveredReturns() []jen.Code {
	m := r.m
	switch {
	case r.async():
		end := jen.Qual(runtime, "Done")
		if m.Result != nil {
			end = jen.Qual(runtime, "End").Call(jen.Id(r.ref(m.Result, transform.RefValue)))
		}
		return []jen.Code{jen.List(jen.Op("*").Err(), jen.Op("*").Id("ready")).Op("=").List(end, jen.True())}
	case m.Result != nil:
		return []jen.Code{r.field("agenErr").Op("=").Id(r.ref(m.Result, transform.RefValue))}
	}
	return nil
}

// rangesExit renders the rest of agenExit for a sync body in range loops:
// the body's panic, recovered, goes on through the closes of its range
// loops, and the deferred calls see the last one's. A close's panic that
// a deferred call recovers does not stop runtime.Goexit, which goes on:
// then the body does not return.
func (r *renderer) rangesExit() []jen.Code {
	body := []jen.Code{jen.If(r.unwound()).Block(jen.Return()), jen.Id("p").Op(":=").Recover()}
	returns := r.recoveredReturns()
	if r.hasDefers() && len(returns) > 0 {
		body = append(body, jen.Id("goexit").Op(":=").Id("p").Op("==").Nil().Comment("the body called runtime.Goexit"))
	}
	body = append(body, jen.List(jen.Id("panicking"), jen.Id("p")).Op(":=").Add(r.closeRanges(jen.Id("p").Op("!=").Nil(), jen.Id("p"))))
	if !r.hasDefers() {
		return append(body, jen.If(jen.Id("panicking")).Block(jen.Panic(jen.Id("p"))))
	}
	recovered := []jen.Code{
		r.field("agenRunDefers").Call(jen.True(), jen.Id("p")),
		jen.Comment("A deferred call recovered: the body returns."),
	}
	if len(returns) > 0 {
		recovered = []jen.Code{
			r.field("agenRunDefers").Call(jen.True(), jen.Id("p")),
			jen.Comment("A deferred call recovered: the body returns, unless it called runtime.Goexit,").Line().
				Comment("which goes on once a close's panic is recovered."),
			jen.If(jen.Op("!").Id("goexit")).Block(returns...),
		}
	}
	return append(body, jen.If(jen.Id("panicking")).Block(recovered...).Else().Block(
		r.field("agenRunDefers").Call(jen.False(), jen.Nil())))
}

// finish renders what marks the generator finished: the state, the
// lifecycle, and for async the operation in progress, which a panic ends.
func (r *renderer) finish() []jen.Code {
	code := append([]jen.Code{r.field("agenState").Op("=").Lit(stateFinished)}, r.lifeFinish()...)
	if r.async() {
		code = append(code, r.field("agenCore").Dot("Release").Call())
	}
	return code
}

// How a machine runs under All: see pushMode.
type pushKind int

const (
	pushNone     pushKind = iota // All pulls the machine with Next
	pushMerged                   // resume takes the loop body: nil when it pulls
	pushSeparate                 // a second method, push, runs the body under All
)

// pushMode tells how All runs the body: as a push loop, which calls the
// loop body at each yield instead of returning from resume, wherever the
// machine can. A body that calls nothing (fib's) gets a method of its own,
// so that resume stays small enough for Next to inline; any other body's
// resume takes the loop body as a parameter, nil for Next and Send, so that
// the body is compiled once. Async bodies are pulled (All(ctx) blocks
// through the runtime).
func (r *renderer) pushMode() pushKind {
	switch {
	case r.async() || r.m.Nested || !r.hasYieldPoint():
		return pushNone
	case !r.guarded() && !r.hasDefers():
		return pushSeparate
	}
	return pushMerged
}

// resume renders the method that runs the body from where it is to its
// next suspension point or its end.
func (r *renderer) resume() jen.Code {
	doc := jen.Comment("resume runs the body from its pending suspension point to the next one, or to its end.")
	if r.pushMode() == pushMerged {
		doc.Line().Comment("Under All, " + r.m.Push + " is the range's loop body, which it calls at each Yield instead of").Line().
			Comment("returning: it returns true when the loop body resumed the generator itself, for All to").Line().
			Comment("call it again from where the generator is. Next and Send give it nil.")
	}
	return r.routine("resume", r.pushMode() == pushMerged, doc)
}

// push renders the method All runs the body with, when it is not resume
// itself (pushSeparate).
func (r *renderer) push() jen.Code {
	return r.routine("push", true, jen.Comment("push runs the body as resume does, but calls yield at each Yield instead of returning;").Line().
		Comment("it returns true when the loop body resumed the generator itself (with Next, Send, Throw").Line().
		Comment("or Close), for All to call it again from where the generator is, and false at the end").Line().
		Comment("or when yield returned false."))
}

// routine renders resume, or push: the body's statements, and with
// pushing, a parameter for the loop body of All.
func (r *renderer) routine(name string, pushing bool, doc *jen.Statement) jen.Code {
	m := r.m
	g := m.Gen
	var params []jen.Code
	if r.hasDefers() {
		params = append(params, jen.Id(m.Handle).Op("*").Add(r.inst(g.Type)))
	}
	if r.async() || m.UsesSent {
		params = append(params, jen.Id(m.Sent).Add(r.typeCode(g.S)))
	}
	if r.async() || m.UsesThrown {
		params = append(params, jen.Id(m.Thrown).Error())
	}
	if pushing {
		params = append(params, jen.Id(m.Push).Func().Params(r.typeCode(g.Y)).Bool())
	}
	results := []jen.Code{r.typeCode(g.Y), jen.Bool()}
	if r.async() {
		params = append([]jen.Code{jen.Id(m.Ctx).Qual("context", "Context"), jen.Id(m.Waker).Qual(runtime, "Waker")}, params...)
		// Named, so that agenExit can set them when a deferred call recovers.
		results = []jen.Code{jen.Id("_").Add(r.typeCode(g.Y)), jen.Id(m.EndErr).Error(), jen.Id(m.Ready).Bool()}
	}
	r.inResume, r.pushing = true, pushing
	defer func() { r.inResume, r.pushing = false, false }()
	var body []jen.Code
	body = append(body, r.locals()...)
	if r.async() {
		body = append(body, r.asyncDispatch()...)
	} else {
		body = append(body, r.dispatch()...)
	}
	body = append(body, r.statements()...)
	return doc.Line().Func().Params(r.recv()).Id(name).Params(params...).Params(results...).Block(body...)
}

// locals declares the variables of resume.
//
// Variables of the same type share a line, in the order of their first.
func (r *renderer) locals() []jen.Code {
	var types []string
	names := map[string][]jen.Code{}
	code := map[string]jen.Code{}
	for _, v := range r.m.Vars {
		if !v.Frame || r.inResume && r.cached(v) {
			typ := r.varType(v)
			key := jen.Var().Id("_").Add(typ).GoString()
			if _, ok := names[key]; !ok {
				types = append(types, key)
				code[key] = typ
			}
			names[key] = append(names[key], jen.Id(v.Name))
		}
	}
	if len(types) == 0 {
		return nil
	}
	decls := make([]jen.Code, len(types))
	for i, key := range types {
		decls[i] = jen.List(names[key]...).Add(code[key])
	}
	return []jen.Code{jen.Var().Defs(decls...)}
}

// A guard is what resume does before running a path of the body, given
// the path's effect (see transform/effects.go).
type guard int

const (
	guardNone     guard = iota // nothing can observe the state: leave it
	guardFinished              // a panic must leave the generator finished
	guardRunning               // the body may call its own generator, or a panic must run deferred calls
)

// guardOf returns the guard of a path with effect e.
func (r *renderer) guardOf(e transform.Effect) guard {
	switch {
	case r.async():
		return guardRunning // a panic must end the operation in progress
	case e == transform.MayCall || e == transform.MayPanic && r.hasDefers():
		return guardRunning
	case e == transform.MayPanic:
		return guardFinished
	}
	return guardNone
}

// guarded reports whether a path of resume runs under the deferred
// agenExit.
func (r *renderer) guarded() bool {
	if r.guardOf(r.m.Start) == guardRunning {
		return true
	}
	for _, p := range r.m.Points {
		if r.guardOf(p.Entry) == guardRunning {
			return true
		}
	}
	return false
}

// dispatch renders the start of resume: a switch on the state that jumps
// to where the body suspended, marking the generator as each path needs
// (see guard); a path that may call the user's code marks it running, under
// a deferred agenExit that finishes the generator if the body panics.
func (r *renderer) dispatch() []jen.Code {
	m := r.m
	at := jen.Id(m.At)
	// Under All, a path that skips the deferred agenExit may run on, past
	// the next Yield, into one that needs it: resume then takes the
	// guarded way in.
	pushGuarded := r.pushing && r.guarded()
	enter := func(g guard, label string) []jen.Code {
		var code []jen.Code
		if g == guardFinished {
			code = append(code, r.field("agenState").Op("=").Lit(stateFinished).Comment("a panic on the way leaves it finished"))
		}
		if label != "" && pushGuarded {
			code = append(code, jen.If(jen.Id(m.Push).Op("==").Nil()).Block(jen.Goto().Id(label)))
		} else if label != "" {
			code = append(code, jen.Goto().Id(label))
		}
		return code
	}
	var cases, runningCases []jen.Code
	for _, p := range m.Points {
		if g := r.guardOf(p.Entry); g == guardRunning {
			runningCases = append(runningCases, jen.Case(jen.Lit(p.State)).Block(append(r.loads(p.Live), jen.Goto().Id(p.Label))...))
		} else {
			cases = append(cases, jen.Case(jen.Lit(p.State)).Block(append(r.loads(p.Live), enter(g, p.Label)...)...))
			if pushGuarded {
				runningCases = append(runningCases, jen.Case(jen.Lit(p.State)).Block(jen.Goto().Id(p.Label)))
			}
		}
	}
	startGuard := r.guardOf(m.Start)
	var start []jen.Code
	if r.hasDefers() {
		// The hooks see the generator running.
		begin := r.life().Dot("Start").Call(jen.Nil(), jen.Id(m.Recv))
		if r.core() {
			begin = r.field("agenCore").Dot("Start").Call(jen.Id(m.Recv), r.resultPointer())
		}
		start = append(start, r.field("agenState").Op("=").Lit(stateRunning), begin)
	}
	startLabel := ""
	if startGuard != guardRunning && r.guarded() {
		startLabel = m.StartLabel
	}
	start = append(start, r.loads(m.StartLive)...)
	start = append(start, enter(startGuard, startLabel)...)
	if len(start) > 0 {
		cases = append(cases, jen.Case(jen.Lit(0)).Block(start...))
	}
	if r.guarded() || r.hasDefers() {
		cases = append(cases, jen.Case(jen.Lit(stateRunning)).Block(
			jen.Comment("The body, or one of its deferred calls, calls its own generator."),
			jen.Panic(jen.Qual(runtime, "ErrRunning"))))
	}
	cases = append(cases, jen.Case(jen.Lit(stateFinished)).Block(jen.Return(r.zero(m.Gen.Y), jen.False())))
	if !r.guarded() {
		// One switch: the state is the resume point.
		return []jen.Code{jen.Switch(r.field("agenState")).Block(cases...)}
	}
	stmts := []jen.Code{
		jen.Id(m.At).Op(":=").Add(r.field("agenState")),
		jen.Switch(at).Block(cases...),
	}
	exit := r.field("agenExit").Call()
	if r.core() {
		exit = r.field("agenCore").Dot("Exit").Call()
	}
	stmts = append(stmts,
		r.field("agenState").Op("=").Lit(stateRunning),
		jen.Defer().Add(exit))
	if len(runningCases) > 0 {
		stmts = append(stmts, jen.Switch(at).Block(runningCases...))
	}
	if startLabel != "" {
		stmts = append(stmts, jen.Id(startLabel).Op(":"))
	}
	return stmts
}

// statements renders the body of resume.
func (r *renderer) statements() []jen.Code {
	var out []jen.Code
	file, line := "", 0
	ended := false // the end of the body was rendered
	directive := func(s *transform.Stmt) {
		if !s.Pos.IsValid() {
			return
		}
		if s.File != file || s.Line != line {
			out = append(out, jen.Comment("//line "+s.File+":"+strconv.Itoa(s.Line)))
			file, line = s.File, s.Line
		}
	}
	for _, s := range r.m.Body {
		switch s.Kind {
		case transform.Label:
			out = append(out, jen.Id(s.Label).Op(":"))
		case transform.Goto:
			out = append(out, jen.Goto().Id(s.Label))
		case transform.IfGoto:
			directive(s)
			out = append(out, r.bind(s.Text, jen.If(r.text(s.Text)).Block(jen.Goto().Id(s.Label)))...)
		case transform.Code:
			directive(s)
			out = append(out, r.bind(s.Text, r.text(s.Text))...)
		case transform.Suspend:
			directive(s)
			suspend := append(r.stores(s.Point.Live), r.field("agenState").Op("=").Lit(s.Point.State))
			if r.pushing {
				suspend = append(suspend, r.pushed(s)...)
			} else {
				suspend = append(suspend, jen.Return(r.yielded(r.text(s.Text))...))
			}
			out = append(out, r.bind(s.Text, suspend...)...)
		case transform.Await:
			directive(s)
			out = append(out, r.await(s))
		case transform.Return:
			out = append(out, jen.Comment(resetMarker))
			file, line = "", 0
			out = append(out, r.end()...)
			ended = true
		case transform.Unwind:
			out = append(out, r.unwindAfterDelegate(s)...)
		}
	}
	if !ended && r.awaitingDefers() && !r.m.Nested {
		// A body that cannot end by falling off its end (an endless loop)
		// still unwinds, on Close, Throw or a return error: the unwinding
		// section the end would hold comes last.
		out = append(out, jen.Comment(resetMarker))
		out = append(out, r.unwinding()...)
	} else if !ended && file != "" {
		// What follows the method is generated code.
		out = append(out, jen.Comment(resetMarker))
	}
	return out
}

// bind wraps statements in a block that binds the cells their closures
// capture, so that each closure keeps the cell of its own iteration.
func (r *renderer) bind(t transform.Text, stmts ...jen.Code) []jen.Code {
	cells := bound(t)
	if len(cells) == 0 {
		return stmts
	}
	var block []jen.Code
	for _, v := range cells {
		block = append(block, jen.Id(v.Name).Op(":=").Id(r.ref(v, transform.RefCell)))
	}
	return []jen.Code{jen.Block(append(block, stmts...)...)}
}

// end renders the end of the body: the deferred calls run, and the result
// is the end error.
func (r *renderer) end() []jen.Code {
	m := r.m
	if m.Nested {
		if r.hasDefers() {
			return []jen.Code{r.field("agenRunDefers").Call(jen.False(), jen.Nil()), jen.Return(jen.True())}
		}
		return []jen.Code{jen.Return(jen.True())}
	}
	if r.awaitingDefers() {
		// The unwinding section follows: no goto to it.
		return append([]jen.Code{r.unwindingStart("UnwindReturn", jen.Nil())}, r.unwinding()...)
	}
	if r.core() {
		// Still running while the deferred calls run.
		return []jen.Code{r.field("agenCore").Dot("Return").Call(), jen.Return(r.zero(m.Gen.Y), jen.False())}
	}
	var out []jen.Code
	if r.hasDefers() {
		// Still running: a deferred call that calls its own generator
		// panics with agen.ErrRunning; one that panics leaves through
		// agenExit.
		out = append(out, r.field(r.runDefersName()).Call(jen.False(), jen.Nil()))
	}
	out = append(out, r.field("agenState").Op("=").Lit(stateFinished))
	if r.async() {
		out = append(out, r.lifeFinish()...)
		return append(out, jen.Return(r.zero(m.Gen.Y), r.endErr(), jen.True()))
	}
	if m.Result != nil {
		out = append(out, r.field("agenErr").Op("=").Id(r.ref(m.Result, transform.RefValue)))
	}
	out = append(out, r.lifeFinish()...)
	return append(out, jen.Return(r.zero(m.Gen.Y), jen.False()))
}

// pushed renders a Yield of push (or of resume under All): the value goes
// to the loop body, and the body goes on from here, as Next would resume
// it, unless the loop body broke out (false: All closes the generator) or
// resumed the generator itself (true: All runs it again from where it is).
// The variables cached in locals are loaded again, since a resume that
// came back to this point may have changed them.
func (r *renderer) pushed(s *transform.Stmt) []jen.Code {
	m := r.m
	p := s.Point
	var out []jen.Code
	if r.pushMode() == pushMerged {
		// Pulled (no loop body), resume returns the value; All ignores it.
		out = append(out, jen.If(jen.Id(m.Push).Op("==").Nil().Op("||").Op("!").Id(m.Push).Call(r.text(s.Text))).Block(
			jen.Return(r.text(s.Text), jen.Id(m.Push).Op("==").Nil())))
	} else {
		out = append(out, jen.If(jen.Op("!").Id(m.Push).Call(r.text(s.Text))).Block(jen.Return(r.zero(m.Gen.Y), jen.False())))
	}
	out = append(out, jen.If(r.field("agenState").Op("!=").Lit(p.State)).Block(jen.Return(r.zero(m.Gen.Y), jen.True())))
	if r.delegates() {
		// All resumes as Next does: a YieldFrom forwards Next to its delegate.
		out = append(out, r.field("agenNext").Op("=").True())
	}
	out = append(out, r.loads(p.Live)...)
	switch r.guardOf(p.Entry) {
	case guardRunning:
		out = append(out, r.field("agenState").Op("=").Lit(stateRunning))
	case guardFinished:
		out = append(out, r.field("agenState").Op("=").Lit(stateFinished).Comment("a panic on the way leaves it finished"))
	}
	return out
}
