package difftest

// This file defines the async half of the harness: cases of async bodies,
// the awaitables bodies await, and the operations that drive them.

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
)

// Ready returns an awaitable that is ready with v at once: awaiting it
// does not suspend.
func Ready[T any](v T) agen.Awaitable[T] {
	return agen.AwaitableFunc[T](func(context.Context, agen.Waker) (T, error, bool) { return v, nil, true })
}

// Later returns an awaitable that is pending when first polled, wakes its
// waker at once, and is ready with v from then on: awaiting it suspends
// the body once, wherever it is driven.
func Later[T any](v T) agen.Awaitable[T] {
	return &later[T]{v: v}
}

type later[T any] struct {
	v      T
	polled bool
}

func (l *later[T]) Poll(_ context.Context, w agen.Waker) (T, error, bool) {
	if l.polled {
		return l.v, nil, true
	}
	l.polled = true
	w.Wake()
	var zero T
	return zero, nil, false
}

// Value returns the value of an Await, for awaits inside expressions.
func Value[T any](v T, _ error) T { return v }

// Fail returns an awaitable that is ready with err at once.
func Fail[T any](err error) agen.Awaitable[T] {
	return agen.AwaitableFunc[T](func(context.Context, agen.Waker) (T, error, bool) {
		var zero T
		return zero, err, true
	})
}

// Stall returns an awaitable that is never ready: the body waits there
// until the context of the consumer's call ends, and Await returns
// ctx.Err(). Under a blocking method, polling it ends that context.
func Stall[T any]() agen.Awaitable[T] {
	return agen.AwaitableFunc[T](func(ctx context.Context, w agen.Waker) (T, error, bool) {
		if cancel, ok := ctx.Value(stallKey{}).(context.CancelFunc); ok {
			cancel()
		}
		var zero T
		return zero, nil, false
	})
}

type stallKey struct{}

// asyncCase is a case of an async generator.
type asyncCase[Y, S any] struct {
	name  string
	gen   func(*Trace) agen.AsyncGenerator[Y, S]
	body  func(*Trace, *agen.AsyncYielder[Y, S]) error
	sends []S
	// blocking runs Next, Send, Throw and Close as the blocking calls.
	blocking bool
}

// Async returns the case of an async body: gen makes the generated
// generator, body runs the body itself (under agen.GoroutineAsync). Send
// operations send the values of sends in turn (the zero value if none).
func Async[Y, S any](name string, gen func(*Trace) agen.AsyncGenerator[Y, S], body func(*Trace, *agen.AsyncYielder[Y, S]) error, sends ...S) Case {
	return &asyncCase[Y, S]{name: name, gen: gen, body: body, sends: sends}
}

// AsyncBlocking is Async for a body whose reference blocks where generated
// code suspends, so that only the blocking operations, which cannot tell,
// compare: one that ranges over an async generator's All(ctx) whose values
// are pending (under agen.GoroutineAsync, All calls Next(ctx), which
// blocks the body's goroutine; generated code awaits ANext).
func AsyncBlocking[Y, S any](name string, gen func(*Trace) agen.AsyncGenerator[Y, S], body func(*Trace, *agen.AsyncYielder[Y, S]) error, sends ...S) Case {
	return &asyncCase[Y, S]{name: name, gen: gen, body: body, sends: sends, blocking: true}
}

func (c *asyncCase[Y, S]) Name() string { return c.name }

func (c *asyncCase[Y, S]) reference(tr *Trace) agen.AsyncGenerator[Y, S] {
	return agen.GoroutineAsync(func(y *agen.AsyncYielder[Y, S]) error { return c.body(tr, y) })
}

func (c *asyncCase[Y, S]) run(t *testing.T) {
	for _, ops := range asyncSequences(c.name, c.steps()) {
		want := c.drive(ops, c.reference)
		got := c.drive(ops, c.gen)
		sequencesRun.Add(1)
		require.Equal(t, want, got, "operations %v:\nreference (agen.GoroutineAsync):\n\t%s\ngenerated:\n\t%s",
			ops, strings.Join(want, "\n\t"), strings.Join(got, "\n\t"))
	}
}

