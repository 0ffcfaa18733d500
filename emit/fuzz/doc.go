// Package fuzz is agen's differential fuzzer. It writes random, well-typed
// generator bodies (sync and async; functions, and one in four methods on
// a receiver type of the package) into a package inside the module, runs
// agen on it, and drives each generated state machine and its reference
// twin (agen.Goroutine, agen.GoroutineAsync) through the operation
// sequences of testdata/difftest, which require equal traces. A body whose
// traces diverge is shrunk to a small one that still diverges, to be kept
// as a golden case under testdata/golden/Fuzz<Name> once the compiler is
// fixed.
//
// Files: body.go (the statement tree of a body and its rendering),
// gen.go (the random generator of bodies), pkg.go (a package of bodies and
// its Suite), batch.go (a batch: generate, build, run, report), shrink.go
// (the shrinker). The tests are TestBatch, a fixed-seed batch that
// AGEN_FUZZ_BODIES makes long, and FuzzTransform, go test -fuzz over agen's
// input.
package fuzz
