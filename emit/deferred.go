package emit

// This file defines the rendering of an async body whose deferred
// functions await (transform/lower_deferred.go): the machine of each such
// function, and the unwinding that can suspend. Every way the body ends —
// its end, a panic, Close, Throw at a Yield, the close of a delegate —
// records its cause in the frame's agen.Unwinding and goes to resume's
// unwinding label, where agenUnwind runs the pending deferred calls LIFO:
// a plain one as a Go deferred call (agenCall, so that recover() in it
// works), an awaiting one by stepping its machine. While one waits, the
// state is -3 and the operation in progress is pending; polled again,
// resume goes on unwinding. At the end, agenUnwound finishes the body as
// its cause says, re-raising the panic it holds if nobody recovered it.

import (
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/agen-go/agen/transform"
)

const stateUnwinding = -3

// awaitingDefers reports whether the body unwinds through agenUnwind.
func (r *renderer) awaitingDefers() bool { return r.m.AwaitingDefers }

// deferredMachines renders the machines of the deferred functions that
// await.
func (r *renderer) deferredMachines() []jen.Code {
	var out []jen.Code
	parent := r.m
	for _, d := range parent.Defers {
		if d.Awaiting == nil {
			continue
		}
		r.m = d.Awaiting
		out = append(out, r.deferredType(parent, d), r.deferredRun(parent, d))
		if r.hasDefers() {
			out = append(out, r.deferredDefers()...)
		}
		r.m = parent
	}
	return out
}

// deferredType renders the fields of a deferred function that awaits: its
// state, the cells it captures, its parameters, what lives across its
// awaits.
func (r *renderer) deferredType(parent *transform.Machine, d *transform.DeferSite) jen.Code {
	fields := []jen.Code{jen.Id("agenState").Int().Comment("0 before the start, k waiting at point k")}
	for _, v := range r.m.Vars {
		if v.Frame {
			fields = append(fields, jen.Id(v.Name).Add(r.varType(v)))
		}
	}
	if r.hasDefers() {
		fields = append(fields, jen.Id("agenDefers").Index().Add(r.inst(parent.Gen.DeferType)).Comment("its pending deferred calls, in order"))
	}
	return jen.Commentf("%s is deferred function %d of %s, which awaits: a state machine", r.m.Name, d.Index, parent.Gen.Decl.Name.Name).Line().
		Comment("the unwinding of the body runs.").Line().
		Type().Id(r.m.Name).Types(r.typesDecl()...).Struct(fields...)
}

// deferredRun renders run, which runs the deferred function from where it
// waits to its next pending await (false) or its end (true).
func (r *renderer) deferredRun(parent *transform.Machine, d *transform.DeferSite) jen.Code {
	m := r.m
	var jumps []jen.Code
	for _, p := range m.Points {
		jumps = append(jumps, jen.Case(jen.Lit(p.State)).Block(jen.Goto().Id(p.Label)))
	}
	body := append(r.locals(), jen.Var().Id(m.Ready).Bool())
	if len(jumps) > 0 {
		body = append(body, jen.Switch(r.field("agenState")).Block(jumps...))
	}
	body = append(body, r.statements()...)
	result := jen.Bool()
	if r.hasDefers() {
		// A panic runs its own deferred calls; one that recovers ends it.
		result = jen.Parens(jen.Id("done").Bool())
		body = append([]jen.Code{jen.Defer().Id(m.Recv).Dot("agenExit").Call(jen.Op("&").Id("done"))}, body...)
	}
	return jen.Comment("run runs the deferred function from where it waits to its next pending await (false)").Line().
		Comment("or its end (true); recover() in it returns the panic u holds.").Line().
		Func().Params(jen.Id(m.Recv).Op("*").Add(r.inst(m.Name))).Id("run").
		Params(jen.Id(m.Ctx).Qual("context", "Context"), jen.Id(m.Waker).Qual(runtime, "Waker"), jen.Id(m.Unwind).Op("*").Qual(runtime, "Unwinding")).
		Add(result).Block(body...)
}

// deferredDefers renders agenExit and agenRunDefers of a deferred function
// that awaits and defers calls of its own: they run when it returns, or as
// Go runs them when it panics, and recover() in them sees that panic (not
// the one the body unwinds with, which goes on unless it is replaced).
func (r *renderer) deferredDefers() []jen.Code {
	recv := jen.Id(r.m.Recv).Op("*").Add(r.inst(r.m.Name))
	return []jen.Code{
		jen.Comment("agenExit is deferred by run: if the deferred function panics, its own deferred calls run").Line().
			Comment("as Go runs them, and one that recovers ends it.").Line().
			Func().Params(recv).Id("agenExit").Params(jen.Id("done").Op("*").Bool()).Block(
			jen.If(jen.Len(r.field("agenDefers")).Op("==").Lit(0)).Block(jen.Return()),
			jen.If(jen.Id("p").Op(":=").Recover(), jen.Id("p").Op("!=").Nil()).Block(
				r.field("agenRunDefers").Call(jen.True(), jen.Id("p")),
				jen.Op("*").Id("done").Op("=").True())),
		jen.Comment("agenRunDefers runs the pending deferred calls as deferred calls of its own, LIFO,").Line().
			Comment("panicking with p if panicking, so that recover() in them works as in Go.").Line().
			Func().Params(recv).Id("agenRunDefers").Params(jen.Id("panicking").Bool(), jen.Id("p").Any()).Block(
			r.runDeferRecords()...),
	}
}

