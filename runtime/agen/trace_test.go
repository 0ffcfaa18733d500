package agen_test

// This file defines the helpers of the protocol cases: traces and drivers.

// Helpers of the protocol tests (protocol_test.go): a case is a generator
// body and a sequence of operations; running it against a driver yields a
// trace, one line per side effect of the body and per operation result,
// which is compared with the trace written by hand from SPEC §3.
//
// Trace lines:
//
//	start, defer A, got 5     what the body logged
//	Next=1                    an operation returned a value
//	Next=end                  sync (zero, false) or async (zero, agen.Done)
//	Next=err(e1)              async (zero, err)
//	Next=panic(boom)          the operation panicked with that value
//	Close=nil, Close=err(X)   the result of Close
//	Err=nil, Err=e1           the result of Err (sync only)
//	All=1 … All=break|end     one line per value, then how the loop ended
//	self Next=…               an operation the body ran on its own generator
//
// In an expected trace, a line starting with "s:" holds only for the sync
// driver, one starting with "a:" only for the async one; every other line
// holds for both.

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/agen-go/agen/runtime/agen"
)

// Errors of the protocol cases. The trace names them by identity, so a
// trace line e1 means the very value errE1 came back.
var (
	errE1    = errors.New("e1")
	errE2    = errors.New("e2")
	errPanic = errors.New("boom") // used as a panic value
)

// errName names err in a trace.
func errName(err error) string {
	switch err {
	case nil:
		return "nil"
	case errE1:
		return "e1"
	case errE2:
		return "e2"
	case errPanic:
		return "boom"
	case agen.Done:
		return "Done"
	case agen.ErrRunning:
		return "ErrRunning"
	case agen.ErrIgnoredClose:
		return "ErrIgnoredClose"
	case context.Canceled:
		return "Canceled"
	}
	return "?" + err.Error()
}

// panicName names a value recovered from a panic in a trace.
func panicName(r any) string {
	switch r := r.(type) {
	case nil:
		return "nil"
	case *runtime.PanicNilError:
		return "*runtime.PanicNilError"
	case runtime.Error:
		return "runtime.Error(" + r.Error() + ")"
	case error:
		return errName(r)
	}
	return fmt.Sprintf("%#v", r)
}

// panicValue is a panic value that is not an error.
type panicValue struct{ n int }

// yielder is what a protocol body sees of its yielder: both
// *agen.Yielder[int, int] and *agen.AsyncYielder[int, int] implement it.
type yielder interface {
	Yield(int) int
	YieldErr(int) (int, error)
}

var (
	_ yielder = (*agen.Yielder[int, int])(nil)
	_ yielder = (*agen.AsyncYielder[int, int])(nil)
)

// protoBody is the body of a protocol case, run by either driver.
type protoBody func(y yielder, t *tracer) error

// tracer records the trace of one run. The body logs to it from its
// goroutine, the consumer from the test's.
type tracer struct {
	mu    sync.Mutex
	lines []string
	// self runs an operation on the generator the body belongs to
	// (re-entry, SPEC §3.10), recording its result as "self <op>=…".
	// A sync re-entry panics; self does not recover it.
	self func(o op)
}

func (t *tracer) log(format string, args ...any) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.lines = append(t.lines, fmt.Sprintf(format, args...))
}

func (t *tracer) trace() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]string{}, t.lines...)
}

// catch runs f, recording a panic out of it as "label=panic(value)".
func (t *tracer) catch(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			if label == "Throw(nil)" { // the panic value is not specified
				t.log("Throw(nil)=panic")
				return
			}
			t.log("%s=panic(%s)", label, panicName(r))
		}
	}()
	f()
}

// opKind names a consumer operation of a protocol case.
type opKind int

const (
	kNext opKind = iota
	kSend
	kThrow
	kClose
	kErr
	kAll
)

// op is one consumer operation.
type op struct {
	kind opKind
	v    int   // kSend
	err  error // kThrow
	k    int   // kAll: break out after k values; 0 ranges to the end
}

var (
	opNext  = op{kind: kNext}
	opClose = op{kind: kClose}
	opErr   = op{kind: kErr} // sync only: the async driver records nothing
	opAll   = op{kind: kAll}
)

func opSend(v int) op      { return op{kind: kSend, v: v} }
func opThrow(err error) op { return op{kind: kThrow, err: err} }
func opAllBreak(k int) op  { return op{kind: kAll, k: k} }

func (o op) label() string {
	switch o.kind {
	case kNext:
		return "Next"
	case kSend:
		return fmt.Sprintf("Send(%d)", o.v)
	case kThrow:
		return "Throw(" + errName(o.err) + ")"
	case kClose:
		return "Close"
	case kErr:
		return "Err"
	}
	return "All"
}

// syncResult formats the result of Next, Send or Throw of a sync generator.
func syncResult(v int, ok bool) string {
	switch {
	case ok:
		return fmt.Sprint(v)
	case v != 0:
		return fmt.Sprintf("end(%d)", v) // not the zero value: a bug
	}
	return "end"
}

// asyncResult formats the result of Next, Send or Throw of an async
// generator.
func asyncResult(v int, err error) string {
	switch {
	case err == nil:
		return fmt.Sprint(v)
	case v != 0:
		return fmt.Sprintf("%s(%d)", errName(err), v) // not the zero value: a bug
	case err == agen.Done:
		return "end"
	}
	return "err(" + errName(err) + ")"
}

// allEnd formats how a range over All ended: "break" after the loop body
// broke out (the generator was closed), "end" when the iterator stopped.
func allEnd(broke bool) string {
	if broke {
		return "break"
	}
	return "end"
}

