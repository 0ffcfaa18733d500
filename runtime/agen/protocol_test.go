package agen_test

// This file defines the protocol cases of the reference drivers.

// The protocol test suite of the reference drivers agen.Goroutine and
// agen.GoroutineAsync: every case of protoCases runs against both. The
// expected traces are written from SPEC §3 (cited as "§3.N") and from the
// PEP 342 / PEP 525 behaviour it maps (CPython's test_generators.py and
// test_asyncgen.py), not from what the drivers print. See trace_test.go for
// the trace format.

import (
	"context"
	"errors"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
)

// protoCase is one protocol case: a body, the consumer's operations, and
// the expected trace.
type protoCase struct {
	name string
	body protoBody
	ops  []op
	want []string
}

// yields is a body that logs "start", yields each of vals and logs what
// each Yield returned ("got N"), then logs "return" and returns nil.
func yields(vals ...int) protoBody {
	return func(y yielder, t *tracer) error {
		t.log("start")
		for _, v := range vals {
			t.log("got %d", y.Yield(v))
		}
		t.log("return")
		return nil
	}
}

// deferredAB is a body with two deferred calls around one Yield: it logs
// "start", defers A then B, yields 1, and would log "after yield".
func deferredAB(y yielder, t *tracer) error {
	t.log("start")
	defer t.log("defer A")
	defer t.log("defer B")
	y.Yield(1)
	t.log("after yield")
	return nil
}

// yieldInDefer is a body whose deferred call B yields 99 (which agen
// rejects statically; the drivers run it): A, then B around Yield(1).
func yieldInDefer(y yielder, t *tracer) error {
	defer t.log("defer A")
	defer func() {
		t.log("defer B")
		t.log("defer B got %d", y.Yield(99))
	}()
	y.Yield(1)
	t.log("after yield")
	return nil
}

// inner yields 1 from a function called by the body, with a deferred call
// of its own.
func inner(y yielder, t *tracer) {
	defer t.log("defer inner")
	y.Yield(1)
	t.log("inner after yield")
}

