// Package gotos holds generators with goto statements that jump forwards
// and backwards between statements that suspend.
package asyncgoto

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// forward skips statements that yield.
//
//agen:generator
func forward(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	s := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	if s > 0 {
		tr.Log("skipping %d", s)
		goto skip
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))
	tr.Log("not skipped")
skip:
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))
	tr.Log("end")
}

// backward loops with a backward goto over yields.
//
//agen:generator
func backward(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	i := 0
top:
	s := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	tr.Log("i %d s %d", i, s)
	i++
	if i < 4 && s >= 0 {
		goto top
	}
	tr.Log("end %d", i)
}

// restart jumps back to a labelled loop that yields: its init statement
// runs again.
//
//agen:generator
func restart(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	rounds := 0
again:
	for i := 0; i < 2; i++ {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](rounds*10+i))))
	}
	rounds++
	if rounds < 3 {
		tr.Log("again %d", rounds)
		goto again
	}
	tr.Log("end")
}

// outOfLoop jumps out of a loop that yields, from a nested block.
//
//agen:generator
func outOfLoop(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	for i := 0; ; i++ {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		for j := range 3 {
			if i == 2 && j == 1 {
				tr.Log("leaving at %d %d", i, j)
				goto out
			}
		}
		tr.Log("loop end %d", i)
	}
out:
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))
	tr.Log("end")
}

// pingPong jumps back and forth between two labelled stretches of yields.
//
//agen:generator
func pingPong(y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace) {
	n := 0
	goto ping
pong:
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("pong"))))
	n++
	if n >= 3 {
		goto end
	}
ping:
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("ping"))))
	tr.Log("n %d", n)
	goto pong
end:
	tr.Log("end %d", n)
}

// withinLoop jumps within a loop body, past a yield.
//
//agen:generator
func withinLoop(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	for i := range 4 {
		if i%2 == 1 {
			goto tail
		}
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		tr.Log("even %d", i)
	tail:
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-i))))
	}
}

// retryInside jumps from inside a loop that yields back to its label,
// restarting it with fresh loop variables that closures capture.
//
//agen:generator
func retryInside(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	tries := 0
	var fs []func() int
retry:
	for i := range 3 {
		fs = append(fs, func() int { return tries*10 + i })
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](tries*10+i))))
		if i == 1 && tries < 2 {
			tries++
			goto retry
		}
	}
	for _, f := range fs {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](f()))))
	}
}

// hotTargets jumps back to labels on an if, a switch and a block that
// suspend: their conditions and tags are evaluated again.
//
//agen:generator
func hotTargets(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	n := 0
cond:
	if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n)))) > 0 {
		tr.Log("positive at %d", n)
	}
	n++
	if n < 3 {
		goto cond
	}
sw:
	switch y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100+n)))) {
	case 1:
		n += 10
		if n < 40 {
			goto sw
		}
	}
blk:
	{
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](200+n))))
		n++
	}
	if n%4 != 0 {
		goto blk
	}
	tr.Log("end %d", n)
}

// gotoEndOfBody jumps to a label at the end of loop bodies, past yields:
// the next iteration still gets its own copy of the loop variable, and the
// map iteration goes on.
//
//agen:generator
func gotoEndOfBody(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i })
		if i%2 == 1 {
			goto skip
		}
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		i += 0
	skip:
	}
	m := map[string]int{"a": 1, "b": 1, "c": 1}
	n := 0
	for _, v := range m {
		n += v
		if n == 2 {
			goto next
		}
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
	next:
	}
	for _, f := range fs {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](f()))))
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("forward",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return forwardGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { forward(y, tr); return nil },
		1, 0),
	difftest.Async("backward",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return backwardGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { backward(y, tr); return nil },
		1, 2, -1),
	difftest.Async("restart",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return restartGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { restart(y, tr); return nil }),
	difftest.Async("outOfLoop",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return outOfLoopGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { outOfLoop(y, tr); return nil }),
	difftest.Async("pingPong",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] { return pingPongGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error { pingPong(y, tr); return nil }),
	difftest.Async("retryInside",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return retryInsideGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { retryInside(y, tr); return nil }),
	difftest.Async("hotTargets",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return hotTargetsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { hotTargets(y, tr); return nil },
		1, 0, 2),
	difftest.Async("gotoEndOfBody",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return gotoEndOfBodyGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { gotoEndOfBody(y, tr); return nil }),
	difftest.Async("withinLoop",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return withinLoopGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { withinLoop(y, tr); return nil }),
}