// steps counts the values the reference yields to Next alone.
func (c *asyncCase[Y, S]) steps() int {
	n := 0
	for _, e := range c.drive(nextOnly, c.reference) {
		if strings.HasPrefix(e, "Next -> ") && strings.HasSuffix(e, " <nil>") {
			n++
		}
	}
	return n
}

// asyncSequences returns the operation sequences of an async case with n
// values: those of a sync case, where the polled operations meet pending
// awaits and interfere with them (op.arg: 0 polls again, 1 tries Next
// meanwhile, 2 tries Close and Send, 3 cancels the context), and blocking
// ones ('b' Next, 'x' Next with an ended context).
func asyncSequences(name string, n int) [][]op {
	seqs := sequences(name+"/async", n)
	for k := 0; k <= min(n, 4)+1; k++ {
		for arg := range 4 {
			ops := make([]op, k, k+3)
			for i := range ops {
				ops[i] = op{kind: 'n', arg: arg}
			}
			seqs = append(seqs, append(ops, op{kind: 'c', arg: arg}, op{kind: 'n'}))
		}
		seqs = append(seqs, []op{{kind: 'b', arg: k}, {kind: 'x'}, {kind: 'n'}, {kind: 'b'}})
	}
	return seqs
}

// drive runs ops on a generator made by mk and returns the trace.
func (c *asyncCase[Y, S]) drive(ops []op, mk func(*Trace) agen.AsyncGenerator[Y, S]) []string {
	tr := &Trace{}
	g := mk(tr)
	done := make(chan struct{})
	go func() {
		defer close(done)
		exited := true
		defer func() {
			if exited {
				tr.Log("runtime.Goexit")
			}
		}()
		for _, o := range ops {
			if c.apply(tr, g, o) {
				break
			}
		}
		exited = false
	}()
	<-done
	return tr.seal()
}

// apply runs one operation; it reports whether the sequence should stop.
func (c *asyncCase[Y, S]) apply(tr *Trace, g agen.AsyncGenerator[Y, S], o op) (stop bool) {
	defer func() {
		if p := recover(); p != nil {
			tr.Log("%v panics: %s", o, describe(p))
		}
	}()
	var s S
	if len(c.sends) > 0 {
		s = c.sends[o.arg%len(c.sends)]
	}
	if c.blocking && strings.IndexByte("nstc", o.kind) >= 0 {
		return c.applyBlocking(tr, g, o, s)
	}
	switch o.kind {
	case 'n':
		v, err := poll(tr, g, g.ANext(), o)
		tr.Log("Next -> %v %v", v, errName(err))
		return errors.Is(err, agen.Done) && o.arg < 0
	case 's':
		v, err := poll(tr, g, g.ASend(s), o)
		tr.Log("Send(%v) -> %v %v", s, v, errName(err))
	case 't':
		v, err := poll(tr, g, g.AThrow(thrown(o.arg)), o)
		tr.Log("Throw(e%d) -> %v %v", o.arg, v, errName(err))
	case 'c':
		_, err := poll(tr, g, g.AClose(), o)
		tr.Log("Close -> %v", errName(err))
	case 'b':
		ctx, cancel := stallContext()
		defer cancel()
		v, err := g.Next(ctx)
		tr.Log("blocking Next -> %v %v", v, errName(err))
	case 'x':
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		v, err := g.Next(ctx)
		tr.Log("Next(ended ctx) -> %v %v", v, errName(err))
	case 'D', 'E':
		c.drain(tr, g, o)
	case 'a':
		ctx, cancel := stallContext()
		defer cancel()
		i := 0
		for v, err := range g.All(ctx) {
			tr.Log("All -> %v %v", v, errName(err))
			if i == o.arg {
				break
			}
			i++
		}
		tr.Log("All done")
	}
	return false
}