var protoCases = []protoCase{
	// §3.1 Lazy start.
	{
		name: "3.1 the constructor runs no body code",
		body: yields(1),
		ops:  nil,
		want: nil,
	},
	{
		name: "3.1 the first Next runs to the first yield only",
		body: yields(1, 2),
		ops:  []op{opNext},
		want: []string{"start", "Next=1"},
	},
	{
		name: "3.1 Next resumes Yield with the zero value and runs to the end",
		body: yields(1, 2),
		ops:  []op{opNext, opNext, opNext},
		want: []string{"start", "Next=1", "got 0", "Next=2", "got 0", "return", "Next=end"},
	},

	// §3.2 Next/Send on a finished generator.
	{
		name: "3.2 Next and Send after the end run no code",
		body: yields(1),
		ops:  []op{opNext, opNext, opNext, opSend(5), opNext},
		want: []string{"start", "Next=1", "got 0", "return", "Next=end", "Next=end", "Send(5)=end", "Next=end"},
	},
	{
		name: "3.2 a body that never yields ends at the first Next",
		body: yields(),
		ops:  []op{opNext, opNext},
		want: []string{"start", "return", "Next=end", "Next=end"},
	},

	// §3.3 Send (PEP 342).
	{
		name: "3.3 Send on an unstarted generator starts it and discards the value",
		body: yields(1, 2),
		ops:  []op{opSend(7), opSend(8), opSend(9)},
		want: []string{"start", "Send(7)=1", "got 8", "Send(8)=2", "got 9", "return", "Send(9)=end"},
	},
	{
		name: "3.3 Send delivers its value as the result of the pending Yield",
		body: func(y yielder, t *tracer) error {
			t.log("start")
			v := 0
			for range 3 {
				v = y.Yield(v + 100)
				t.log("got %d", v)
			}
			return nil
		},
		ops:  []op{opNext, opSend(1), opSend(2), opSend(3)},
		want: []string{"start", "Next=100", "got 1", "Send(1)=101", "got 2", "Send(2)=102", "got 3", "Send(3)=end"},
	},

	// §3.4 Throw before the start and after the end.
	{
		name: "3.4 Throw on an unstarted generator finishes it with err, running no code",
		body: deferredAB,
		ops:  []op{opThrow(errE1), opErr, opNext, opClose, opErr},
		want: []string{
			"s:Throw(e1)=end", "a:Throw(e1)=err(e1)", "s:Err=e1",
			"Next=end", "Close=nil", "s:Err=e1",
		},
	},
	{
		name: "3.4 Throw on a finished generator is a no-op",
		body: yields(1),
		ops:  []op{opNext, opNext, opThrow(errE1), opErr, opNext},
		want: []string{"start", "Next=1", "got 0", "return", "Next=end", "Throw(e1)=end", "s:Err=nil", "Next=end"},
	},
	{
		name: "3.4 Throw after the body returned an error keeps that error",
		body: func(y yielder, t *tracer) error {
			y.Yield(1)
			t.log("return e2")
			return errE2
		},
		ops:  []op{opNext, opNext, opThrow(errE1), opErr},
		want: []string{"Next=1", "return e2", "s:Next=end", "a:Next=err(e2)", "Throw(e1)=end", "s:Err=e2"},
	},
	{
		name: "3.4 Throw on a closed generator is a no-op",
		body: deferredAB,
		ops:  []op{opNext, opClose, opThrow(errE1), opErr},
		want: []string{"start", "Next=1", "defer B", "defer A", "Close=nil", "Throw(e1)=end", "s:Err=nil"},
	},

	// §3.5 Throw at Yield: unwind, LIFO, end with err.
	{
		name: "3.5 Throw at Yield unwinds LIFO and ends with err",
		body: deferredAB,
		ops:  []op{opNext, opErr, opThrow(errE1), opErr, opNext, opErr},
		want: []string{
			"start", "Next=1", "s:Err=nil",
			"defer B", "defer A", "s:Throw(e1)=end", "a:Throw(e1)=err(e1)", "s:Err=e1",
			"Next=end", "s:Err=e1",
		},
	},
	{
		name: "3.5 Throw at Yield in a called function runs its deferred calls first",
		body: func(y yielder, t *tracer) error {
			defer t.log("defer outer")
			inner(y, t)
			t.log("outer after inner")
			return nil
		},
		ops: []op{opNext, opThrow(errE1), opErr},
		want: []string{
			"Next=1", "defer inner", "defer outer",
			"s:Throw(e1)=end", "a:Throw(e1)=err(e1)", "s:Err=e1",
		},
	},
	{
		name: "3.5/3.6 recover() returns nil in deferred calls while Throw unwinds",
		body: func(y yielder, t *tracer) error {
			defer func() { t.log("recover=%s", panicName(recover())) }()
			y.Yield(1)
			return nil
		},
		ops:  []op{opNext, opThrow(errE1), opErr},
		want: []string{"Next=1", "recover=nil", "s:Throw(e1)=end", "a:Throw(e1)=err(e1)", "s:Err=e1"},
	},
	{
		name: "3.5/3.6 Throw at Yield does not consult named results",
		body: func(y yielder, t *tracer) (err error) {
			defer func() {
				t.log("defer sets e2")
				err = errE2
			}()
			y.Yield(1)
			return nil
		},
		ops:  []op{opNext, opThrow(errE1), opErr, opNext},
		want: []string{"Next=1", "defer sets e2", "s:Throw(e1)=end", "a:Throw(e1)=err(e1)", "s:Err=e1", "Next=end"},
	},

	// §3.5 Throw at YieldErr: caught, the body goes on.
	{
		name: "3.5 Throw at YieldErr is caught; Throw returns the next value",
		body: func(y yielder, t *tracer) error {
			t.log("start")
			v, err := y.YieldErr(1)
			t.log("got %d %s", v, errName(err))
			y.Yield(2)
			t.log("after 2")
			return nil
		},
		ops:  []op{opNext, opThrow(errE1), opErr, opNext, opErr},
		want: []string{"start", "Next=1", "got 0 e1", "Throw(e1)=2", "s:Err=nil", "after 2", "Next=end", "s:Err=nil"},
	},
	{
		name: "3.5/3.9 Throw at YieldErr, the body returns the error",
		body: func(y yielder, t *tracer) error {
			_, err := y.YieldErr(1)
			t.log("caught %s", errName(err))
			return err
		},
		ops:  []op{opNext, opThrow(errE1), opErr, opNext},
		want: []string{"Next=1", "caught e1", "s:Throw(e1)=end", "a:Throw(e1)=err(e1)", "s:Err=e1", "Next=end"},
	},
	{
		name: "3.5 Throw at YieldErr, the body returns nil",
		body: func(y yielder, t *tracer) error {
			_, err := y.YieldErr(1)
			t.log("caught %s", errName(err))
			return nil
		},
		ops:  []op{opNext, opThrow(errE1), opErr, opNext},
		want: []string{"Next=1", "caught e1", "Throw(e1)=end", "s:Err=nil", "Next=end"},
	},
	{
		name: "3.5 Throw at YieldErr, the body returns another error",
		body: func(y yielder, t *tracer) error {
			if _, err := y.YieldErr(1); err != nil {
				t.log("caught %s", errName(err))
				return errE2
			}
			return nil
		},
		ops:  []op{opNext, opThrow(errE1), opErr},
		want: []string{"Next=1", "caught e1", "s:Throw(e1)=end", "a:Throw(e1)=err(e2)", "s:Err=e2"},
	},
	{
		name: "3.5 YieldErr in a loop catches every Throw; Send gives a nil error",
		body: func(y yielder, t *tracer) error {
			for i := 1; i <= 3; i++ {
				v, err := y.YieldErr(i)
				t.log("%d: got %d %s", i, v, errName(err))
			}
			return nil
		},
		ops: []op{opNext, opThrow(errE1), opSend(5), opThrow(errE2), opErr},
		want: []string{
			"Next=1", "1: got 0 e1", "Throw(e1)=2", "2: got 5 nil", "Send(5)=3",
			"3: got 0 e2", "Throw(e2)=end", "s:Err=nil",
		},
	},
	{
		name: "3.5 after a Throw caught at YieldErr, a Throw at Yield unwinds",
		body: func(y yielder, t *tracer) error {
			defer t.log("defer A")
			_, err := y.YieldErr(1)
			t.log("caught %s", errName(err))
			y.Yield(2)
			t.log("after 2")
			return nil
		},
		ops: []op{opNext, opThrow(errE1), opThrow(errE2), opErr},
		want: []string{
			"Next=1", "caught e1", "Throw(e1)=2",
			"defer A", "s:Throw(e2)=end", "a:Throw(e2)=err(e2)", "s:Err=e2",
		},
	},

	// Yield in a deferred call while Throw unwinds: Python's yield in
	// finally (PEP 342). agen rejects it statically; the drivers run it.
	{
		name: "3.5 a deferred call may yield while Throw unwinds; Throw returns its value",
		body: yieldInDefer,
		ops:  []op{opNext, opThrow(errE1), opErr, opSend(7), opErr, opNext},
		want: []string{
			"Next=1", "defer B", "Throw(e1)=99", "s:Err=nil",
			"defer B got 7", "defer A", "s:Send(7)=end", "a:Send(7)=err(e1)", "s:Err=e1",
			"Next=end",
		},
	},
	{
		name: "3.5 Throw at a Yield in a deferred call during Throw unwinding replaces the error",
		body: yieldInDefer,
		ops:  []op{opNext, opThrow(errE1), opThrow(errE2), opErr, opNext},
		want: []string{
			"Next=1", "defer B", "Throw(e1)=99",
			"defer A", "s:Throw(e2)=end", "a:Throw(e2)=err(e2)", "s:Err=e2", "Next=end",
		},
	},
	{
		name: "3.5 Throw at a YieldErr in a deferred call during Throw unwinding is caught; the first error goes on",
		body: func(y yielder, t *tracer) error {
			defer t.log("defer A")
			defer func() {
				_, err := y.YieldErr(99)
				t.log("defer B caught %s", errName(err))
			}()
			y.Yield(1)
			return nil
		},
		ops: []op{opNext, opThrow(errE1), opThrow(errE2), opErr},
		want: []string{
			"Next=1", "Throw(e1)=99", "defer B caught e2", "defer A",
			"s:Throw(e2)=end", "a:Throw(e2)=err(e1)", "s:Err=e1",
		},
	},
	{
		name: "3.5/3.6 Close at a Yield in a deferred call during Throw unwinding ends the generator cleanly",
		body: yieldInDefer,
		ops:  []op{opNext, opThrow(errE1), opClose, opErr, opNext},
		want: []string{"Next=1", "defer B", "Throw(e1)=99", "defer A", "Close=nil", "s:Err=nil", "Next=end"},
	},

	// §3.6 Close.
	{
		name: "3.6 Close on an unstarted generator runs nothing and finishes it",
		body: deferredAB,
		ops:  []op{opClose, opNext, opErr},
		want: []string{"Close=nil", "Next=end", "s:Err=nil"},
	},
	{
		name: "3.6 Close on a finished generator runs nothing",
		body: yields(1),
		ops:  []op{opNext, opNext, opClose, opErr},
		want: []string{"start", "Next=1", "got 0", "return", "Next=end", "Close=nil", "s:Err=nil"},
	},
	{
		name: "3.6 Close on a suspended generator runs its deferred calls LIFO",
		body: deferredAB,
		ops:  []op{opNext, opClose, opNext, opErr},
		want: []string{"start", "Next=1", "defer B", "defer A", "Close=nil", "Next=end", "s:Err=nil"},
	},
	{
		name: "3.6 Close is idempotent",
		body: deferredAB,
		ops:  []op{opNext, opClose, opClose, opClose},
		want: []string{"start", "Next=1", "defer B", "defer A", "Close=nil", "Close=nil", "Close=nil"},
	},
	{
		name: "3.6 Close: recover() returns nil in the deferred calls",
		body: func(y yielder, t *tracer) error {
			defer func() { t.log("recover=%s", panicName(recover())) }()
			y.Yield(1)
			return nil
		},
		ops:  []op{opNext, opClose, opErr},
		want: []string{"Next=1", "recover=nil", "Close=nil", "s:Err=nil"},
	},
	{
		name: "3.6 Close does not consult named results",
		body: func(y yielder, t *tracer) (err error) {
			defer func() {
				t.log("defer sets e2")
				err = errE2
			}()
			y.Yield(1)
			return nil
		},
		ops:  []op{opNext, opClose, opErr, opNext},
		want: []string{"Next=1", "defer sets e2", "Close=nil", "s:Err=nil", "Next=end"},
	},
	{
		name: "3.6 Close at YieldErr unwinds too (it is not caught)",
		body: func(y yielder, t *tracer) error {
			defer t.log("defer A")
			_, err := y.YieldErr(1)
			t.log("caught %s", errName(err))
			return nil
		},
		ops:  []op{opNext, opClose, opNext},
		want: []string{"Next=1", "defer A", "Close=nil", "Next=end"},
	},
	{
		name: "3.6 Close unwinds a called function first",
		body: func(y yielder, t *tracer) error {
			defer t.log("defer outer")
			inner(y, t)
			return nil
		},
		ops:  []op{opNext, opClose},
		want: []string{"Next=1", "defer inner", "defer outer", "Close=nil"},
	},
	{
		name: "3.6 a panic in a deferred call propagates out of Close after the remaining deferred calls ran",
		body: func(y yielder, t *tracer) error {
			defer t.log("defer A")
			defer func() {
				t.log("defer B panics")
				panic(errPanic)
			}()
			defer t.log("defer C")
			y.Yield(1)
			return nil
		},
		ops: []op{opNext, opClose, opNext, opClose, opErr},
		want: []string{
			"Next=1", "defer C", "defer B panics", "defer A", "Close=panic(boom)",
			"Next=end", "Close=nil", "s:Err=nil",
		},
	},
	{
		// Goexit semantics: recover() stops a panic raised by a deferred
		// call during the unwinding, not the unwinding itself.
		name: "3.6 a panic in a deferred call during Close recovered by an outer deferred call",
		body: func(y yielder, t *tracer) error {
			defer func() { t.log("defer A recover=%s", panicName(recover())) }()
			defer func() {
				t.log("defer B panics")
				panic(errPanic)
			}()
			y.Yield(1)
			t.log("after yield")
			return nil
		},
		ops:  []op{opNext, opClose, opNext, opErr},
		want: []string{"Next=1", "defer B panics", "defer A recover=boom", "Close=nil", "Next=end", "s:Err=nil"},
	},

	// §3.7 A deferred call that suspends while closing.
	{
		name: "3.7 a deferred call yielding while closing: ErrIgnoredClose, the other deferred calls run",
		body: func(y yielder, t *tracer) error {
			defer t.log("defer A")
			defer func() {
				t.log("defer B")
				y.Yield(99)
				t.log("defer B after yield")
			}()
			defer t.log("defer C")
			y.Yield(1)
			return nil
		},
		ops: []op{opNext, opClose, opNext, opClose},
		want: []string{
			"Next=1", "defer C", "defer B", "defer A", "Close=err(ErrIgnoredClose)",
			"Next=end", "Close=nil",
		},
	},
	{
		name: "3.7 a deferred call at YieldErr while closing: ErrIgnoredClose",
		body: func(y yielder, t *tracer) error {
			defer t.log("defer A")
			defer func() {
				t.log("defer B")
				_, err := y.YieldErr(99)
				t.log("defer B after yield %s", errName(err))
			}()
			y.Yield(1)
			return nil
		},
		ops:  []op{opNext, opClose, opNext},
		want: []string{"Next=1", "defer B", "defer A", "Close=err(ErrIgnoredClose)", "Next=end"},
	},
	{
		name: "3.7 every deferred call that yields while closing is cut short",
		body: func(y yielder, t *tracer) error {
			defer func() {
				t.log("defer A")
				y.Yield(98)
				t.log("defer A after yield")
			}()
			defer func() {
				t.log("defer B")
				y.Yield(99)
				t.log("defer B after yield")
			}()
			y.Yield(1)
			return nil
		},
		ops:  []op{opNext, opClose, opClose},
		want: []string{"Next=1", "defer B", "defer A", "Close=err(ErrIgnoredClose)", "Close=nil"},
	},
	{
		name: "3.7 breaking out of All: the Close error shows in Err (sync)",
		body: func(y yielder, t *tracer) error {
			defer func() {
				t.log("defer")
				y.Yield(99)
			}()
			y.Yield(1)
			y.Yield(2)
			return nil
		},
		ops:  []op{opAllBreak(1), opErr, opNext},
		want: []string{"All=1", "defer", "All=break", "s:Err=ErrIgnoredClose", "Next=end"},
	},
	{
		name: "3.7 a deferred call may yield after a normal return (driver only)",
		body: func(y yielder, t *tracer) error {
			defer func() {
				t.log("defer")
				t.log("defer got %d", y.Yield(99))
			}()
			t.log("start")
			y.Yield(1)
			t.log("return")
			return nil
		},
		ops:  []op{opNext, opNext, opSend(5), opNext},
		want: []string{"start", "Next=1", "return", "defer", "Next=99", "defer got 5", "Send(5)=end", "Next=end"},
	},
	{
		// PEP 342: close raises GeneratorExit at the yield in finally; the
		// pending return is dropped and close returns None.
		name: "3.6/3.7 Close at a yield in a deferred call after a normal return drops the result",
		body: func(y yielder, t *tracer) error {
			defer func() {
				t.log("defer")
				y.Yield(99)
				t.log("defer resumed")
			}()
			y.Yield(1)
			return errE1
		},
		ops:  []op{opNext, opNext, opClose, opErr, opNext},
		want: []string{"Next=1", "defer", "Next=99", "Close=nil", "s:Err=nil", "Next=end"},
	},
	{
		name: "3.5/3.7 Throw at a yield in a deferred call after a normal return replaces the result",
		body: func(y yielder, t *tracer) error {
			defer func() {
				t.log("defer")
				y.Yield(99)
				t.log("defer resumed")
			}()
			y.Yield(1)
			return errE1
		},
		ops:  []op{opNext, opNext, opThrow(errE2), opErr, opNext},
		want: []string{"Next=1", "defer", "Next=99", "s:Throw(e2)=end", "a:Throw(e2)=err(e2)", "s:Err=e2", "Next=end"},
	},
	{
		name: "3.7/3.8 a deferred call may yield while the body panics; the panic goes on at the next resume",
		body: func(y yielder, t *tracer) error {
			defer func() {
				t.log("defer")
				y.Yield(99)
				t.log("defer resumed")
			}()
			y.Yield(1)
			panic(errPanic)
		},
		ops:  []op{opNext, opNext, opNext, opNext},
		want: []string{"Next=1", "defer", "Next=99", "defer resumed", "Next=panic(boom)", "Next=end"},
	},
	{
		// PEP 342: close raises GeneratorExit at the yield in finally,
		// which replaces the exception in flight; close returns None.
		name: "3.6/3.8 Close at a yield in a deferred call while the body panics replaces the panic",
		body: func(y yielder, t *tracer) error {
			defer t.log("defer A")
			defer func() {
				t.log("defer B")
				y.Yield(99)
				t.log("defer B resumed")
			}()
			y.Yield(1)
			panic(errPanic)
		},
		ops:  []op{opNext, opNext, opClose, opNext, opErr},
		want: []string{"Next=1", "defer B", "Next=99", "defer A", "Close=nil", "Next=end", "s:Err=nil"},
	},

	// §3.8 Panics.
	{
		name: "3.8 a panic in the body reaches Next with its original value after the deferred calls ran",
		body: func(y yielder, t *tracer) error {
			t.log("start")
			defer t.log("defer A")
			defer t.log("defer B")
			y.Yield(1)
			panic(errPanic)
		},
		ops:  []op{opNext, opNext, opNext, opErr},
		want: []string{"start", "Next=1", "defer B", "defer A", "Next=panic(boom)", "Next=end", "s:Err=nil"},
	},
	{
		name: "3.8 a panic before the first yield",
		body: func(y yielder, t *tracer) error {
			defer t.log("defer A")
			panic(errPanic)
		},
		ops:  []op{opNext, opNext},
		want: []string{"defer A", "Next=panic(boom)", "Next=end"},
	},
	{
		name: "3.8 a panic value that is not an error is kept as is",
		body: func(y yielder, t *tracer) error {
			y.Yield(1)
			panic(panicValue{n: 7})
		},
		ops:  []op{opNext, opNext},
		want: []string{"Next=1", "Next=panic(agen_test.panicValue{n:7})"},
	},
	{
		name: "3.8 a runtime error keeps its runtime.Error value",
		body: func(y yielder, t *tracer) error {
			var m map[string]int
			y.Yield(1)
			m["x"] = 1
			return nil
		},
		ops:  []op{opNext, opNext, opNext},
		want: []string{"Next=1", "Next=panic(runtime.Error(assignment to entry in nil map))", "Next=end"},
	},
	{
		name: "3.8 panic(nil) arrives as *runtime.PanicNilError",
		body: func(y yielder, t *tracer) error {
			y.Yield(1)
			panic(nil)
		},
		ops:  []op{opNext, opNext},
		want: []string{"Next=1", "Next=panic(*runtime.PanicNilError)"},
	},
	{
		name: "3.8 a panic reaches the Send that resumed the body",
		body: func(y yielder, t *tracer) error {
			t.log("got %d", y.Yield(1))
			panic(errPanic)
		},
		ops:  []op{opNext, opSend(5), opSend(6)},
		want: []string{"Next=1", "got 5", "Send(5)=panic(boom)", "Send(6)=end"},
	},
	{
		name: "3.8 a panic after a Throw caught at YieldErr reaches Throw",
		body: func(y yielder, t *tracer) error {
			defer t.log("defer A")
			_, err := y.YieldErr(1)
			panic(err)
		},
		ops:  []op{opNext, opThrow(errE1), opNext, opErr},
		want: []string{"Next=1", "defer A", "Throw(e1)=panic(e1)", "Next=end", "s:Err=nil"},
	},
	{
		name: "3.8 a panic in a deferred call while Throw unwinds reaches Throw",
		body: func(y yielder, t *tracer) error {
			defer t.log("defer A")
			defer func() {
				t.log("defer B panics")
				panic(errPanic)
			}()
			y.Yield(1)
			return nil
		},
		ops:  []op{opNext, opThrow(errE1), opNext, opErr},
		want: []string{"Next=1", "defer B panics", "defer A", "Throw(e1)=panic(boom)", "Next=end", "s:Err=nil"},
	},
	{
		name: "3.8 recover() in a deferred call works; it may change the named result",
		body: func(y yielder, t *tracer) (err error) {
			defer func() {
				t.log("recovered %s", panicName(recover()))
				err = errE2
			}()
			y.Yield(1)
			panic(errPanic)
		},
		ops:  []op{opNext, opNext, opErr, opNext},
		want: []string{"Next=1", "recovered boom", "s:Next=end", "a:Next=err(e2)", "s:Err=e2", "Next=end"},
	},
	{
		name: "3.8 recover() in a deferred call; the body then returns nil",
		body: func(y yielder, t *tracer) (err error) {
			defer func() { t.log("recovered %s", panicName(recover())) }()
			y.Yield(1)
			panic(errPanic)
		},
		ops:  []op{opNext, opNext, opErr},
		want: []string{"Next=1", "recovered boom", "Next=end", "s:Err=nil"},
	},
	{
		name: "3.8 a panic recovered in a function called by the body lets it go on",
		body: func(y yielder, t *tracer) error {
			func() {
				defer func() { t.log("recovered %s", panicName(recover())) }()
				y.Yield(1)
				panic(errPanic)
			}()
			y.Yield(2)
			return nil
		},
		ops:  []op{opNext, opNext, opNext},
		want: []string{"Next=1", "recovered boom", "Next=2", "Next=end"},
	},
	{
		name: "3.8 Close and Throw after a panic do nothing",
		body: func(y yielder, t *tracer) error {
			defer t.log("defer A")
			panic(errPanic)
		},
		ops:  []op{opNext, opClose, opThrow(errE1), opErr},
		want: []string{"defer A", "Next=panic(boom)", "Close=nil", "Throw(e1)=end", "s:Err=nil"},
	},

	// §3.9 A body that returns an error.
	{
		name: "3.9 the body returns an error at once",
		body: func(y yielder, t *tracer) error {
			t.log("start")
			return errE1
		},
		ops:  []op{opNext, opErr, opNext, opErr},
		want: []string{"start", "s:Next=end", "a:Next=err(e1)", "s:Err=e1", "Next=end", "s:Err=e1"},
	},
	{
		name: "3.9 the body returns an error after yielding; All",
		body: func(y yielder, t *tracer) error {
			y.Yield(1)
			y.Yield(2)
			return errE1
		},
		ops:  []op{opAll, opErr, opNext},
		want: []string{"All=1", "All=2", "a:All=err(e1)", "All=end", "s:Err=e1", "Next=end"},
	},
	{
		name: "3.9 a deferred call may change the returned error",
		body: func(y yielder, t *tracer) (err error) {
			defer func() {
				if err == errE1 {
					err = errE2
				}
			}()
			y.Yield(1)
			return errE1
		},
		ops:  []op{opNext, opNext, opErr},
		want: []string{"Next=1", "s:Next=end", "a:Next=err(e2)", "s:Err=e2"},
	},
	{
		name: "3.9 Err is nil before the start, while suspended and after a clean end",
		body: yields(1),
		ops:  []op{opErr, opNext, opErr, opNext, opErr},
		want: []string{"s:Err=nil", "start", "Next=1", "s:Err=nil", "got 0", "return", "Next=end", "s:Err=nil"},
	},

	// §3.10 Re-entry.
	{
		name: "3.10 the body calling Next on its own generator: sync panics with ErrRunning, async gets it",
		body: func(y yielder, t *tracer) error {
			t.log("start")
			t.self(opNext)
			t.log("after self")
			y.Yield(1)
			return nil
		},
		ops: []op{opNext, opNext},
		want: []string{
			"start",
			"s:Next=panic(ErrRunning)",
			"a:self Next=err(ErrRunning)", "a:after self", "a:Next=1",
			"Next=end",
		},
	},
	{
		name: "3.10 the body calling Close on its own generator",
		body: func(y yielder, t *tracer) error {
			defer t.log("defer A")
			t.self(opClose)
			t.log("after self")
			y.Yield(1)
			return nil
		},
		ops: []op{opNext, opNext},
		want: []string{
			"s:defer A", "s:Next=panic(ErrRunning)",
			"a:self Close=err(ErrRunning)", "a:after self", "a:Next=1", "a:defer A",
			"Next=end",
		},
	},
	{
		name: "3.10 the body calling Send, Throw, All on its own generator, recovering",
		body: func(y yielder, t *tracer) error {
			for _, o := range []op{opSend(1), opThrow(errE1), opAll} {
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.log("recovered %s", panicName(r))
						}
					}()
					t.self(o)
				}()
			}
			t.self(opErr)
			y.Yield(1)
			return nil
		},
		ops: []op{opNext, opNext},
		want: []string{
			"s:recovered ErrRunning", "s:recovered ErrRunning", "s:recovered ErrRunning", "s:self Err=nil",
			"a:self Send(1)=err(ErrRunning)", "a:self Throw(e1)=err(ErrRunning)",
			"a:self All=err(ErrRunning)", "a:self All=end",
			"Next=1", "Next=end",
		},
	},

	// All.
	{
		name: "All ranges over every value",
		body: yields(1, 2, 3),
		ops:  []op{opAll, opErr},
		want: []string{"start", "All=1", "got 0", "All=2", "got 0", "All=3", "got 0", "return", "All=end", "s:Err=nil"},
	},
	{
		name: "All: breaking out closes the generator",
		body: func(y yielder, t *tracer) error {
			defer t.log("defer A")
			for i := 1; i <= 3; i++ {
				y.Yield(i)
			}
			return nil
		},
		ops:  []op{opAllBreak(2), opNext, opErr},
		want: []string{"All=1", "All=2", "defer A", "All=break", "Next=end", "s:Err=nil"},
	},
	{
		name: "All goes on from where Next left off",
		body: yields(1, 2, 3),
		ops:  []op{opNext, opAll},
		want: []string{"start", "Next=1", "got 0", "All=2", "got 0", "All=3", "got 0", "return", "All=end"},
	},
	{
		name: "All on a finished generator yields nothing",
		body: yields(),
		ops:  []op{opNext, opAll},
		want: []string{"start", "return", "Next=end", "All=end"},
	},
	{
		name: "All: a panic in a deferred call while breaking out propagates",
		body: func(y yielder, t *tracer) error {
			defer func() {
				t.log("defer panics")
				panic(errPanic)
			}()
			y.Yield(1)
			y.Yield(2)
			return nil
		},
		ops:  []op{opAllBreak(1), opNext},
		want: []string{"All=1", "defer panics", "All=panic(boom)", "Next=end"},
	},
	{
		name: "All: a panic in the body propagates out of the loop",
		body: func(y yielder, t *tracer) error {
			y.Yield(1)
			panic(errPanic)
		},
		ops:  []op{opAll, opNext},
		want: []string{"All=1", "All=panic(boom)", "Next=end"},
	},

	// Throw(nil).
	{
		name: "Throw(nil) panics and leaves the generator as it was",
		body: yields(1, 2),
		ops:  []op{opThrow(nil), opNext, opThrow(nil), opNext, opNext, opThrow(nil)},
		want: []string{
			"Throw(nil)=panic", "start", "Next=1", "Throw(nil)=panic", "got 0", "Next=2",
			"got 0", "return", "Next=end", "Throw(nil)=panic",
		},
	},

	// §3.11 Go semantics across suspension.
	{
		name: "3.11 closures and pointers to locals survive suspension",
		body: func(y yielder, t *tracer) error {
			x := 0
			p := &x
			add := func(d int) { x += d }
			for range 3 {
				add(1)
				*p += y.Yield(x)
			}
			t.log("x=%d", x)
			return nil
		},
		ops:  []op{opNext, opSend(10), opSend(20), opSend(30)},
		want: []string{"Next=1", "Send(10)=12", "Send(20)=33", "x=63", "Send(30)=end"},
	},
	{
		name: "3.11 per-iteration loop variables captured across yields",
		body: func(y yielder, t *tracer) error {
			var fs []func() int
			for i := range 3 {
				fs = append(fs, func() int { return i })
				y.Yield(i)
			}
			for _, f := range fs {
				y.Yield(10 * f())
			}
			return nil
		},
		ops:  []op{opAll},
		want: []string{"All=0", "All=1", "All=2", "All=0", "All=10", "All=20", "All=end"},
	},
}

