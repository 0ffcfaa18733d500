// Package difftest is the differential harness of agen: it drives a
// generated state machine and the reference driver agen.Goroutine over the
// same body with the same operation sequences, and requires equal traces.
//
// A case package (testdata/golden/<Case>, or an example) declares its
// bodies, each taking a *Trace to log their side effects, and a Suite:
//
//	var Suite = difftest.Suite{
//		difftest.Sync("fib",
//			func(tr *difftest.Trace) agen.Generator[int, agen.None] { return fibGen(tr, 5) },
//			func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { fib(y, tr, 5); return nil }),
//	}
//
// A test then calls Suite.Run(t).
package difftest

// This file defines the harness.

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
)

// Trace records the side effects of a body and the results of the
// operations on its generator, in order. It is safe for concurrent use:
// an abandoned generator's deferred calls may log from the goroutine of
// its finalization, after its run has ended.
type Trace struct {
	mu     sync.Mutex
	events []string
	sealed bool
}

// Log records an event; once the trace is sealed it drops it.
func (t *Trace) Log(format string, args ...any) {
	e := fmt.Sprintf(format, args...)
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.sealed {
		t.events = append(t.events, e)
	}
}

// Events returns a copy of the events recorded.
func (t *Trace) Events() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return slices.Clone(t.events)
}

// seal ends the trace of a run and returns its events: what an abandoned
// generator logs when the garbage collector finds it, at no fixed time,
// is not part of the run.
func (t *Trace) seal() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.sealed = true
	return t.events
}

// sequencesRun counts the operation sequences run, both ways, by every
// case of the process.
var sequencesRun atomic.Int64

// SequencesRun returns the number of operation sequences the cases of the
// process have run, each on the generated generator and on its reference.
func SequencesRun() int64 { return sequencesRun.Load() }

// Suite is the cases of a package.
type Suite []Case

// A Case runs one body both ways.
type Case interface {
	Name() string
	run(t *testing.T)
}

// Run runs every case of the suite.
func (s Suite) Run(t *testing.T) {
	for _, c := range s {
		t.Run(c.Name(), func(t *testing.T) {
			t.Parallel()
			c.run(t)
		})
	}
}

// syncCase is a case of a sync generator.
type syncCase[Y, S any] struct {
	name  string
	gen   func(*Trace) agen.Generator[Y, S]
	body  func(*Trace, *agen.Yielder[Y, S]) error
	sends []S
}

// Sync returns the case of a sync body: gen makes the generated
// generator, body runs the body itself (under agen.Goroutine). Send
// operations send the values of sends in turn (the zero value if none).
func Sync[Y, S any](name string, gen func(*Trace) agen.Generator[Y, S], body func(*Trace, *agen.Yielder[Y, S]) error, sends ...S) Case {
	return &syncCase[Y, S]{name: name, gen: gen, body: body, sends: sends}
}

func (c *syncCase[Y, S]) Name() string { return c.name }

func (c *syncCase[Y, S]) run(t *testing.T) {
	for _, ops := range sequences(c.name, c.steps(t)) {
		want := c.drive(ops, func(tr *Trace) agen.Generator[Y, S] {
			return agen.Goroutine(func(y *agen.Yielder[Y, S]) error { return c.body(tr, y) })
		})
		got := c.drive(ops, c.gen)
		sequencesRun.Add(1)
		require.Equal(t, want, got, "operations %v:\nreference (agen.Goroutine):\n\t%s\ngenerated:\n\t%s",
			ops, strings.Join(want, "\n\t"), strings.Join(got, "\n\t"))
	}
}

// steps counts the values the reference yields to Next alone (at most a
// bound), to size the sequences.
func (c *syncCase[Y, S]) steps(t *testing.T) int {
	events := c.drive(nextOnly, func(tr *Trace) agen.Generator[Y, S] {
		return agen.Goroutine(func(y *agen.Yielder[Y, S]) error { return c.body(tr, y) })
	})
	n := 0
	for _, e := range events {
		if strings.HasPrefix(e, "Next -> ") && strings.HasSuffix(e, " true") {
			n++
		}
	}
	return n
}

// An op is one operation of a sequence.
type op struct {
	// 'n' Next, 's' Send, 't' Throw, 'c' Close, 'a' All broken after arg
	// values; 'D' and 'E' drain the generator with Next in a function whose
	// deferred calls use it while a panic of the body unwinds: 'D' defers
	// Close (the idiom), 'E' defers Next, Send and Throw. The touches range
	// over All and, at the value arg, act on the generator from inside the
	// loop body, where All's push loop must give way to the machine: 'N'
	// Next, 'S' Send, 'T' Throw, 'C' Close, 'R' a range over All again
	// broken after one value, 'P' a panic of the loop body.
	kind byte
	arg  int
}

