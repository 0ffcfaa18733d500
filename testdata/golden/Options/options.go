// Package options holds generators named with the directive's options,
// exported and not, several per file and in two files, and methods of the
// same name on two types.
package options

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// Countdown yields n..1; its generator is exported.
//
//agen:generator func=NewCountdown type=Countdown
func countdown(y *agen.Yielder[int, agen.None], tr *difftest.Trace, n int) {
	for ; n > 0; n-- {
		y.Yield(n)
	}
	tr.Log("liftoff")
}

// letters yields the letters of s; only the constructor is renamed.
//
//agen:generator func=lettersOf
func letters(y *agen.Yielder[string, agen.None], tr *difftest.Trace, s string) {
	for _, r := range s {
		y.Yield(string(r))
	}
}

// Echo is exported itself: its generator is EchoGen/EchoGenerator.
//
//agen:generator
func Echo(y *agen.Yielder[string, string], tr *difftest.Trace) {
	msg := "hello"
	for range 3 {
		msg = y.Yield(msg)
		tr.Log("got %q", msg)
	}
}

// only the type is renamed.
//
//agen:generator type=squaresIter
func squares(y *agen.Yielder[int, agen.None], tr *difftest.Trace, n int) {
	for i := 1; i <= n; i++ {
		y.Yield(i * i)
	}
}

// bfs yields the nodes of a tree breadth-first; its type name starts with
// an acronym: the helper types are bfsIterFrame, not bFSIterFrame.
//
//agen:generator type=BFSIter
func bfs(y *agen.Yielder[int, agen.None], tr *difftest.Trace, children [][]int) {
	queue := []int{0}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		y.Yield(n)
		queue = append(queue, children[n]...)
	}
}

type left struct{ n int }

type right struct{ n int }

// run of left: the two methods named run need distinct type names.
//
//agen:generator type=leftRun
func (l *left) run(y *agen.Yielder[int, agen.None], tr *difftest.Trace) {
	for l.n < 3 {
		l.n++
		y.Yield(-l.n)
	}
}

// run of right.
//
//agen:generator type=rightRun func=runGen
func (r right) run(y *agen.Yielder[int, agen.None], tr *difftest.Trace) {
	for i := range r.n {
		y.Yield(i * 100)
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("countdown",
		func(tr *difftest.Trace) agen.Generator[int, agen.None] {
			var g *Countdown = NewCountdown(tr, 3)
			return g
		},
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { countdown(y, tr, 3); return nil }),
	difftest.Sync("letters",
		func(tr *difftest.Trace) agen.Generator[string, agen.None] {
			var g *lettersGenerator = lettersOf(tr, "héllo")
			return g
		},
		func(tr *difftest.Trace, y *agen.Yielder[string, agen.None]) error {
			letters(y, tr, "héllo")
			return nil
		}),
	difftest.Sync("echo",
		func(tr *difftest.Trace) agen.Generator[string, string] {
			var g *EchoGenerator = EchoGen(tr)
			return g
		},
		func(tr *difftest.Trace, y *agen.Yielder[string, string]) error { Echo(y, tr); return nil },
		"a", "b"),
	difftest.Sync("squares",
		func(tr *difftest.Trace) agen.Generator[int, agen.None] {
			var g *squaresIter = squaresGen(tr, 4)
			return g
		},
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { squares(y, tr, 4); return nil }),
	difftest.Sync("bfs",
		func(tr *difftest.Trace) agen.Generator[int, agen.None] {
			var g *BFSIter = bfsGen(tr, [][]int{{1, 2}, {3}, {}, {}})
			return g
		},
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error {
			bfs(y, tr, [][]int{{1, 2}, {3}, {}, {}})
			return nil
		}),
	difftest.Sync("leftRun",
		func(tr *difftest.Trace) agen.Generator[int, agen.None] {
			var g *leftRun = (&left{}).runGen(tr)
			return g
		},
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { (&left{}).run(y, tr); return nil }),
	difftest.Sync("rightRun",
		func(tr *difftest.Trace) agen.Generator[int, agen.None] {
			var g *rightRun = right{n: 2}.runGen(tr)
			return g
		},
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { right{n: 2}.run(y, tr); return nil }),
	difftest.Sync("second file",
		func(tr *difftest.Trace) agen.Generator[int, agen.None] { return fromOtherFileGen(tr, 2) },
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { fromOtherFile(y, tr, 2); return nil }),
}