// TestProtocol runs every protocol case against both reference drivers.
func TestProtocol(t *testing.T) {
	if len(protoCases) < 55 {
		t.Fatalf("only %d protocol cases", len(protoCases))
	}
	for _, c := range protoCases {
		t.Run(c.name, func(t *testing.T) {
			t.Run("Goroutine", func(t *testing.T) {
				checkTrace(t, runSync, c.body, c.ops, forDriver(c.want, "s:"))
			})
			t.Run("GoroutineAsync", func(t *testing.T) {
				checkTrace(t, runAsync, c.body, c.ops, forDriver(c.want, "a:"))
			})
		})
	}
}

// runtime.Goexit in the body ends the goroutine of the consumer whose
// operation resumed it, after the body's deferred calls ran, as iter.Pull
// does; the generator is finished. The consumer runs on a goroutine of its
// own here.
func TestProtocolGoexitInBodyIsForwarded(t *testing.T) {
	body := func(y yielder, t *tracer) error {
		defer t.log("defer")
		y.Yield(1)
		t.log("goexit")
		runtime.Goexit()
		t.log("after goexit")
		return nil
	}
	want := []string{
		"Next=1", "goexit", "defer", "consumer goroutine exits",
		"Next=end", "Close=nil", "s:Err=nil",
	}
	for _, d := range drivers {
		t.Run(d.name, func(t *testing.T) {
			tr := &tracer{}
			do := d.start(body, tr)
			do(opNext)
			exited := make(chan struct{})
			go func() {
				defer close(exited)
				defer tr.log("consumer goroutine exits")
				do(opNext)
				tr.log("after Next")
			}()
			select {
			case <-exited:
			case <-time.After(5 * time.Second):
				t.Fatal("the consumer's goroutine did not exit")
			}
			do(opNext)
			do(opClose)
			do(opErr)
			assert.Equal(t, forDriver(want, d.prefix()), tr.trace())
		})
	}
}