// unwindMethods renders agenUnwind, agenCall and agenUnwound.
func (r *renderer) unwindMethods() []jen.Code {
	m := r.m
	g := m.Gen
	var awaiting, plain []jen.Code
	for _, d := range m.Defers {
		if d.Nested {
			continue // on the stack of its deferred function
		}
		if d.Awaiting == nil {
			plain = append(plain, jen.Case(jen.Lit(d.Index)).Block(jen.Defer().Add(r.deferredCall(d))))
			continue
		}
		machine := jen.Id("d").Dot("m" + strconv.Itoa(d.Index))
		awaiting = append(awaiting, jen.Case(jen.Lit(d.Index)).Block(
			jen.If(jen.Op("!").Add(r.field("agenUnwinding")).Dot("Step").Call(
				jen.Func().Params().Bool().Block(jen.Return(machine.Dot("run").Call(jen.Id("ctx"), jen.Id("w"), jen.Op("&").Add(r.field("agenUnwinding"))))))).
				Block(jen.Return(jen.False()))))
	}
	zeroY := r.zero(g.Y)
	end := jen.Qual(runtime, "Done")
	if m.Result != nil {
		end = jen.Qual(runtime, "End").Call(jen.Id(r.ref(m.Result, transform.RefValue)))
	}
	var unwind []jen.Code
	if m.Ranges {
		// The generators of the range loops the body is in close first,
		// as All closes them when the loop body panics or returns.
		unwind = append(unwind, jen.Var().Id("closed").Bool(),
			jen.If(jen.List(r.field("agenRanges"), jen.Id("closed")).Op("=").Add(r.field("agenUnwinding")).Dot("CloseRanges").Call(r.field("agenRanges"), jen.Id("w")), jen.Op("!").Id("closed")).Block(
				jen.Return(jen.False())))
	}
	var call []jen.Code
	if r.hasDefers() {
		unwind = append(unwind, jen.For(jen.Id("n").Op(":=").Len(r.field("agenDefers")), jen.Id("n").Op(">").Lit(0), jen.Id("n").Op("=").Len(r.field("agenDefers"))).Block(
			jen.Id("d").Op(":=").Op("&").Add(r.field("agenDefers")).Index(jen.Id("n").Op("-").Lit(1)),
			jen.Switch(jen.Id("d").Dot("site")).Block(append(awaiting,
				jen.Default().Block(r.field("agenCall").Call(jen.Id("d"))))...),
			r.field("agenDefers").Op("=").Add(r.field("agenDefers")).Index(jen.Empty(), jen.Id("n").Op("-").Lit(1))))
		call = []jen.Code{jen.Comment("agenCall runs a deferred call as a deferred call of its own, while panicking with the").Line().
			Comment("panic the body unwinds with, if any, so that recover() in it works as in Go.").Line().
			Func().Params(r.recv()).Id("agenCall").Params(jen.Id("d").Op("*").Add(r.inst(g.DeferType))).Block(
			jen.Defer().Add(r.field("agenUnwinding")).Dot("Caught").Call(),
			jen.Switch(jen.Id("d").Dot("site")).Block(plain...),
			r.field("agenUnwinding").Dot("Repanic").Call())}
	}
	return append(append([]jen.Code{
		jen.Comment("agenUnwind runs the pending deferred calls, LIFO, as Go would: it reports false while").Line().
			Comment("one of them waits at an await, and goes on when called again.").Line().
			Func().Params(r.recv()).Id("agenUnwind").Params(jen.Id("ctx").Qual("context", "Context"), jen.Id("w").Qual(runtime, "Waker")).Bool().Block(
			append(unwind, jen.Return(jen.True()))...)},
		call...),
		jen.Comment("agenUnwound finishes the body once its deferred calls ran, as what ended it says:").Line().
			Comment("the panic nobody recovered is raised again.").Line().
			Func().Params(r.recv()).Id("agenUnwound").Params().Params(r.typeCode(g.Y), jen.Error(), jen.Bool()).Block(
			append(append([]jen.Code{r.field("agenState").Op("=").Lit(stateFinished)}, r.lifeFinish()...),
				jen.If(jen.List(jen.Id("p"), jen.Id("panicking")).Op(":=").Add(r.field("agenUnwinding")).Dot("Panicking").Call(), jen.Id("panicking")).Block(
					r.field("agenCore").Dot("Release").Call(),
					jen.Panic(jen.Id("p"))),
				jen.Switch(r.field("agenUnwinding").Dot("Cause")).Block(
					jen.Case(jen.Qual(runtime, "UnwindClose"), jen.Qual(runtime, "UnwindThrow")).Block(
						jen.Return(zeroY, r.field("agenUnwinding").Dot("Err"), jen.True()))),
				jen.Return(zeroY.Clone(), end, jen.True()))...),
	)
}

