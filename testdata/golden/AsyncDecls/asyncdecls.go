// Package decls holds bodies with declarations around suspension points:
// var declarations in loops (zeroed each iteration), constants and types
// declared in the body, variables of composite types living across
// yields, and Y and S types other than int.
package asyncdecls

import (
	"fmt"
	"sort"
	"strings"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// zeroed declares variables without values inside a loop: each
// iteration starts from zero values.
//
//agen:generator
func zeroed(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	for i := range 3 {
		var n int
		var s string
		var xs []int
		var m map[string]int
		var p *int
		var arr [2]int
		tr.Log("start %d: n=%d s=%q xs=%v nil=%v m=%v p=%v arr=%v", i, n, s, xs, xs == nil, m == nil, p == nil, arr)
		n = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("n"))))
		s = fmt.Sprint(n)
		xs = append(xs, n)
		m = map[string]int{"k": n}
		p = &n
		arr[i%2] = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("arr"))))
		tr.Log("end %d: n=%d s=%q xs=%v m=%v *p=%d arr=%v", i, n, s, xs, m, *p, arr)
	}
	var (
		a, b int
		c    = "c"
	)
	a = y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](c))))
	tr.Log("a=%d b=%d", a, b)
}

// consts declares constants and types in the body, used on both sides of
// yields (the variables of local types do not live across one).
//
//agen:generator
func consts(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	const limit = 3
	const (
		prefix = "item"
		big    = 1 << 40
	)
	type kind int
	const (
		small kind = iota
		large
	)
	for i := range limit {
		v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprintf("%s%d", prefix, i)))))
		if v >= 0 {
			k := small
			if v > limit {
				k = large
			}
			tr.Log("v=%d kind=%d big=%v", v, k, big > v)
		}
	}
	{
		const prefix = "inner"
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](prefix))))
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](prefix))))
}

type point struct {
	X, Y int
}

type grid struct {
	cells [3][3]int
	names map[point]string
	path  []point
}

// composites keeps struct, array and map variables across yields, with
// copies that must stay independent.
//
//agen:generator
func composites(y *agen.AsyncYielder[string, point], tr *difftest.Trace) {
	var g grid
	g.names = map[point]string{}
	arr := [3]point{}
	for i := range 3 {
		p := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("step ", i)))))
		p.X, p.Y = (p.X%3+3)%3, (p.Y%3+3)%3
		g.cells[p.X][p.Y]++
		g.names[p] = fmt.Sprint(i)
		g.path = append(g.path, p)
		arr[i] = p
	}
	saved := g
	savedArr := arr
	g.cells[0][0] = 99
	arr[0].X = 99
	g.path[0].X = 7 // the slice is shared by the copy
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("copied"))))
	tr.Log("cells=%v saved=%v", g.cells, saved.cells)
	tr.Log("arr=%v savedArr=%v path=%v saved.path=%v", arr, savedArr, g.path, saved.path)
	keys := make([]string, 0, len(g.names))
	for p, n := range g.names {
		keys = append(keys, fmt.Sprintf("%v=%s", p, n))
	}
	sort.Strings(keys)
	tr.Log("names=%s", strings.Join(keys, ","))
}

type node struct {
	val  int
	next *node
}

func (n *node) String() string {
	if n == nil {
		return "nil"
	}
	return fmt.Sprintf("%d->%v", n.val, n.next)
}

// pointerY yields pointers, whose targets the consumer could see change.
//
//agen:generator
func pointerY(y *agen.AsyncYielder[*node, string], tr *difftest.Trace) {
	var head *node
	for i := range 3 {
		head = &node{val: i, next: head}
		s := y.Yield(difftest.Value(agen.Await(y, difftest.Later[*node](head))))
		head.val += len(s)
	}
	for n := head; n != nil; n = n.next {
		tr.Log("val=%d", n.val)
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[*node](nil))))
}

// sliceY yields slices that share an array the body goes on changing.
//
//agen:generator
func sliceY(y *agen.AsyncYielder[[]int, []string], tr *difftest.Trace) {
	buf := make([]int, 0, 8)
	for i := range 4 {
		buf = append(buf, i)
		words := y.Yield(difftest.Value(agen.Await(y, difftest.Later[[]int](buf[:len(buf):len(buf)]))))
		tr.Log("words=%q", words)
		if len(words) > 0 {
			buf[0] += len(words)
		}
	}
	tr.Log("buf=%v", buf)
}

type request struct {
	Op  string
	Arg int
}

type reply struct {
	OK    bool
	Value int
	Note  string
}

// structYS yields and receives structs.
//
//agen:generator
func structYS(y *agen.AsyncYielder[reply, request], tr *difftest.Trace) error {
	total := 0
	r := reply{OK: true, Note: "ready"}
	for {
		req := y.Yield(difftest.Value(agen.Await(y, difftest.Later[reply](r))))
		switch req.Op {
		case "add":
			total += req.Arg
			r = reply{OK: true, Value: total}
		case "stop":
			return nil
		case "":
			r = reply{Note: "empty"}
		default:
			return fmt.Errorf("bad op %q", req.Op)
		}
		tr.Log("total=%d", total)
	}
}

// localTypes keeps variables of types declared in the body across
// yields, closures over them, and a local type shadowing a package one.
//
//agen:generator
func localTypes(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	type kind int
	const (
		small kind = iota
		large
	)
	type hooks struct {
		before, after func()
	}
	type point struct {
		Name string
		K    kind
	}
	total := 0
	h := hooks{
		before: func() { tr.Log("before total=%d", total) },
		after:  func() { tr.Log("after total=%d", total) },
	}
	var pts []point
	for i := range 3 {
		h.before()
		v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](fmt.Sprint("item", i)))))
		k := small
		if v > 3 {
			k = large
		}
		total += v
		pts = append(pts, point{fmt.Sprint(i), k})
		h.after()
	}
	tr.Log("pts=%v", pts)
	{
		type kind string
		var k kind = "inner"
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](string(k)))))
		tr.Log("k=%s", k)
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("zeroed",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return zeroedGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { zeroed(y, tr); return nil },
		4, 9),
	difftest.Async("consts",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return constsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { consts(y, tr); return nil },
		2, 5),
	difftest.Async("composites",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, point] { return compositesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, point]) error { composites(y, tr); return nil },
		point{1, 2}, point{-1, 4}),
	difftest.Async("pointerY",
		func(tr *difftest.Trace) agen.AsyncGenerator[*node, string] { return pointerYGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[*node, string]) error { pointerY(y, tr); return nil },
		"ab", "c"),
	difftest.Async("sliceY",
		func(tr *difftest.Trace) agen.AsyncGenerator[[]int, []string] { return sliceYGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[[]int, []string]) error { sliceY(y, tr); return nil },
		[]string{"x"}, nil, []string{"a", "b"}),
	difftest.Async("structYS",
		func(tr *difftest.Trace) agen.AsyncGenerator[reply, request] { return structYSGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[reply, request]) error { return structYS(y, tr) },
		request{"add", 2}, request{}, request{"add", 5}, request{"stop", 0}),
	difftest.Async("localTypes",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return localTypesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { localTypes(y, tr); return nil },
		2, 5),
}