// --- async only ---

// awaiting returns an async generator whose body signals started, then
// waits at Await for fut, yields its value and returns.
func awaiting(tr *tracer, started chan<- struct{}, fut agen.Awaitable[int]) agen.AsyncGenerator[int, int] {
	return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error {
		defer tr.log("defer")
		close(started)
		v, err := agen.Await(y, fut)
		tr.log("await=%d %s", v, errName(err))
		if err != nil {
			return err
		}
		tr.log("got %d", y.Yield(v))
		return nil
	})
}

// §3.10: while an operation is in progress (its body waits at an Await),
// every other operation, from any goroutine, returns ErrRunning at once and
// has no effect.
func TestProtocolAsyncOperationInProgressReturnsErrRunning(t *testing.T) {
	ctx := context.Background()
	tr := &tracer{}
	fut := agen.NewFuture[int]()
	started := make(chan struct{})
	g := awaiting(tr, started, fut)

	type result struct {
		v   int
		err error
	}
	first := make(chan result, 1)
	go func() {
		v, err := g.Next(ctx)
		first <- result{v, err}
	}()
	<-started

	ops := map[string]func() error{
		"Next":  func() error { _, err := g.Next(ctx); return err },
		"Send":  func() error { _, err := g.Send(ctx, 1); return err },
		"Throw": func() error { _, err := g.Throw(ctx, errE1); return err },
		"Close": func() error { return g.Close(ctx) },
		"All": func() error {
			for _, err := range g.All(ctx) {
				return err
			}
			return nil
		},
		"ANext":  func() error { return pollOnce(g.ANext()) },
		"ASend":  func() error { return pollOnce(g.ASend(1)) },
		"AThrow": func() error { return pollOnce(g.AThrow(errE1)) },
		"AClose": func() error { return pollOnce(g.AClose()) },
	}
	for name, op := range ops {
		// From another goroutine, then from this one.
		within(t, name, func() { assert.ErrorIs(t, op(), agen.ErrRunning, name) })
		assert.ErrorIs(t, op(), agen.ErrRunning, name)
	}

	fut.Resolve(5)
	select {
	case r := <-first:
		assert.Equal(t, result{5, nil}, r)
	case <-time.After(5 * time.Second):
		t.Fatal("Next did not return after the future was resolved")
	}
	// Neither the Throw nor the Close above took effect.
	v, err := g.Send(ctx, 6)
	assert.Equal(t, 0, v)
	assert.ErrorIs(t, err, agen.Done)
	assert.Equal(t, []string{"await=5 nil", "got 6", "defer"}, tr.trace())
}

