// Package analyzer defines the agen analyzer, which checks generator
// bodies the way agen does, without generating anything: run it with go
// vet (go vet -vettool=$(which agenvet)) or as the standalone agenvet.
//
// # Analyzer agen
//
// agen: check agen generator bodies for constructs that cannot suspend
//
// A function marked //agen:generator is compiled by agen into a state
// machine that suspends at y.Yield, y.YieldErr and agen.Await. The analyzer
// reports what agen rejects:
//
//   - a suspension point as a deferred call or inside a deferred function
//     (deferred calls run while the generator closes: Go's finally);
//   - a suspension point inside a function literal, or as the call of a go
//     statement (the operands of defer and go statements may suspend: they
//     are evaluated first), or in a sync body in a range loop over an async
//     generator's All(ctx);
//   - the yielder escaping: stored, passed to a function other than
//     agen.Await, returned, captured by a closure, converted to an
//     interface;
//   - a malformed generator signature or directive;
//   - a yielder parameter on a function without the directive;
//   - everything else agen would reject while lowering a body (a construct
//     it does not support yet; a type of the body it cannot move to package
//     level; a name clash): the analyzer
//     runs agen's own passes, short of writing anything;
//   - generated code that does not match the body: "generated code for fib
//     is stale; run go generate" when the body, the line it starts on or
//     its directive's options changed since agen last ran, and "no
//     generated code for fib; run go generate" when the generated file, or
//     the body's part of it, is missing. agen records a fingerprint of each
//     body in the generated file (//agen:fingerprint fib 9ae7400560a320d2);
//     the analyzer compares it with the body as it is. A changed signature
//     is caught earlier still: the generated file assigns the body to a
//     variable of its old function type, which no longer compiles.
//
// One diagnostic comes with a suggested fix (agenvet -fix, or go vet
// -vettool=... -fix, applies it): a function whose first parameter is a
// yielder but has no directive; the fix adds //agen:generator to its doc
// comment.
//
// For example:
//
//	//agen:generator
//	func lines(y *agen.Yielder[string, agen.None], r io.Reader) {
//		defer y.Yield("end") // Yield inside a deferred call is not supported
//		...
//	}
package analyzer
