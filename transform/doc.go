// Package transform turns generator bodies into state machines: it loads
// a package, finds the functions marked //agen:generator, checks them,
// analyses them, and lowers each to a small state-machine IR that package
// emit renders as Go source.
//
// # Pipeline
//
// [Load] lists the packages' files, parses those holding directives, and
// loads the packages with types, with stub declarations of the generated
// names standing in for the generated files (so that a package whose
// generated code is missing, stale or deleted, and whose other code
// already calls the constructors, still type-checks). Each body claims
// its generated names first (claims.go): a name taken already is an error
// at that body, naming both sides, and the stubs declare nothing twice. A
// body the checks reject leaves its names out of the stubs; when other
// code of the package names them, the load reports why the body is
// rejected instead of "undefined" (load_errors.go). [Transform] then
// runs, for each generator body, the passes of transformBody:
//
//  1. check (check.go): the rules agen and the analyzer share. A
//     suspension point as a deferred call or go statement's call (not
//     among their operands), inside a function literal, in a sync body's
//     range over an async generator's All(ctx), a Yield on a yielder other
//     than the body's own parameter, and the yielder escaping, are
//     positioned errors.
//  2. analyze (analyze.go, analyze_ssa.go): the suspension points, every
//     node that contains one (the "hot" syntax), and the variables captured
//     by closures or address-taken, which must keep their identity across
//     suspension. go/ssa gives a second opinion: a variable it allocates on
//     the heap is treated so too, and SSA and the syntax must agree on the
//     suspension points.
//  3. lower (lower*.go): the body becomes a flat list of statements at the
//     top level of one resume method. A statement without a suspension
//     point is kept as written (rewrite.go replaces the references to
//     variables that moved, package members, return, defer, and branches
//     out of it); a statement with one is broken into labelled pieces and
//     jumps, its sub-expressions evaluated in Go's order into temporaries.
//     Every variable declared at the top level of the list becomes a Var;
//     a captured or address-taken one is a cell, allocated afresh at each
//     declaration, as Go 1.22 gives each iteration its own variables.
//  4. liveness (liveness.go): a backward dataflow over the lowered list
//     (rather than over SSA, so that it covers the temporaries and hidden
//     loop variables lowering introduces); the Vars live where a suspension
//     point resumes move into the frame, the others are locals of resume.
//  5. names (names.go): every Var, and every constant declared at the top
//     level of the list, gets a name nothing in the body shadows and no
//     other declaration of resume or of a hoisted type takes.
//  6. prune (prune.go): labels nothing jumps to, jumps nothing reaches, and
//     an end reached by no path, go.
//  7. entries (effects.go): each resume point, and the start, gets the
//     strongest effect of the paths from it to the next suspension point
//     (may call the user's code, may panic, neither), which says what
//     resume must do before running them.
//
// # A body and its state machine
//
// This body:
//
//	//agen:generator
//	func lines(y *agen.Yielder[string, agen.None], r io.Reader) error {
//		defer log.Println("done")
//		sc := bufio.NewScanner(r)
//		for sc.Scan() {
//			y.Yield(sc.Text())
//		}
//		return sc.Err()
//	}
//
// becomes a frame holding what lives across the yield (sc, the parameter
// r, the result, the pending deferred calls; the text t of the line does
// not, and stays a local of resume):
//
//	type linesGeneratorFrame struct {
//		agenCore   agen.SyncCore         // the state, the end error, the lifecycle
//		agenDefers []linesGeneratorDefer // pending deferred calls, in order
//		r          io.Reader
//		result     error
//		sc         *bufio.Scanner
//	}
//
// and a resume method whose statements are the body's, flattened around
// the yield, under //line directives naming the body's lines (under All,
// yield is the range's loop body, which the body calls at the Yield
// instead of returning; Next gives nil):
//
//	func (f *linesGeneratorFrame) resume(g *linesGenerator, yield func(string) bool) (string, bool) {
//		var (
//			t string
//		)
//		at := f.agenCore.State
//		switch at {
//		case 0:
//			f.agenCore.State = -2
//			f.agenCore.Start(f, &f.result)
//		case -2:
//			// The body, or one of its deferred calls, calls its own generator.
//			panic(agen.ErrRunning)
//		case -1:
//			return "", false
//		}
//		f.agenCore.State = -2
//		defer f.agenCore.Exit()
//		switch at {
//		case 1:
//			goto resume1
//		}
//	//line lines.go:13
//		f.agenDefers = append(f.agenDefers, linesGeneratorDefer{site: 1, fn1: log.Println, a1_0: "done"})
//		f.agenCore.Deferred(g)
//	//line lines.go:14
//		f.sc = bufio.NewScanner(f.r)
//	loop:
//	//line lines.go:15
//		if !(f.sc.Scan()) {
//			goto done
//		}
//	//line lines.go:16
//		t = f.sc.Text()
//		f.agenCore.State = 1
//		if yield == nil || !yield(t) {
//			return t, yield == nil
//		}
//		if f.agenCore.State != 1 {
//			return "", true
//		}
//		f.agenCore.State = -2
//	resume1:
//		goto loop
//	done:
//	//line lines.go:18
//		f.result = f.sc.Err()
//	//line lines_agen.go:240
//		f.agenCore.Return()
//		return "", false
//	}
//
// The state says "running" (-2) on the paths that may call the user's
// code (effects.go): only there can the body re-enter its own generator
// (agen.ErrRunning), and the deferred Exit finishes the generator if
// the body panics, so that the consumer's deferred calls find it finished.
// A path that may panic but calls nothing marks it finished (-1) until it
// suspends; a path that can do neither (fib's) leaves it alone and pays
// nothing. A body with no deferred calls has no Lifecycle: the hooks do
// not see it, and its frame need not escape.
//
// A deferred call is a record of its function value and arguments,
// evaluated at the defer statement. AgenRunDefers runs the records as
// real deferred calls of its own, LIFO, re-panicking with the body's panic
// value when the body panicked, so that recover() in them works as in Go;
// Close runs them without a panic, as runtime.Goexit would, and recover()
// returns nil. The push of a record is followed by the core's Deferred
// (elsewhere, the Lifecycle's Track), which arranges for an abandoned
// generator to be closed after it becomes unreachable.
//
// What does not run the body is written once in the runtime rather than
// generated for every generator where that costs nothing at run time: a
// sync body with deferred calls (which neither delegates nor ranges over
// generators) keeps its state, end error and lifecycle in an
// agen.SyncCore, whose methods close it, unwind it at a Throw, end the body
// where it returns and end a resume that panics, calling back the frame's
// AgenRunDefers (agen.DeferMachine); Start gives the core the frame and a
// pointer to the body's error result, and the core is the agen.Frame the
// hooks and the finalizer see. Next and Send stay generated methods
// that call resume directly, so that the compiler can inline them (fib's).
//
// # Evaluation order
//
// Go evaluates calls, receives and logical operations left to right; the
// spec leaves open when the other operands are read, and when those that
// can panic (an index, a division, a dereference, a conversion of a slice
// to an array) panic, relative to the calls. The promise is the body's
// behaviour as gc compiles it, so lowering follows gc's order
// (cmd/compile/internal/walk/order.go): the operands before a suspending
// operand that gc evaluates where they stand move into temporaries ahead
// of it, in order; the others stay where they are, read after it. gc
// evaluates where they stand:
//
//   - calls, receives, and the builtins len, cap, append, copy, make,
//     new, min, max, complex, real, imag and recover;
//   - slice expressions, conversions of a string to []byte or []rune, and
//     reads of a map with a key converted from a []byte;
//   - type assertions, but those to a pointer-shaped type;
//   - logical operations: x && y and x || y become branches when their
//     right side or a later operand suspends, the calls of the right side
//     in the branch that needs them;
//   - map literals, whole, one entry after the other: the entries before
//     one that suspends are read (and panic) before it;
//   - a value converted to an interface that gc hands to the runtime by
//     address (any but one of 2, 4 or 8 bytes without pointers, a string
//     or a slice: a struct, an array, a byte, a pointer...), unless gc can
//     take its address in place: a value through a pointer or in a slice,
//     a parameter, a package-level variable, or a local whose address is
//     taken, that a closure gc cannot inline changes, or too large for
//     registers; and so are the operands of a comparison of structs or
//     arrays, whose copies come after the calls of both operands.
//     Constants and literals of constants are not evaluated.
//
// Where gc's order depends on its optimizations, agen cannot follow it
// and picks one: a local captured by a closure that is only called is
// copied where the conversion stands, as when gc inlines the closure (a
// closure too large for gc's inliner makes gc read it later). With -race,
// gc also evaluates map reads and every type assertion where they stand:
// generated code follows the plain build.
//
// # Types declared in a body
//
// The frame and resume live at package level, where a type declared in
// the body is not in scope: such a type (at the top level of the lowered
// list) moves to package level (lower_types.go). It keeps its name when
// the package does not use it, so that %T, reflection and panic messages
// read as in Go (p.pair); otherwise it is named after the body (walkPair)
// or numbered (pair2). In a generic body, or a method of a generic type,
// it takes the type parameters, used or not: Go gives a local type of each
// instantiation an identity of its own, and prints it so (p.pair[int]).
// The length of an array type that refers to constants of the body is
// written as its value. A struct type that embeds another type of the body
// which had to be renamed is a positioned error: the field would be
// renamed too.
//
// # Async bodies
//
// An async body (*agen.AsyncYielder) is lowered by the same passes: an
// agen.Await is one more suspension point, whose awaitable moves into the
// frame and is polled where the body resumes, with the context and the
// waker of the consumer's poll. A ready awaitable does not suspend; a
// pending one returns "pending" to the driver (unless the consumer's
// context has ended: Await then returns ctx.Err()). y.Context() is the
// context parameter of resume. This body:
//
//	//agen:generator
//	func ticker(y *agen.AsyncYielder[int, agen.None], delay time.Duration, to int) error {
//		for i := range to {
//			y.Yield(i)
//			if _, err := agen.Await(y, agen.Sleep(delay)); err != nil {
//				return err
//			}
//		}
//		return nil
//	}
//
// becomes, around the frame's awaiting field:
//
//	func (f *tickerGeneratorFrame) resume(ctx context.Context, w agen.Waker, sent agen.None, thrown error) (_ int, agenErr error, ready bool) {
//		...
//	//line ticker.go:25
//		f.agenState = 1
//		return i, nil, true
//	resume1:
//	//line ticker.go:26
//		f.awaiting = agen.Sleep(f.delay)
//	resume2:
//		if awaited, awaitedErr, ready = f.awaiting.Poll(ctx, w); !ready {
//			if awaitedErr = ctx.Err(); awaitedErr == nil {
//				f.agenState = 2
//				return 0, nil, false
//			}
//		}
//		f.awaiting = nil
//		_, err = awaited, awaitedErr
//		...
//	end:
//		f.agenState = -1
//		f.agenCore.Life.Finish(f)
//		return 0, agen.End(f.result), true
//	}
//
// The frame holds an agen.AsyncCore: one atomic word says whether an
// operation is in progress (another gets agen.ErrRunning, never blocks),
// and the lifecycle. Next and Send call resume directly and go through
// the runtime's driver (agen.Wait) only when an await is pending; the
// awaitable operations (ANext...) and Throw and Close go through
// agen.AsyncMachine, which the frame implements.
//
// # Await in deferred functions
//
// A deferred function literal of an async body may await (PEP 525 allows
// await in finally, as C# and JavaScript do; a yield there stays a
// positioned error). With the terms of SPEC §3:
//
//   - when the body unwinds — it returns, returns an error, panics, is
//     closed (Close, AClose, a finalizer), or a Throw lands at a Yield — a
//     deferred function that awaits a pending awaitable suspends the
//     unwinding: the operation in progress (the Next that ends the body,
//     the Close, the Throw) stays pending, and completes once the
//     awaitable is ready and the remaining deferred calls have run, LIFO;
//   - an operation attempted meanwhile returns agen.ErrRunning; Await in
//     the deferred function sees the context of the operation in progress;
//   - a panic propagating through the deferred calls is held across the
//     suspension and raised from the operation afterwards; recover()
//     called by that deferred function returns it, as in Go (and ends it);
//     in a function it calls, recover() returns nil; named results keep
//     Go's rules;
//   - an abandoned generator whose deferred calls await is closed as a
//     task on the Loop it ran on, or on a goroutine with
//     context.Background().
//
// Lowering (lower_deferred.go) makes such a literal a state machine of its
// own, created by the defer statement with the cells of the variables it
// captures and its arguments; emit's agenUnwind steps it. Its own defer
// statements push records of the body's record type on its own stack,
// which it runs when it returns, or as Go does when it panics (emit:
// agenExit, deferred by its run, and agenRunDefers). Limits, all of
// runtime.Goexit, which nothing can stop: a body that calls it runs such
// deferred functions to their end on the spot, waiting for what they
// await; a deferred call that calls it while an async body unwinds ends
// the goroutine then, without the deferred calls left (Go runs them); in
// a sync body, while Close or Throw unwinds it, it ends the goroutine
// that called them (the reference driver, on a goroutine of its own,
// goes on); see README.
//
// # Range-over-func loops, and what is not supported
//
// A range-over-func loop whose body suspends cannot run its body inside
// the iterator's call; lower_range.go lowers it as a loop over Next: of an
// agen generator ranged over with All; in an async body, awaiting
// g.ANext() with ctx, of an async generator ranged over with All(ctx)
// (leaving it early awaits g.AClose()); of any other iterator function,
// stepped with agen.Pull (iter.Pull: the iterator runs on a coroutine).
// Leaving such a loop early closes the generator (stops the iterator), and
// the unwinding of the body closes (unwinds) those of the loops it is in
// before its deferred calls run.
//
// Positioned errors: in a sync body, a suspension point in a range over
// an async generator's All(ctx) (its values are awaited); an Await as the
// deferred call itself (defer agen.Await(y, a)), in a deferred function
// with results, a variadic one, or one deferred by such a function.
package transform