// pollOnce polls a once with a waker that is never woken and expects it
// to be ready.
func pollOnce[T any](a agen.Awaitable[T]) error {
	_, err, ok := a.Poll(context.Background(), &countingWaker{})
	if !ok {
		return errors.New("pending")
	}
	return err
}

// §3.10: the same while the operation in progress is polled by hand and
// pending: a blocking operation on the same goroutine does not wait for it.
func TestProtocolAsyncPendingPollBlocksNothing(t *testing.T) {
	ctx := context.Background()
	tr := &tracer{}
	fut := agen.NewFuture[int]()
	started := make(chan struct{})
	g := awaiting(tr, started, fut)

	w := &countingWaker{}
	next := g.ANext()
	_, _, ok := next.Poll(ctx, w)
	require.False(t, ok)
	within(t, "Next", func() {
		_, err := g.Next(ctx)
		assert.ErrorIs(t, err, agen.ErrRunning)
	})
	within(t, "Close", func() { assert.ErrorIs(t, g.Close(ctx), agen.ErrRunning) })

	fut.Resolve(3)
	assert.Equal(t, int32(1), w.n.Load())
	v, err, ok := next.Poll(ctx, w)
	assert.Equal(t, 3, v)
	assert.NoError(t, err)
	assert.True(t, ok)
	assert.NoError(t, g.Close(ctx))
	assert.Equal(t, []string{"await=3 nil", "defer"}, tr.trace())
}

