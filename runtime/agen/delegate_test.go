package agen_test

// This file tests delegation (YieldFrom, PEP 380) in the reference drivers.
// The traces are written from PEP 380's semantics: values and sends pass
// through, a throw is thrown into the delegate, close closes the delegate
// first, and yield from evaluates to the delegate's result (here, the
// error it ended with).

import (
	"context"
	"testing"

	"github.com/agen-go/agen/runtime/agen"
)

// delegating makes generators of protocol bodies with one driver, and lets
// a body delegate to another generator of the same driver.
type delegating struct {
	driver
	// make returns a generator of body, to delegate to.
	make func(body protoBody, t *tracer) any
	// from delegates to g.
	from func(y yielder, g any) error
	// run runs o on g, recording its result as "label=…".
	run func(t *tracer, g any, o op, label string)
}

var delegatingDrivers = []delegating{
	{
		driver: drivers[0],
		make: func(body protoBody, t *tracer) any {
			return agen.Goroutine(func(y *agen.Yielder[int, int]) error { return body(y, t) })
		},
		from: func(y yielder, g any) error {
			return y.(*agen.Yielder[int, int]).YieldFrom(g.(agen.Generator[int, int]))
		},
		run: func(t *tracer, g any, o op, label string) { doSync(t, g.(agen.Generator[int, int]), o, label) },
	},
	{
		driver: drivers[1],
		make: func(body protoBody, t *tracer) any {
			return agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error { return body(y, t) })
		},
		from: func(y yielder, g any) error {
			return y.(*agen.AsyncYielder[int, int]).YieldFrom(g.(agen.AsyncGenerator[int, int]))
		},
		run: func(t *tracer, g any, o op, label string) { doAsync(t, g.(agen.AsyncGenerator[int, int]), o, label) },
	},
}

// innerBody yields 10 and 20, logging what it gets, deferring "inner defer";
// it catches a throw at 20 and yields 99 for it.
func innerBody(y yielder, t *tracer) error {
	defer t.log("inner defer")
	t.log("inner got %d", y.Yield(10))
	if _, err := y.YieldErr(20); err != nil {
		t.log("inner caught %s", errName(err))
		y.Yield(99)
	}
	t.log("inner return")
	return nil
}

// outer yields 1, delegates to a fresh inner generator made by d, logs
// what YieldFrom returned, and yields 2.
func outer(d delegating, body protoBody) protoBody {
	return func(y yielder, t *tracer) error {
		defer t.log("outer defer")
		y.Yield(1)
		g := d.make(body, t)
		t.log("from=%s", errName(d.from(y, g)))
		y.Yield(2)
		return nil
	}
}

