// Package asyncreentry holds async bodies that run operations on their own
// generator while it runs: each returns agen.ErrRunning (an async
// generator never panics for it, and never blocks).
package asyncreentry

import (
	"context"
	"errors"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// self is how a body finds its own generator: set after construction.
type self struct {
	g agen.AsyncGenerator[int, agen.None]
}

// try logs the error of an operation by name.
func try(tr *difftest.Trace, name string, err error) {
	tr.Log("%s: ErrRunning=%v", name, errors.Is(err, agen.ErrRunning))
}

// reenter calls every operation of its own generator from the body,
// blocking ones and awaitable ones.
//
//agen:generator
func reenter(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace, me *self) {
	ctx := y.Context()
	_, err := me.g.Next(ctx)
	try(tr, "Next before the first yield", err)
	y.Yield(1)
	_, err = me.g.Send(ctx, agen.None{})
	try(tr, "Send", err)
	_, err = me.g.Throw(ctx, errors.New("x"))
	try(tr, "Throw", err)
	try(tr, "Close", me.g.Close(ctx))
	_, err = agen.Await(y, me.g.ANext())
	try(tr, "await ANext", err)
	_, err = agen.Await(y, me.g.AClose())
	try(tr, "await AClose", err)
	v, _ := agen.Await(y, difftest.Later(2))
	y.Yield(v)
	for v, err := range me.g.All(ctx) {
		tr.Log("All -> %d %v", v, errors.Is(err, agen.ErrRunning))
	}
	y.Yield(3)
}

// inDefer calls its own generator from deferred calls, which run at the
// normal end, on Close, and on Throw.
//
//agen:generator
func inDefer(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace, me *self) {
	defer func() {
		_, err := me.g.Next(context.Background())
		try(tr, "deferred Next", err)
	}()
	defer func() { try(tr, "deferred Close", me.g.Close(context.Background())) }()
	y.Yield(1)
	agen.Await(y, difftest.Later(0))
	y.Yield(2)
}

// forward runs g as the body of the generator of y, so that a reference
// generator can be handed to its own body: it passes on what the consumer
// does, awaiting g's operations so that its pending awaits show. (A
// function literal: a declared function taking a yielder must be a
// generator body.)
var forward = func(y *agen.AsyncYielder[int, agen.None], g agen.AsyncGenerator[int, agen.None]) error {
	defer g.Close(context.Background())
	v, err := agen.Await(y, g.ANext())
	for err == nil {
		var s agen.None
		s, err = y.YieldErr(v)
		if err != nil {
			v, err = agen.Await(y, g.AThrow(err))
		} else {
			v, err = agen.Await(y, g.ASend(s))
		}
	}
	if errors.Is(err, agen.Done) {
		return nil
	}
	return err
}

type body = func(*agen.AsyncYielder[int, agen.None], *difftest.Trace, *self)

// selfCase returns the case of a body that gets its own generator.
func selfCase(name string, b body, gen func(*difftest.Trace, *self) agen.AsyncGenerator[int, agen.None]) difftest.Case {
	return difftest.Async(name,
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] {
			me := &self{}
			me.g = gen(tr, me)
			return me.g
		},
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
			me := &self{}
			me.g = agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error { b(y, tr, me); return nil })
			return forward(y, me.g)
		})
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	selfCase("reenter", reenter, func(tr *difftest.Trace, me *self) agen.AsyncGenerator[int, agen.None] { return reenterGen(tr, me) }),
	selfCase("inDefer", inDefer, func(tr *difftest.Trace, me *self) agen.AsyncGenerator[int, agen.None] { return inDeferGen(tr, me) }),
}