// countingWaker counts its wakes.
type countingWaker struct{ n atomic.Int32 }

func (w *countingWaker) Wake() { w.n.Add(1) }

type ctxKey struct{}

func withName(name string) context.Context {
	return context.WithValue(context.Background(), ctxKey{}, name)
}

// y.Context() is the context of the consumer's call running the body now:
// of each operation, and of the latest poll of a pending one.
func TestProtocolAsyncContextIsTheCurrentCalls(t *testing.T) {
	tr := &tracer{}
	fut := agen.NewFuture[int]()
	g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error {
		defer func() { tr.log("defer ctx=%v", y.Context().Value(ctxKey{})) }()
		tr.log("start ctx=%v", y.Context().Value(ctxKey{}))
		y.Yield(1)
		tr.log("resumed ctx=%v", y.Context().Value(ctxKey{}))
		if _, err := agen.Await(y, fut); err != nil {
			return err
		}
		tr.log("after await ctx=%v", y.Context().Value(ctxKey{}))
		y.Yield(2)
		return nil
	})

	v, err := g.Next(withName("A"))
	require.NoError(t, err)
	require.Equal(t, 1, v)

	w := &countingWaker{}
	next := g.ANext()
	_, _, ok := next.Poll(withName("B"), w)
	require.False(t, ok)
	fut.Resolve(0)
	v, err, ok = next.Poll(withName("C"), w)
	require.True(t, ok)
	require.NoError(t, err)
	require.Equal(t, 2, v)

	require.NoError(t, g.Close(withName("D")))
	assert.Equal(t, []string{"start ctx=A", "resumed ctx=B", "after await ctx=C", "defer ctx=D"}, tr.trace())
}