func TestYieldFrom(t *testing.T) {
	cases := []struct {
		name string
		body func(d delegating) protoBody
		ops  []op
		want []string
	}{
		{
			name: "values and sends pass through; YieldFrom returns nil after a clean end",
			body: func(d delegating) protoBody { return outer(d, innerBody) },
			ops:  []op{opNext, opNext, opSend(5), opSend(6), opNext, opNext},
			want: []string{"Next=1", "Next=10", "inner got 5", "Send(5)=20", "inner return", "inner defer", "from=nil", "Send(6)=2",
				"outer defer", "Next=end", "Next=end"},
		},
		{
			name: "a throw the delegate catches: delegation goes on",
			body: func(d delegating) protoBody { return outer(d, innerBody) },
			ops:  []op{opNext, opNext, opNext, opThrow(errE1), opNext, opNext},
			want: []string{"Next=1", "Next=10", "inner got 0", "Next=20", "inner caught e1", "Throw(e1)=99",
				"inner return", "inner defer", "from=nil", "Next=2", "outer defer", "Next=end"},
		},
		{
			name: "a throw the delegate does not catch ends it: YieldFrom returns the error, the body goes on",
			body: func(d delegating) protoBody { return outer(d, innerBody) },
			ops:  []op{opNext, opNext, opThrow(errE1), opNext, opErr},
			want: []string{"Next=1", "Next=10", "inner defer", "from=e1", "Throw(e1)=2", "outer defer", "Next=end", "s:Err=nil"},
		},
		{
			name: "close closes the delegate first, then unwinds the body",
			body: func(d delegating) protoBody { return outer(d, innerBody) },
			ops:  []op{opNext, opNext, opClose, opNext},
			want: []string{"Next=1", "Next=10", "inner defer", "outer defer", "Close=nil", "Next=end"},
		},
		{
			name: "three deep: a throw caught in the middle, the delegation chain goes on",
			body: func(d delegating) protoBody {
				middle := func(y yielder, t *tracer) error {
					g := d.make(innerBody, t)
					err := d.from(y, g)
					t.log("middle from=%s", errName(err))
					if err != nil {
						y.Yield(50)
					}
					return nil
				}
				return outer(d, func(y yielder, t *tracer) error {
					g := d.make(middle, t)
					t.log("top from=%s", errName(d.from(y, g)))
					return nil
				})
			},
			ops: []op{opNext, opNext, opThrow(errE2), opNext, opNext},
			want: []string{"Next=1", "Next=10", "inner defer", "middle from=e2", "Throw(e2)=50",
				"top from=nil", "from=nil", "Next=2", "outer defer", "Next=end"},
		},
		{
			name: "a delegate already started goes on where it is; a finished one yields nothing",
			body: func(d delegating) protoBody {
				return func(y yielder, t *tracer) error {
					g := d.make(innerBody, t)
					d.run(t, g, opNext, "inner ")
					t.log("from=%s", errName(d.from(y, g)))
					t.log("again from=%s", errName(d.from(y, g)))
					return nil
				}
			},
			ops: []op{opNext, opNext, opNext},
			want: []string{"inner Next=10", "inner got 0", "Next=20", "inner return", "inner defer", "from=nil",
				"again from=nil", "Next=end", "Next=end"},
		},
		{
			name: "an error of the delegate's close is what Close returns",
			body: func(d delegating) protoBody {
				yieldsWhileClosing := func(y yielder, t *tracer) error {
					defer func() { y.Yield(77) }()
					y.Yield(10)
					return nil
				}
				return outer(d, yieldsWhileClosing)
			},
			ops:  []op{opNext, opNext, opClose, opNext},
			want: []string{"Next=1", "Next=10", "outer defer", "Close=err(ErrIgnoredClose)", "Next=end"},
		},
	}
	for _, d := range delegatingDrivers {
		for _, c := range cases {
			t.Run(d.name+"/"+c.name, func(t *testing.T) {
				checkTrace(t, func(body protoBody, ops []op) []string {
					tr := &tracer{}
					g := d.make(body, tr)
					for _, o := range ops {
						tr.catch(o.label(), func() { d.run(tr, g, o, "") })
					}
					return tr.trace()
				}, c.body(d), c.ops, forDriver(c.want, d.prefix()))
			})
		}
	}
}

// A cancelled context reaches the awaits of an async delegate: its Await
// returns the context's error to it.
func TestYieldFromCancelReachesDelegate(t *testing.T) {
	gate := agen.NewFuture[int]()
	tr := &tracer{}
	g := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error {
		err := y.YieldFrom(agen.GoroutineAsync(func(y *agen.AsyncYielder[int, int]) error {
			_, err := agen.Await(y, gate)
			tr.log("inner await: %s", errName(err))
			return err
		}))
		tr.log("from=%s", errName(err))
		return nil
	})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := g.Next(ctx)
	tr.log("Next=%s", asyncResult(0, err))
	checkTrace(t, func(protoBody, []op) []string { return tr.trace() }, nil, nil,
		[]string{"inner await: Canceled", "from=Canceled", "Next=end"})
}

// A panic in the body of a loop over All closes the generator, as a break
// does: its deferred call runs before the panic reaches the caller.
func TestAllClosesOnPanic(t *testing.T) {
	for _, d := range delegatingDrivers {
		t.Run(d.name, func(t *testing.T) {
			tr := &tracer{}
			g := d.make(deferredAB, tr)
			tr.catch("All", func() {
				switch g := g.(type) {
				case agen.Generator[int, int]:
					for v := range g.All() {
						tr.log("All=%d", v)
						panic(errPanic)
					}
				case agen.AsyncGenerator[int, int]:
					for v := range g.All(context.Background()) {
						tr.log("All=%d", v)
						panic(errPanic)
					}
				}
			})
			d.run(tr, g, opNext, "")
			checkTrace(t, func(protoBody, []op) []string { return tr.trace() }, nil, nil,
				[]string{"start", "All=1", "defer B", "defer A", "All=panic(boom)", "Next=end"})
		})
	}
}