func (o op) String() string {
	switch o.kind {
	case 'n':
		if o.arg > 0 {
			return fmt.Sprintf("Next#%d", o.arg)
		}
		return "Next"
	case 's':
		return fmt.Sprintf("Send#%d", o.arg)
	case 't':
		return fmt.Sprintf("Throw(e%d)", o.arg)
	case 'c':
		return "Close"
	case 'D':
		return "Drain/defer Close"
	case 'E':
		return "Drain/defer Next,Send,Throw"
	case 'b':
		return "blocking Next"
	case 'x':
		return "Next(ended ctx)"
	case 'N', 'S', 'T', 'C', 'R', 'P', 'M':
		return fmt.Sprintf("All/%c@%d", o.kind, o.arg)
	}
	return fmt.Sprintf("All/break@%d", o.arg)
}

// maxSteps bounds a run.
const maxSteps = 200

var nextOnly = func() []op {
	ops := make([]op, maxSteps)
	for i := range ops {
		ops[i] = op{kind: 'n', arg: -1}
	}
	return ops
}()

// sequences returns the operation sequences of a case with n values:
// Next to the end; k Nexts then Close, Throw, Send; breaks out of All; and
// random mixes seeded by the case's name.
func sequences(name string, n int) [][]op {
	seqs := [][]op{nextOnly}
	repeat := func(kind byte, k int) []op {
		ops := make([]op, k)
		for i := range ops {
			ops[i] = op{kind: kind, arg: i}
		}
		return ops
	}
	for k := 0; k <= min(n, 6)+1; k++ {
		seqs = append(seqs,
			append(repeat('n', k), op{kind: 'c'}, op{kind: 'n'}, op{kind: 'c'}),
			append(repeat('n', k), op{kind: 't', arg: 1}, op{kind: 'n'}, op{kind: 't', arg: 2}, op{kind: 'n'}),
			append(repeat('s', k+1), op{kind: 'n'}, op{kind: 'n'}),
			[]op{{kind: 'a', arg: k}, {kind: 'n'}},
			append(repeat('n', k), op{kind: 'D'}, op{kind: 'n'}),
		)
		if k <= 2 {
			for _, touch := range []byte("NSTCRP") {
				seqs = append(seqs, []op{{kind: touch, arg: k}, {kind: 'n'}, {kind: 'a', arg: 1}})
			}
		}
	}
	seed := uint64(len(name))
	for _, r := range name {
		seed = seed*31 + uint64(r)
	}
	rng := rand.New(rand.NewPCG(seed, 42))
	kinds := []byte("nnnnssttcaDENSTCRPMM")
	for range 24 {
		ops := make([]op, 1+rng.IntN(12))
		for i := range ops {
			ops[i] = op{kind: kinds[rng.IntN(len(kinds))], arg: rng.IntN(4)}
		}
		seqs = append(seqs, ops)
	}
	return seqs
}