// An Await whose consumer's context ends returns ctx.Err() in the body
// (§1, Await); the body goes on, and the operation returns what it does
// next.
func TestProtocolAsyncCancelledContextEndsAwait(t *testing.T) {
	t.Run("cancelled while waiting", func(t *testing.T) {
		tr := &tracer{}
		started := make(chan struct{})
		g := awaiting(tr, started, agen.NewFuture[int]())
		ctx, cancel := context.WithCancel(context.Background())
		go func() {
			<-started
			time.Sleep(10 * time.Millisecond)
			cancel()
		}()
		_, err := g.Next(ctx)
		assert.ErrorIs(t, err, context.Canceled)
		_, err = g.Next(context.Background())
		assert.ErrorIs(t, err, agen.Done)
		assert.Equal(t, []string{"await=0 Canceled", "defer"}, tr.trace())
	})
	t.Run("deadline", func(t *testing.T) {
		tr := &tracer{}
		g := awaiting(tr, make(chan struct{}), agen.NewFuture[int]())
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
		defer cancel()
		_, err := g.Next(ctx)
		assert.ErrorIs(t, err, context.DeadlineExceeded)
	})
	t.Run("already cancelled; a ready awaitable does not suspend", func(t *testing.T) {
		tr := &tracer{}
		ready := agen.NewFuture[int]()
		ready.Resolve(7)
		g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error {
			_, err := agen.Await(y, agen.NewFuture[int]())
			tr.log("pending: %s", errName(err))
			v, err := agen.Await(y, ready)
			tr.log("ready: %d %s", v, errName(err))
			y.Yield(v)
			_, err = agen.Await(y, agen.Sleep(time.Hour))
			return err
		})
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		v, err := g.Next(ctx)
		assert.NoError(t, err)
		assert.Equal(t, 7, v)
		// The body goes on with the context of the next call.
		ctx2, cancel2 := context.WithTimeout(context.Background(), 10*time.Millisecond)
		defer cancel2()
		_, err = g.Next(ctx2)
		assert.ErrorIs(t, err, context.DeadlineExceeded)
		assert.Equal(t, []string{"pending: Canceled", "ready: 7 nil"}, tr.trace())
	})
}