// applyBlocking runs Next, Send, Throw or Close as the blocking call.
func (c *asyncCase[Y, S]) applyBlocking(tr *Trace, g agen.AsyncGenerator[Y, S], o op, s S) (stop bool) {
	ctx := context.Background()
	switch o.kind {
	case 'n':
		v, err := g.Next(ctx)
		tr.Log("Next -> %v %v", v, errName(err))
		return errors.Is(err, agen.Done) && o.arg < 0
	case 's':
		v, err := g.Send(ctx, s)
		tr.Log("Send(%v) -> %v %v", s, v, errName(err))
	case 't':
		v, err := g.Throw(ctx, thrown(o.arg))
		tr.Log("Throw(e%d) -> %v %v", o.arg, v, errName(err))
	case 'c':
		tr.Log("Close -> %v", errName(g.Close(ctx)))
	}
	return false
}

// stallContext returns a context that a Stall awaitable ends when polled.
func stallContext() (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	return context.WithValue(ctx, stallKey{}, cancel), cancel
}

// poll drives an operation by hand, polling it until it is ready. While
// the body waits at a pending await, it interferes as o.arg says: 1 tries
// Next, 2 tries Close and Send (each must return agen.ErrRunning), 3
// cancels the context; after 6 polls it cancels it too, and after 12 it
// gives up, leaving the operation in progress.
func poll[T, Y, S any](tr *Trace, g agen.AsyncGenerator[Y, S], a agen.Awaitable[T], o op) (T, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	live := context.Background()
	w := nopWaker{}
	for i := 0; ; i++ {
		v, err, ready := a.Poll(ctx, w)
		if ready {
			return v, err
		}
		tr.Log("%v: pending", o)
		switch {
		case i >= 12:
			var zero T
			return zero, errors.New("abandoned, in progress")
		case o.arg == 1 && i == 0:
			_, err := g.Next(live)
			tr.Log("%v: Next meanwhile -> %v", o, errName(err))
		case o.arg == 2 && i == 0:
			tr.Log("%v: Close meanwhile -> %v", o, errName(g.Close(live)))
			var s S
			_, err := g.Send(live, s)
			tr.Log("%v: Send meanwhile -> %v", o, errName(err))
		case o.arg == 3 && i == 0, i >= 6:
			cancel()
		}
	}
}

type nopWaker struct{}

func (nopWaker) Wake() {}

// drain runs Next to the end in a function whose deferred calls use the
// generator while a panic of the body unwinds.
func (c *asyncCase[Y, S]) drain(tr *Trace, g agen.AsyncGenerator[Y, S], o op) {
	ctx, cancel := stallContext()
	defer cancel()
	defer func() {
		if p := recover(); p != nil {
			tr.Log("%v: recovered %s", o, describe(p))
		}
	}()
	if o.kind == 'D' {
		defer func() { tr.Log("%v: deferred Close -> %v", o, errName(g.Close(ctx))) }()
	} else {
		defer func() {
			var s S
			v, err := g.Throw(ctx, thrown(o.arg))
			tr.Log("%v: deferred Throw -> %v %v", o, v, errName(err))
			v, err = g.Send(ctx, s)
			tr.Log("%v: deferred Send -> %v %v", o, v, errName(err))
			v, err = g.Next(ctx)
			tr.Log("%v: deferred Next -> %v %v", o, v, errName(err))
		}()
	}
	for range maxSteps {
		v, err := g.Next(ctx)
		tr.Log("%v: Next -> %v %v", o, v, errName(err))
		if err != nil {
			return
		}
	}
}

// errName renders an error so that the same error reads the same in both
// traces, whatever wraps it.
func errName(err error) string {
	switch {
	case err == nil:
		return "<nil>"
	case errors.Is(err, agen.Done):
		return "Done"
	case errors.Is(err, agen.ErrRunning):
		return "ErrRunning"
	case errors.Is(err, context.Canceled):
		return "Canceled"
	}
	return fmt.Sprintf("%T(%v)", err, err)
}