// deferredCall renders the call of a plain deferred record d.
func (r *renderer) deferredCall(d *transform.DeferSite) jen.Code {
	args := make([]jen.Code, len(d.Args))
	for i, a := range d.Args {
		args[i] = jen.Id("d").Dot(a.Name)
	}
	if d.Spread {
		args[len(args)-1] = jen.Add(args[len(args)-1]).Op("...")
	}
	fn := jen.Id(d.Builtin)
	if d.Fn != nil {
		fn = jen.Id("d").Dot(d.Fn.Name)
	}
	return fn.Call(args...)
}

// startUnwinding renders what records why the body unwinds and goes to
// the unwinding in resume.
func (r *renderer) startUnwinding(cause string, err jen.Code) []jen.Code {
	return []jen.Code{r.unwindingStart(cause, err), jen.Goto().Id(r.m.UnwindLabel)}
}

// unwindingStart renders the start of the unwinding, for cause.
func (r *renderer) unwindingStart(cause string, err jen.Code) jen.Code {
	return r.field("agenUnwinding").Dot("Start").Call(jen.Qual(runtime, cause), err, jen.Nil())
}

// unwinding renders the unwinding section of resume.
func (r *renderer) unwinding() []jen.Code {
	m := r.m
	code := []jen.Code{
		jen.Id(m.UnwindLabel).Op(":"),
		r.field("agenState").Op("=").Lit(stateUnwinding),
	}

	return append(code,
		jen.If(jen.Op("!").Add(r.field("agenUnwind")).Call(jen.Id(m.Ctx), jen.Id(m.Waker))).Block(
			jen.Return(r.zero(m.Gen.Y), jen.Nil(), jen.False())),
		jen.Return(r.field("agenUnwound").Call()))
}

// unwindingExit renders agenExit of a body whose deferred functions await:
// a panic is held while they run, and the operation in progress may wait.
func (r *renderer) unwindingExit() jen.Code {
	doc := jen.Comment("agenExit is deferred by resume: if the body panics, it holds the panic and unwinds,").Line().
		Comment("which may suspend (the operation returns pending, and goes on unwinding). A").Line().
		Comment("runtime.Goexit, which nothing stops, runs the deferred calls to their end, waiting.").Line()
	body := []jen.Code{
		jen.If(r.field("agenState").Op("!=").Lit(stateRunning)).Block(jen.Return()),
		jen.Id("p").Op(":=").Recover(),
		r.field("agenState").Op("=").Lit(stateUnwinding),
	}

	body = append(body,
		// A runtime.Goexit unwinds the iterators of the body's range loops
		// from their yield (a return stops them).
		jen.If(jen.Id("p").Op("==").Nil()).Block(
			r.field("agenUnwinding").Dot("Start").Call(jen.Qual(runtime, "UnwindGoexit"), jen.Nil(), jen.Nil()),
			jen.Qual(runtime, "BlockUnwind").Call(jen.Id("ctx"), r.field("agenUnwind")),
			jen.List(jen.Id("_"), jen.Id("_"), jen.Id("_")).Op("=").Add(r.field("agenUnwound")).Call(),
			jen.Return()),
		r.field("agenUnwinding").Dot("Start").Call(jen.Qual(runtime, "UnwindPanic"), jen.Nil(), jen.Id("p")),
		jen.If(jen.Op("!").Add(r.field("agenUnwind")).Call(jen.Id("ctx"), jen.Id("w"))).Block(
			jen.List(jen.Op("*").Err(), jen.Op("*").Id("ready")).Op("=").List(jen.Nil(), jen.False()),
			jen.Return()),
		jen.List(jen.Id("_"), jen.Op("*").Err(), jen.Op("*").Id("ready")).Op("=").Add(r.field("agenUnwound")).Call())
	return doc.Func().Params(r.recv()).Id("agenExit").Params(
		jen.Id("ctx").Qual("context", "Context"), jen.Id("w").Qual(runtime, "Waker"), jen.Err().Op("*").Error(), jen.Id("ready").Op("*").Bool()).
		Block(body...)
}