func closeResult(err error) string {
	if err == nil {
		return "nil"
	}
	return "err(" + errName(err) + ")"
}

// doSync runs o on g, recording its result under prefix.
func doSync(t *tracer, g agen.Generator[int, int], o op, prefix string) {
	l := prefix + o.label()
	switch o.kind {
	case kNext:
		v, ok := g.Next()
		t.log("%s=%s", l, syncResult(v, ok))
	case kSend:
		v, ok := g.Send(o.v)
		t.log("%s=%s", l, syncResult(v, ok))
	case kThrow:
		v, ok := g.Throw(o.err)
		t.log("%s=%s", l, syncResult(v, ok))
	case kClose:
		t.log("%s=%s", l, closeResult(g.Close()))
	case kErr:
		t.log("%s=%s", l, errName(g.Err()))
	case kAll:
		n, broke := 0, false
		for v := range g.All() {
			t.log("%s=%d", l, v)
			if n++; n == o.k {
				broke = true
				break
			}
		}
		t.log("%s=%s", l, allEnd(broke))
	}
}

// doAsync runs o on g, recording its result under prefix.
func doAsync(t *tracer, g agen.AsyncGenerator[int, int], o op, prefix string) {
	ctx := context.Background()
	l := prefix + o.label()
	switch o.kind {
	case kNext:
		v, err := g.Next(ctx)
		t.log("%s=%s", l, asyncResult(v, err))
	case kSend:
		v, err := g.Send(ctx, o.v)
		t.log("%s=%s", l, asyncResult(v, err))
	case kThrow:
		v, err := g.Throw(ctx, o.err)
		t.log("%s=%s", l, asyncResult(v, err))
	case kClose:
		t.log("%s=%s", l, closeResult(g.Close(ctx)))
	case kErr: // no Err on an async generator
	case kAll:
		n, broke := 0, false
		for v, err := range g.All(ctx) {
			if err != nil {
				t.log("%s=%s", l, asyncResult(v, err))
				continue
			}
			t.log("%s=%d", l, v)
			if n++; n == o.k {
				broke = true
				break
			}
		}
		t.log("%s=%s", l, allEnd(broke))
	}
}

// runSync runs a case against agen.Goroutine and returns its trace.
func runSync(body protoBody, ops []op) []string {
	t := &tracer{}
	var g agen.Generator[int, int]
	g = agen.Goroutine(func(y *agen.Yielder[int, int]) error { return body(y, t) })
	t.self = func(o op) { doSync(t, g, o, "self ") }
	for _, o := range ops {
		t.catch(o.label(), func() { doSync(t, g, o, "") })
	}
	lines := t.trace()
	// Leave no goroutine behind; this is not part of the trace.
	func() {
		defer func() { _ = recover() }()
		g.Close()
	}()
	return lines
}

// runAsync runs a case against agen.GoroutineAsync and returns its trace.
func runAsync(body protoBody, ops []op) []string {
	t := &tracer{}
	var g agen.AsyncGenerator[int, int]
	g = agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { return body(y, t) })
	t.self = func(o op) { doAsync(t, g, o, "self ") }
	for _, o := range ops {
		t.catch(o.label(), func() { doAsync(t, g, o, "") })
	}
	lines := t.trace()
	func() {
		defer func() { _ = recover() }()
		g.Close(context.Background())
	}()
	return lines
}

// forDriver selects the lines of an expected trace that hold for the
// driver whose lines are marked with prefix ("s:" or "a:").
func forDriver(want []string, prefix string) []string {
	out := []string{}
	for _, w := range want {
		switch {
		case strings.HasPrefix(w, "s:"), strings.HasPrefix(w, "a:"):
			if strings.HasPrefix(w, prefix) {
				out = append(out, w[2:])
			}
		default:
			out = append(out, w)
		}
	}
	return out
}

// checkTrace runs run(body, ops) with a watchdog, so that a driver that
// deadlocks fails the case instead of hanging the suite, and compares the
// trace with want.
func checkTrace(t *testing.T, run func(protoBody, []op) []string, body protoBody, ops []op, want []string) {
	t.Helper()
	done := make(chan []string, 1)
	go func() { done <- run(body, ops) }()
	select {
	case got := <-done:
		assert.Equal(t, want, got)
	case <-time.After(10 * time.Second):
		t.Fatal("the case did not finish: deadlock in the driver?")
	}
}

// driver starts a generator running a protocol body under one of the
// reference drivers, for the tests that are not a table case.
type driver struct {
	name string
	sync bool
	// start returns a function running o on a new generator of body,
	// recording the result in t.
	start func(body protoBody, t *tracer) func(o op)
}

var drivers = []driver{
	{
		name: "Goroutine",
		sync: true,
		start: func(body protoBody, t *tracer) func(op) {
			g := agen.Goroutine(func(y *agen.Yielder[int, int]) error { return body(y, t) })
			return func(o op) { doSync(t, g, o, "") }
		},
	},
	{
		name: "GoroutineAsync",
		start: func(body protoBody, t *tracer) func(op) {
			g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { return body(y, t) })
			return func(o op) { doAsync(t, g, o, "") }
		},
	},
}

// prefix is the prefix of the lines of an expected trace that hold only
// for d.
func (d driver) prefix() string {
	if d.sync {
		return "s:"
	}
	return "a:"
}

// eventually polls cond, with runtime.GC() before each try, until it
// holds or a few seconds passed.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
	}
}

// within fails the test unless f returns within a few seconds: an
// operation that must not block.
func within(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatalf("%s blocked", what)
	}
}