// drive runs ops on a generator made by mk and returns the trace: the
// body's events and each operation's result, Err after it, and panics.
func (c *syncCase[Y, S]) drive(ops []op, mk func(*Trace) agen.Generator[Y, S]) []string {
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

// apply runs one operation; it reports whether the sequence should stop
// (Next to the end reached the end).
func (c *syncCase[Y, S]) apply(tr *Trace, g agen.Generator[Y, S], o op) (stop bool) {
	defer func() {
		if p := recover(); p != nil {
			tr.Log("%v panics: %s", o, describe(p))
		}
		tr.Log("Err -> %v", g.Err())
	}()
	switch o.kind {
	case 'n':
		v, ok := g.Next()
		tr.Log("Next -> %v %v", v, ok)
		return !ok && o.arg < 0 // Next to the end stops at the end
	case 's':
		var s S
		if len(c.sends) > 0 {
			s = c.sends[o.arg%len(c.sends)]
		}
		v, ok := g.Send(s)
		tr.Log("Send(%v) -> %v %v", s, v, ok)
	case 't':
		v, ok := g.Throw(thrown(o.arg))
		tr.Log("Throw(e%d) -> %v %v", o.arg, v, ok)
	case 'c':
		tr.Log("Close -> %v", g.Close())
	case 'D', 'E':
		c.drain(tr, g, o)
	case 'a':
		i := 0
		for v := range g.All() {
			tr.Log("All -> %v", v)
			if i == o.arg {
				break
			}
			i++
		}
		tr.Log("All done")
	case 'N', 'S', 'T', 'C', 'R', 'P':
		c.touch(tr, g, o)
	case 'M':
		c.multi(tr, g, o, 0)
	}
	return false
}

// touch ranges over All and acts on the generator from inside the loop
// body at the value o.arg (see op), then breaks three values later, if the
// body has not ended.
func (c *syncCase[Y, S]) touch(tr *Trace, g agen.Generator[Y, S], o op) {
	i := 0
	for v := range g.All() {
		tr.Log("%v: All -> %v", o, v)
		if i == o.arg {
			switch o.kind {
			case 'N':
				v, ok := g.Next()
				tr.Log("%v: Next -> %v %v", o, v, ok)
			case 'S':
				var s S
				if len(c.sends) > 0 {
					s = c.sends[o.arg%len(c.sends)]
				}
				v, ok := g.Send(s)
				tr.Log("%v: Send(%v) -> %v %v", o, s, v, ok)
			case 'T':
				v, ok := g.Throw(thrown(o.arg))
				tr.Log("%v: Throw -> %v %v", o, v, ok)
			case 'C':
				tr.Log("%v: Close -> %v", o, g.Close())
			case 'R':
				for v := range g.All() {
					tr.Log("%v: inner All -> %v", o, v)
					break
				}
			case 'P':
				panic(fmt.Sprintf("loop body of %v", o))
			}
		}
		if i == o.arg+3 { // endless bodies too end
			break
		}
		i++
	}
	tr.Log("%v: All done", o)
}

// multi ranges over All and touches the generator at many values.
func (c *syncCase[Y, S]) multi(tr *Trace, g agen.Generator[Y, S], o op, depth int) {
	i := 0
	for v := range g.All() {
		tr.Log("%v/%d: All -> %v", o, depth, v)
		k := (o.arg*7 + i*3 + depth) % 9
		switch k {
		case 0:
			v, ok := g.Next()
			tr.Log("%v/%d: Next -> %v %v", o, depth, v, ok)
		case 1:
			var s S
			if len(c.sends) > 0 {
				s = c.sends[(o.arg+i)%len(c.sends)]
			}
			v, ok := g.Send(s)
			tr.Log("%v/%d: Send(%v) -> %v %v", o, depth, s, v, ok)
		case 2:
			v, ok := g.Throw(thrown(o.arg + i))
			tr.Log("%v/%d: Throw -> %v %v", o, depth, v, ok)
		case 3:
			if depth < 2 {
				c.multi(tr, g, op{kind: o.kind, arg: o.arg + i + 1}, depth+1)
			}
		case 4:
			if depth > 0 && i > 0 {
				tr.Log("%v/%d: break", o, depth)
				return
			}
		case 5:
			tr.Log("%v/%d: Err -> %v", o, depth, g.Err())
		}
		if i > 12 {
			break
		}
		i++
	}
	tr.Log("%v/%d: All done", o, depth)
}

// drain runs Next to the end in a function whose deferred calls use the
// generator: when the body panics, they run while the panic unwinds, and
// must find the generator finished (SPEC §3.8), not running.
func (c *syncCase[Y, S]) drain(tr *Trace, g agen.Generator[Y, S], o op) {
	defer func() {
		if p := recover(); p != nil {
			tr.Log("%v: recovered %s", o, describe(p))
		}
	}()
	if o.kind == 'D' {
		defer func() { tr.Log("%v: deferred Close -> %v", o, g.Close()) }()
	} else {
		defer func() {
			var s S
			v, ok := g.Throw(thrown(o.arg))
			tr.Log("%v: deferred Throw -> %v %v", o, v, ok)
			v, ok = g.Send(s)
			tr.Log("%v: deferred Send -> %v %v", o, v, ok)
			v, ok = g.Next()
			tr.Log("%v: deferred Next -> %v %v", o, v, ok)
		}()
	}
	for range maxSteps {
		v, ok := g.Next()
		tr.Log("%v: Next -> %v %v", o, v, ok)
		if !ok {
			return
		}
	}
}

// thrown returns the error thrown by Throw#i: always the same value, so
// that errors.Is works in bodies.
func thrown(i int) error { return thrownErrors[i%len(thrownErrors)] }

// Thrown are the errors the harness throws, for bodies that catch them.
var thrownErrors = []error{errors.New("e0"), errors.New("e1"), errors.New("e2"), errors.New("e3")}

// Thrown returns the error the harness throws as Throw(e<i>).
func Thrown(i int) error { return thrown(i) }

// describe renders a panic value: runtime errors by message, others with
// their type, so that a different value of the same text differs.
func describe(p any) string {
	if err, ok := p.(runtime.Error); ok {
		return "runtime error: " + strings.TrimPrefix(err.Error(), "runtime error: ")
	}
	return fmt.Sprintf("%T(%v)", p, p)
}