// The operations as awaitables, polled by hand with a custom waker: a
// pending one wakes the waker when it can go on and is ready at the next
// poll; a ready one stays ready.
func TestProtocolAsyncOperationsPolledByHand(t *testing.T) {
	ctx := context.Background()
	tr := &tracer{}
	fut := agen.NewFuture[int]()
	g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error {
		defer tr.log("defer")
		v, _ := agen.Await(y, fut)
		tr.log("got %d", y.Yield(v))
		_, err := y.YieldErr(2)
		tr.log("caught %s", errName(err))
		y.Yield(3)
		y.Yield(4)
		tr.log("after 4")
		return nil
	})

	w := &countingWaker{}
	next := g.ANext()
	for range 2 {
		_, _, ok := next.Poll(ctx, w)
		require.False(t, ok, "ANext ready before the future was resolved")
	}
	assert.Equal(t, int32(0), w.n.Load())
	fut.Resolve(10)
	assert.Equal(t, int32(1), w.n.Load())
	for range 2 {
		v, err, ok := next.Poll(ctx, w)
		require.True(t, ok)
		assert.NoError(t, err)
		assert.Equal(t, 10, v)
	}

	v, err, ok := g.ASend(5).Poll(ctx, w)
	assert.Equal(t, []any{2, nil, true}, []any{v, err, ok}, "ASend")
	v, err, ok = g.AThrow(errE1).Poll(ctx, w)
	assert.Equal(t, []any{3, nil, true}, []any{v, err, ok}, "AThrow at YieldErr")
	v, err, ok = g.ANext().Poll(ctx, w)
	assert.Equal(t, []any{4, nil, true}, []any{v, err, ok}, "ANext")
	closing := g.AClose()
	for range 2 {
		_, err, ok = closing.Poll(ctx, w)
		assert.Equal(t, []any{nil, true}, []any{err, ok}, "AClose")
	}
	v, err, ok = g.ANext().Poll(ctx, w)
	assert.Equal(t, []any{0, agen.Done, true}, []any{v, err, ok}, "ANext after Close")
	assert.Equal(t, []string{"got 5", "caught e1", "defer"}, tr.trace())

	// AThrow at Yield is ready with the error; AThrow(nil) panics.
	g2 := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error {
		y.Yield(1)
		return nil
	})
	assert.Panics(t, func() { g2.AThrow(nil) })
	_, err = g2.Next(ctx)
	require.NoError(t, err)
	v, err, ok = g2.AThrow(errE1).Poll(ctx, w)
	assert.Equal(t, []any{0, errE1, true}, []any{v, err, ok}, "AThrow at Yield")
}

// cancelsAfterCheck is a context that is cancelled right after the first
// Err check that follows the first poll of its awaitable: that check still
// sees it alive, every later one sees it cancelled. It makes a cancellation
// land exactly between the body's Await deciding to suspend and whatever
// check the driver makes next.
type cancelsAfterCheck struct {
	context.Context
	polled, armed atomic.Bool
	done          chan struct{}
}

func newCancelsAfterCheck() *cancelsAfterCheck {
	return &cancelsAfterCheck{Context: context.Background(), done: make(chan struct{})}
}

func (c *cancelsAfterCheck) Err() error {
	if c.armed.Load() {
		return context.Canceled
	}
	if c.polled.Load() && c.armed.CompareAndSwap(false, true) {
		close(c.done)
	}
	return nil
}

func (c *cancelsAfterCheck) Done() <-chan struct{} { return c.done }

// awaitable is never ready; its first poll arms the context.
func (c *cancelsAfterCheck) awaitable() agen.Awaitable[int] {
	return agen.AwaitableFunc[int](func(context.Context, agen.Waker) (int, error, bool) {
		c.polled.Store(true)
		return 0, nil, false
	})
}

// A cancellation that lands after the body's Await saw the context alive
// and reported pending, but before the blocking driver checks the context,
// must still reach the body's Await (§1: Await returns ctx.Err()), and it
// must not leave the operation in progress for ever (§3.10: later
// operations would return ErrRunning).
func TestProtocolAsyncCancellationBetweenChecks(t *testing.T) {
	tr := &tracer{}
	ctx := newCancelsAfterCheck()
	g := awaiting(tr, make(chan struct{}), ctx.awaitable())
	var err error
	within(t, "Next", func() { _, err = g.Next(ctx) })
	assert.ErrorIs(t, err, context.Canceled)
	within(t, "Next", func() { _, err = g.Next(context.Background()) })
	assert.ErrorIs(t, err, agen.Done, "the generator was left running")
	assert.Equal(t, []string{"await=0 Canceled", "defer"}, tr.trace())
}

// An operation whose poll panicked (the body panicked, §3.8) is over:
// polling it again does not block (Poll never blocks, §4) and reports the
// end of the generator.
func TestProtocolAsyncOperationRepolledAfterPanic(t *testing.T) {
	ctx := context.Background()
	g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error {
		y.Yield(1)
		panic(errPanic)
	})
	_, err := g.Next(ctx)
	require.NoError(t, err)
	next := g.ANext()
	w := &countingWaker{}
	assert.PanicsWithValue(t, errPanic, func() { next.Poll(ctx, w) })
	within(t, "polling again", func() {
		v, err, ok := next.Poll(ctx, w)
		assert.Equal(t, []any{0, agen.Done, true}, []any{v, err, ok})
	})
	_, err = g.Next(ctx)
	assert.ErrorIs(t, err, agen.Done)
}

// The async driver lets a deferred call await while the generator closes
// (agen rejects it statically): AClose is pending until the awaited value
// is ready, other operations meanwhile return ErrRunning, and a yield
// after the await still makes Close return ErrIgnoredClose (§3.7).
func TestProtocolAsyncAwaitInDeferredCallWhileClosing(t *testing.T) {
	ctx := context.Background()
	for _, yieldAfter := range []bool{false, true} {
		tr := &tracer{}
		fut := agen.NewFuture[int]()
		g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error {
			defer func() {
				v, err := agen.Await(y, fut)
				tr.log("defer await=%d %s", v, errName(err))
				if yieldAfter {
					y.Yield(99)
					tr.log("after yield")
				}
			}()
			y.Yield(1)
			return nil
		})
		_, err := g.Next(ctx)
		require.NoError(t, err)

		w := &countingWaker{}
		closing := g.AClose()
		_, _, ok := closing.Poll(ctx, w)
		require.False(t, ok, "AClose ready before the deferred call's await")
		within(t, "Next", func() {
			_, err := g.Next(ctx)
			assert.ErrorIs(t, err, agen.ErrRunning)
		})
		fut.Resolve(4)
		assert.Equal(t, int32(1), w.n.Load())
		_, err, ok = closing.Poll(ctx, w)
		require.True(t, ok)
		if yieldAfter {
			assert.ErrorIs(t, err, agen.ErrIgnoredClose)
		} else {
			assert.NoError(t, err)
		}
		_, err = g.Next(ctx)
		assert.ErrorIs(t, err, agen.Done)
		assert.Equal(t, []string{"defer await=4 nil"}, tr.trace())
	}
}
