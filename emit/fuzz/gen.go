package fuzz

// This file defines the random generator of bodies. Every choice comes
// from one seeded source, so a seed names a body. The bodies are
// well-typed by construction: each statement declares and uses its own
// names (suffixed by a unique number), reads only the variables of the
// prelude and of the loops around it, and keeps its loops bounded; and
// deterministic: a map is ranged over only when it has a single key or
// when the loop only sums, a select has exactly one ready case (the
// channel ch has capacity 1, and the select either sends to it or
// receives from it), and a future is resolved by another goroutine before
// it is awaited. A method body reads and writes the fields of its
// receiver r, a box (see pkg.go), through a pointer or as a copy.

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

// gen holds the state of the generation of one body.
type gen struct {
	rng     *rand.Rand
	async   bool
	generic bool
	recv    string // the receiver of a method body, "" for a function
	ids     int
	budget  int      // statements left to generate
	vars    []string // int variables in scope besides the prelude's
	loops   []string // the loops around, innermost last: their labels, "" if none
	inDefer bool     // generating the body of a deferred function literal
}

// newBody generates the body of a seed.
func newBody(name string, seed uint64, async bool) *body {
	g := &gen{rng: rand.New(rand.NewPCG(seed, 0x5eed)), async: async}
	g.generic = g.rng.IntN(5) == 0
	g.budget = 4 + g.rng.IntN(14)
	bd := &body{name: name, async: async, generic: g.generic, arg: "7"}
	if g.generic && g.rng.IntN(2) == 0 {
		bd.arg = `"tee"`
	}
	bd.recv = receiver(seed, g.generic)
	g.recv = bd.recv
	for g.budget > 0 {
		bd.stmts = append(bd.stmts, g.stmt(0))
	}
	return bd
}

// receiver returns the receiver of the body of a seed, "" for a function
// (three bodies in four): through a pointer or a value, named r or not
// (then the body does not use it), of a gbox if the body is generic. It
// draws from a source of its own, and the body from its main source only
// for a method, so that the function bodies stay those their seeds named
// before there were methods.
func receiver(seed uint64, generic bool) string {
	rng := rand.New(rand.NewPCG(seed, 0x7ec))
	if rng.IntN(4) != 0 {
		return ""
	}
	typ := "box"
	if generic {
		typ = "gbox[T]"
	}
	forms := []string{"r *%s", "r *%s", "r %s", "r %s", "*%s", "_ %s"}
	return fmt.Sprintf(forms[rng.IntN(len(forms))], typ)
}

// fields reports whether the body uses its receiver r.
func (g *gen) fields() bool { return strings.HasPrefix(g.recv, "r ") }

// ints returns the int variables in scope, the receiver's fields among
// them, for a closure or a pointer to capture.
func (g *gen) ints() []string {
	vs := []string{"a", "b", "c"}
	if g.fields() {
		vs = append(vs, "r.u", "r.v", "r.at.u")
	}
	return append(vs, g.vars...)
}

func (g *gen) id() int { g.ids++; return g.ids }

func (g *gen) n(k int) int { return g.rng.IntN(k) }

func (g *gen) chance(k int) bool { return g.rng.IntN(k) == 0 }

// pick returns one of the options at random.
func pick[T any](g *gen, options ...T) T { return options[g.n(len(options))] }

// canYield reports whether a statement may suspend: not in a deferred
// function of a sync body (nor yield in one of an async body).
func (g *gen) canYield() bool { return !g.inDefer }

// canAwait reports whether an await may be generated here.
func (g *gen) canAwait() bool { return g.async }

// atom returns an int expression without side effects.
func (g *gen) atom() string {
	opts := []string{"a", "b", "c", "*p", "len(xs)", "len(str)", "m[1]", "arr[1]", fmt.Sprint(g.n(5)), fmt.Sprint(g.n(3) - 1)}
	if g.fields() {
		opts = append(opts, "r.u", "r.v", "r.at.u")
	}
	if len(g.vars) > 0 {
		opts = append(opts, g.vars[g.n(len(g.vars))], g.vars[g.n(len(g.vars))])
	}
	return pick(g, opts...)
}

// expr returns an int expression; it may suspend (yield or await) when
// suspend is set, and call functions with side effects.
func (g *gen) expr(depth int, suspend bool) string {
	if depth >= 2 || g.chance(3) {
		return g.atom()
	}
	x := func() string { return g.expr(depth+1, suspend) }
	switch k := g.n(12); {
	case k < 3 && suspend && g.canYield():
		return fmt.Sprintf("y.Yield(%s)", x())
	case k < 4 && suspend && g.canAwait():
		return fmt.Sprintf("difftest.Value(agen.Await(y, difftest.%s(%s)))", pick(g, "Later", "Later", "Ready"), x())
	case k == 4:
		return fmt.Sprintf("(%s + %s)", x(), x())
	case k == 5:
		return fmt.Sprintf("(%s - %s)", x(), x())
	case k == 6:
		return fmt.Sprintf("f(%s)", x())
	case k == 7:
		return fmt.Sprintf("note(tr, %q, %s)", fmt.Sprint("n", g.id()), x())
	case k == 8:
		return fmt.Sprintf("sum(%s, %s, %s)", x(), x(), x())
	case k == 9:
		return fmt.Sprintf("xs[idx(%s, len(xs))]", x())
	case k == 10:
		return fmt.Sprintf("[]int{%s, %s}[idx(%s, 2)]", x(), x(), x())
	case k == 11 && g.fields() && (!g.generic || g.chance(2)):
		return fmt.Sprintf("r.bump(%s)", x())
	case k == 11 && g.generic:
		return fmt.Sprintf("id(%s)", x())
	}
	return fmt.Sprintf("(%s * 2)", x())
}

// cond returns a boolean expression.
func (g *gen) cond(depth int, suspend bool) string {
	switch k := g.n(6); {
	case k == 0 && depth < 1:
		return fmt.Sprintf("%s && %s", g.cond(depth+1, suspend), g.cond(depth+1, suspend))
	case k == 1 && depth < 1:
		return fmt.Sprintf("(%s || %s)", g.cond(depth+1, suspend), g.cond(depth+1, suspend))
	case k == 2:
		return fmt.Sprintf("%s == %s", g.expr(1, suspend), g.atom())
	case k == 3:
		return fmt.Sprintf("%s%%2 == 0", g.expr(1, suspend))
	}
	return fmt.Sprintf("%s < %s", g.expr(1, suspend), g.expr(1, suspend))
}

// stmt returns a random statement at a nesting depth.
func (g *gen) stmt(depth int) *node {
	g.budget--
	compound := depth < 3 && g.budget > 0
	for {
		k := g.n(34)
		if n := g.try(k, depth, compound); n != nil {
			return n
		}
	}
}

// try returns the statement of kind k, or nil if it does not fit here.
func (g *gen) try(k, depth int, compound bool) *node {
	switch {
	case k < 3:
		return g.logStmt()
	case k < 6:
		return g.assign()
	case k < 8 && g.canYield():
		return g.yieldStmt()
	case k == 8 && g.canAwait():
		return g.awaitStmt()
	case k == 9 && compound:
		return g.ifStmt(depth)
	case k == 10 && compound:
		return g.forStmt(depth)
	case k == 11 && compound:
		return g.rangeStmt(depth)
	case k == 12 && compound:
		return g.switchStmt(depth)
	case k == 13 && compound:
		return g.typeSwitch(depth)
	case k == 14 && compound:
		return g.selectStmt(depth)
	case k == 15 && compound && !g.inDefer:
		return g.gotoStmt(depth)
	case k == 16:
		return g.deferStmt(depth)
	case k == 17:
		return g.panicStmt()
	case k == 18 && !g.inDefer:
		return g.returnStmt()
	case k == 19 && len(g.loops) > 0:
		return g.branchStmt()
	case k == 20 && compound:
		return g.closureStmt(depth)
	case k == 21 && compound:
		return g.pointerStmt(depth)
	case k == 22:
		return leaf("%s", "for k, v := range m {\n\ta += k * v\n}")
	case k == 23 && g.generic:
		return leaf("%s", pick(g, `tr.Log("t %v", id(t))`, "iv = t", `if v, ok := iv.(T); ok {
	tr.Log("iv holds a T: %v", v)
}`))
	case k == 24 && g.canYield():
		return g.multiAssign()
	case k == 25 && g.async:
		return g.futureStmt()
	case k == 26 && compound:
		return g.shadowStmt(depth)
	case k == 27 && compound:
		return g.ifInit(depth)
	case k == 28:
		return g.captureStmt()
	case k == 29:
		return leaf("tr.Log(\"fs=%%v ps=%%v\", calls(fs), derefs(ps))")
	case k == 30 && g.canYield():
		return g.delegateStmt()
	case k == 31 && compound && !g.inDefer:
		return g.rangeGeneratorStmt(depth)
	case k >= 32 && compound && !(g.inDefer && g.async):
		// agen rejects such a loop that awaits in a deferred function
		return g.rangeFuncStmt(depth)
	}
	return nil
}

// delegateStmt delegates to inner (innerAsync) with YieldFrom.
func (g *gen) delegateStmt() *node {
	i := g.id()
	from := fmt.Sprintf("innerGen(tr, %d, %d)", 100*i, g.n(4))
	if g.async {
		from = fmt.Sprintf("innerAsyncGen(tr, %d, %d, %v)", 100*i, g.n(4), g.chance(2))
	}
	return leaf("if e%d := y.YieldFrom(%s); e%d != nil {\n\ttr.Log(\"from%d %%v\", e%d)\n}", i, from, i, i, i)
}

// rangeGeneratorStmt ranges over inner's All (in an async body, over
// innerAsync's All(ctx), with ready values: the reference blocks where
// generated code suspends, see difftest.AsyncBlocking).
func (g *gen) rangeGeneratorStmt(depth int) *node {
	i := g.id()
	v := fmt.Sprint("v", i)
	pre := []*node{use("tr.Log(\"g%d %%v\", %s)", i, v)}
	if g.async && g.chance(2) {
		e := fmt.Sprint("e", i)
		pre = []*node{use("tr.Log(\"g%d %%v %%v\", %s, %s)", i, v, e)}
		return g.loop(depth, []string{fmt.Sprintf("for %s, %s := range innerAsyncGen(tr, %d, %d, false).All(y.Context()) {", v, e, 100*i, g.n(4))}, []string{v}, pre)
	}
	return g.loop(depth, []string{fmt.Sprintf("for %s := range innerGen(tr, %d, %d).All() {", v, 100*i, g.n(4))}, []string{v}, pre)
}

// rangeFuncStmt ranges over an iterator function that is not a generator
// (seqOf, seq2Of, ticks; one in four panics after its values) with a body
// that most often suspends: agen lowers such a loop over agen.Pull, and
// the reference runs it natively, so the loop's exits (break, continue,
// return, goto, panics, Close and Throw at its yields) must stop or unwind
// the iterator as Go does. The iteration variables are new, or places of
// the body whose operands may suspend.
func (g *gen) rangeFuncStmt(depth int) *node {
	i := g.id()
	k, v := fmt.Sprint("k", i), fmt.Sprint("v", i)
	args := fmt.Sprintf("tr, %d, %s", 100*i, g.count())
	seq, seq2 := fmt.Sprintf("seqOf(%s, %v)", args, g.chance(4)), fmt.Sprintf("seq2Of(%s, %v)", args, g.chance(4))
	head, vars := "", []string{v}
	pre := []*node{use("tr.Log(\"q%d %%v\", %s)", i, v)}
	switch g.n(7) {
	case 0, 1:
		head = fmt.Sprintf("for %s := range %s {", v, seq)
	case 2:
		head, vars = fmt.Sprintf("for %s, %s := range %s {", k, v, seq2), []string{k, v}
		pre = []*node{use("tr.Log(\"q%d %%v %%v\", %s, %s)", i, k, v)}
	case 3:
		head = fmt.Sprintf("for _, %s := range %s {", v, seq2)
	case 4:
		head, vars, v = fmt.Sprintf("for range ticks(%s) {", args), nil, "0"
		pre = []*node{use("tr.Log(\"q%d tick\")", i)}
	default:
		head, vars, v = g.rangeFuncInto(seq, seq2), nil, "a"
		pre = []*node{g.logStmt()}
		pre[0].fixed = true
	}
	if h := g.hot(v); h != nil && !g.chance(3) {
		pre = append(pre, h)
	}
	n := g.loop(depth, []string{head}, vars, pre)
	if g.inDefer || !g.chance(4) {
		return n
	}
	return g.gotoOut(n)
}

// count returns the number of values of an iterator: a constant, or an
// expression that may suspend before the loop starts.
func (g *gen) count() string {
	if g.chance(4) {
		return fmt.Sprintf("idx(%s, 4)", g.expr(1, true))
	}
	return fmt.Sprint(g.n(4))
}

// rangeFuncInto returns the header of a range loop over seq or seq2 that
// assigns places of the body, whose operands are evaluated, and may
// suspend, at each iteration.
func (g *gen) rangeFuncInto(seq, seq2 string) string {
	place := g.target()
	if strings.Contains(place, "%s") {
		place = fmt.Sprintf(place, g.expr(1, g.chance(2)))
	}
	if g.chance(2) {
		return fmt.Sprintf("for %s = range %s {", place, seq)
	}
	first := pick(g, "a", "c", "arr[0]")
	if first == place {
		first = "b"
	}
	return fmt.Sprintf("for %s, %s = range %s {", first, place, seq2)
}

// hot returns a statement that suspends, with v, so that the loop it
// opens is lowered over agen.Pull; nil where nothing may suspend.
func (g *gen) hot(v string) *node {
	i := g.id()
	switch {
	case g.canYield() && (!g.async || g.chance(2)):
		return leaf("tr.Log(\"h%d %%d\", y.Yield(%s))", i, v)
	case g.canAwait():
		return leaf("tr.Log(\"h%d %%d\", difftest.Value(agen.Await(y, difftest.%s(%s))))", i, pick(g, "Later", "Ready"), v)
	}
	return nil
}

// gotoOut puts loop in a block with a label after it, and a goto to that
// label at some place of the loop's body: a goto out of the loop.
func (g *gen) gotoOut(loop *node) *node {
	l := fmt.Sprint("L", g.id())
	jump := &node{head: []string{fmt.Sprintf("if %s {\n\tgoto %s\n}", g.cond(0, true), l)}, fixed: true}
	loop.kids = slices.Insert(loop.kids, g.n(len(loop.kids)+1), jump)
	tail := append(loop.tail, l+":", fmt.Sprintf("tr.Log(%q)", l), "}")
	return block(append([]string{"{"}, loop.head...), loop.kids, tail...)
}

// body generates the statements of a block, with vars and loops as given.
func (g *gen) block(depth int) []*node {
	var kids []*node
	for i := 1 + g.n(3); i > 0 && g.budget > 0; i-- {
		kids = append(kids, g.stmt(depth))
	}
	return kids
}

// scoped runs f with extra variables and an extra loop in scope.
func (g *gen) scoped(vars []string, loop *string, f func()) {
	nv, nl := len(g.vars), len(g.loops)
	g.vars = append(g.vars, vars...)
	if loop != nil {
		g.loops = append(g.loops, *loop)
	}
	f()
	g.vars, g.loops = g.vars[:nv], g.loops[:nl]
}

func (g *gen) logStmt() *node {
	vars := ""
	if g.fields() {
		vars = " r=%d,%d at=%d,%d"
	}
	for _, v := range g.vars {
		vars += fmt.Sprintf(" %s=%%d", v)
	}
	args := []string{"a", "b", "c", "*p", "xs", "arr"}
	if g.fields() {
		args = append(args, "r.u", "r.v", "r.at.u", "r.at.v")
	}
	args = append(args, g.vars...)
	return leaf(`tr.Log("s%d a=%%d b=%%d c=%%d *p=%%d xs=%%v arr=%%v%s", %s)`, g.id(), vars, strings.Join(args, ", "))
}

// target returns an assignable int place.
func (g *gen) target() string {
	opts := []string{"a", "b", "c", "*p", "xs[idx(%s, len(xs))]", "arr[idx(%s, 3)]", "m[idx(%s, 3)]"}
	if g.fields() {
		opts = append(opts, "r.u", "r.v", "r.at.v")
	}
	return pick(g, opts...)
}

func (g *gen) assign() *node {
	if g.fields() && g.chance(6) {
		return g.recvAssign()
	}
	lhs := g.target()
	if strings.Contains(lhs, "%s") {
		lhs = fmt.Sprintf(lhs, g.expr(1, g.chance(3)))
	}
	switch g.n(6) {
	case 0:
		return leaf("xs = append(xs, %s)", g.expr(0, true))
	case 1:
		return leaf("xs = []int{%s, %s}", g.expr(0, true), g.expr(0, true))
	case 2:
		return leaf("%s += %s", lhs, g.expr(0, true))
	}
	return leaf("%s = %s", lhs, g.expr(0, true))
}

// recvAssign assigns the whole receiver: a new value (through a pointer
// receiver, to the box it points to), or a new box to point to, which
// leaves r.at the box the method was called on.
func (g *gen) recvAssign() *node {
	typ := strings.TrimPrefix(strings.TrimPrefix(g.recv, "r "), "*")
	lit := fmt.Sprintf("%s{u: %s, v: r.u, at: r.at}", typ, g.expr(0, true))
	switch {
	case !strings.HasPrefix(g.recv, "r *"):
		return leaf("r = %s", lit)
	case g.chance(2):
		return leaf("*r = %s", lit)
	}
	return leaf("r = &%s", lit)
}

// multiAssign assigns two places at once, with suspensions on the right.
func (g *gen) multiAssign() *node {
	l1, l2 := pick(g, "a", "b", "*p"), pick(g, "c", "xs[0]", "arr[2]")
	return leaf("%s, %s = %s, %s", l1, l2, g.expr(0, true), g.expr(0, true))
}

func (g *gen) yieldStmt() *node {
	i := g.id()
	switch g.n(4) {
	case 0:
		return leaf("y.Yield(%s)", g.expr(1, false))
	case 1:
		return leaf("%s = y.Yield(%s)", pick(g, "a", "b", "c", "*p"), g.expr(1, true))
	}
	return leaf("s%d, e%d := y.YieldErr(%s)\ntr.Log(\"s%d %%d %%v\", s%d, e%d)", i, i, g.expr(1, true), i, i, i)
}

func (g *gen) awaitStmt() *node {
	i := g.id()
	switch g.n(6) {
	case 0:
		return leaf("v%d, e%d := agen.Await(y, difftest.Fail[int](errors.New(\"f%d\")))\ntr.Log(\"f%d %%d %%v\", v%d, e%d)", i, i, i, i, i, i)
	case 1:
		return leaf("v%d, e%d := agen.Await(y, difftest.Stall[int]())\ntr.Log(\"stall%d %%d %%v %%v\", v%d, e%d, y.Context().Err())", i, i, i, i, i)
	case 2:
		return leaf("a, err = agen.Await(y, difftest.Later(%s))", g.expr(1, true))
	}
	return leaf("v%d, e%d := agen.Await(y, difftest.%s(%s))\ntr.Log(\"w%d %%d %%v\", v%d, e%d)", i, i, pick(g, "Later", "Ready"), g.expr(1, true), i, i, i)
}

// futureStmt awaits a future resolved (or rejected) by another goroutine.
func (g *gen) futureStmt() *node {
	i := g.id()
	settle := fmt.Sprintf("fu%d.Resolve(%d)", i, g.n(9))
	if g.chance(3) {
		settle = fmt.Sprintf("fu%d.Reject(errors.New(\"r%d\"))", i, i)
	}
	return leaf(`fu%d := agen.NewFuture[int]()
done%d := make(chan struct{})
go func() { %s; close(done%d) }()
<-done%d
v%d, e%d := agen.Await(y, fu%d)
tr.Log("fu%d %%d %%v", v%d, e%d)`, i, i, settle, i, i, i, i, i, i, i, i)
}

func (g *gen) ifStmt(depth int) *node {
	kids := g.block(depth + 1)
	if g.chance(2) {
		kids = append(kids, fixed("} else {"))
		kids = append(kids, g.block(depth+1)...)
	}
	return block([]string{fmt.Sprintf("if %s {", g.cond(0, true))}, kids, "}")
}

// fixed returns a line the shrinker keeps (a case label, an else).
func fixed(line string) *node {
	return &node{head: []string{line}, fixed: true}
}

// label returns a new label, or "" for an unlabelled loop.
func (g *gen) label() string {
	if g.chance(3) {
		return fmt.Sprint("L", g.id())
	}
	return ""
}

// loop returns a loop node: its header lines (the loop's own last), pre
// (kept first in its body), its body with vars in scope, and, for a
// labelled loop, a branch to its label that uses it.
func (g *gen) loop(depth int, head []string, vars []string, pre []*node, tail ...string) *node {
	l := g.label()
	kids := pre
	if l != "" {
		head[len(head)-1] = l + ":\n" + head[len(head)-1]
		kids = append(kids, &node{head: []string{fmt.Sprintf("if %s {\n\t%s %s\n}", g.cond(0, false), pick(g, "continue", "break"), l)}, fixed: true})
	}
	g.scoped(vars, &l, func() { kids = append(kids, g.block(depth+1)...) })
	return block(head, kids, append([]string{"}"}, tail...)...)
}

// use returns a line the shrinker keeps.
func use(format string, args ...any) *node {
	n := leaf(format, args...)
	n.fixed = true
	return n
}

func (g *gen) forStmt(depth int) *node {
	i := g.id()
	v := fmt.Sprint("i", i)
	k := 1 + g.n(3)
	switch g.n(4) {
	case 0:
		return g.loop(depth, []string{fmt.Sprintf("for %s := 0; %s < %d; %s++ {", v, v, k, v)}, []string{v}, nil)
	case 3:
		// suspensions in the condition and the post statement
		return g.loop(depth, []string{fmt.Sprintf("for %s := 0; %s < %d && %s >= 0; %s, a = %s+1, %s {", v, v, k, g.expr(1, true), v, v, g.expr(1, true))}, []string{v}, nil)
	case 1:
		return g.loop(depth, []string{fmt.Sprintf("for %s := range %d {", v, k)}, []string{v}, []*node{use("_ = %s", v)})
	}
	return g.loop(depth, []string{"{", fmt.Sprintf("%s := 0", v), fmt.Sprintf("for %s < %d {", v, k)}, []string{v}, []*node{use("%s++", v)}, "}")
}

func (g *gen) rangeStmt(depth int) *node {
	i := g.id()
	k, v := fmt.Sprint("k", i), fmt.Sprint("v", i)
	pre := []*node{use("tr.Log(\"r%d %%v %%v\", %s, %s)", i, k, v)}
	switch g.n(5) {
	case 0:
		return g.loop(depth, []string{fmt.Sprintf("for %s, %s := range %s {", k, v, pick(g, "xs", "xs", fmt.Sprintf("append(xs, %s)", g.expr(1, true))))}, []string{k, v}, pre)
	case 1:
		return g.loop(depth, []string{fmt.Sprintf("for %s, %s := range arr {", k, v)}, []string{k, v}, pre)
	case 2:
		pre = []*node{use("tr.Log(\"r%d %%v %%c\", %s, %s)", i, k, v)}
		return g.loop(depth, []string{fmt.Sprintf("for %s, %s := range str {", k, v)}, []string{k}, pre)
	case 3:
		return g.loop(depth, []string{fmt.Sprintf("for %s, %s := range map[int]int{%s: %s} {", k, v, g.expr(1, true), g.expr(1, true))}, []string{k, v}, pre)
	}
	ch := fmt.Sprint("ch", i)
	pre = []*node{use("tr.Log(\"r%d %%v\", %s)", i, v)}
	head := []string{"{", fmt.Sprintf("%s := make(chan int, 2)", ch), fmt.Sprintf("%s <- %s", ch, g.expr(1, true)), fmt.Sprintf("%s <- %s", ch, g.atom()), fmt.Sprintf("close(%s)", ch), fmt.Sprintf("for %s := range %s {", v, ch)}
	return g.loop(depth, head, []string{v}, pre, "}")
}

func (g *gen) switchStmt(depth int) *node {
	var kids []*node
	head := fmt.Sprintf("switch %s {", g.expr(1, true))
	cases := []string{"case 0:", "case 1, 2:", "case 3:", "default:"}
	if g.chance(2) {
		// calls: never constant, so never duplicate cases
		cases[1] = fmt.Sprintf("case 1, note(tr, \"c%d\", %s):", g.id(), g.expr(1, true))
		cases[2] = fmt.Sprintf("case note(tr, \"c%d\", %s):", g.id(), g.expr(1, true))
	}
	if g.chance(3) {
		head = "switch {"
		// never constant, so never duplicate cases
		cases = []string{"case " + g.cond(0, false) + " && len(xs) > 0:", "case " + g.cond(0, false) + " && len(xs) > 0:", "default:"}
	}
	for ci, c := range cases {
		if ci > 0 && g.chance(3) && c != "default:" {
			continue
		}
		kids = append(kids, fixed(c))
		kids = append(kids, g.block(depth+1)...)
		if ci < len(cases)-1 && g.chance(5) {
			kids = append(kids, fixed("fallthrough"))
		}
	}
	return block([]string{head}, kids, "}")
}

func (g *gen) typeSwitch(depth int) *node {
	i := g.id()
	v := fmt.Sprint("t", i)
	val := pick(g, g.expr(1, true), "str", "xs", "nil", "float64(a)")
	kids := []*node{fixed("case int:"), use("tr.Log(\"int %%d\", %s)", v)}
	kids = append(kids, g.block(depth+1)...)
	kids = append(kids, fixed("case string, []int:"), use("tr.Log(\"string or []int %%v\", %s)", v))
	kids = append(kids, g.block(depth+1)...)
	kids = append(kids, fixed("default:"))
	kids = append(kids, g.block(depth+1)...)
	return block([]string{"iv = " + val, fmt.Sprintf("switch %s := iv.(type) {", v)}, kids, "}")
}

// selectStmt selects on ch, of capacity 1: exactly one case is ready.
func (g *gen) selectStmt(depth int) *node {
	i := g.id()
	kids := []*node{fixed(fmt.Sprintf("case ch <- %s:", g.atom()))}
	kids = append(kids, g.block(depth+1)...)
	kids = append(kids, fixed(fmt.Sprintf("case v%d := <-ch:", i)), use("tr.Log(\"recv %%d\", v%d)", i))
	g.scoped([]string{fmt.Sprint("v", i)}, nil, func() { kids = append(kids, g.block(depth+1)...) })
	return block([]string{"select {"}, kids, "}")
}

// gotoStmt is a loop made with a backward goto, or a forward goto that
// skips a block.
func (g *gen) gotoStmt(depth int) *node {
	i := g.id()
	if g.chance(2) {
		n := fmt.Sprint("n", i)
		var kids []*node
		g.scoped([]string{n}, nil, func() { kids = g.block(depth + 1) })
		return block([]string{"{", fmt.Sprintf("%s := 0", n), fmt.Sprintf("L%d:", i), fmt.Sprintf("if %s < %d {", n, 1+g.n(3)), fmt.Sprintf("\t%s++", n)}, kids, fmt.Sprintf("\tgoto L%d", i), "}", "}")
	}
	return block([]string{"{", fmt.Sprintf("if %s {\n\tgoto L%d\n}", g.cond(0, true), i), "{"}, g.block(depth+1), "}", fmt.Sprintf("L%d:", i), fmt.Sprintf("tr.Log(\"L%d\")", i), "}")
}

// deferStmt defers a call: of a function with its arguments evaluated now,
// or of a literal that may recover, re-panic, change the named result or
// (async) await. In a deferred function (one that awaits, in an async
// body, has a defer stack of its own), only the plain calls.
func (g *gen) deferStmt(depth int) *node {
	i := g.id()
	k := g.n(6)
	if g.inDefer {
		k = g.n(4)
	}
	switch k {
	case 0:
		return leaf("defer tr.Log(\"d%d %%d %%d\", a, %s)", i, g.expr(1, g.chance(3)))
	case 1:
		return leaf(`defer func() {
	if r := recover(); r != nil {
		tr.Log("d%d recovered %%v", r)
		err = fmt.Errorf("recovered %%v", r)
	}
}()`, i)
	case 2:
		return leaf(`defer func() {
	r := recover()
	tr.Log("d%d re-panics %%v", r)
	if r != nil {
		panic(fmt.Sprint("re ", r))
	}
}()`, i)
	case 3:
		return leaf(`defer func() {
	tr.Log("d%d err=%%v", err)
	if err != nil {
		err = fmt.Errorf("wrapped %%w", err)
	}
}()`, i)
	}
	var kids []*node
	saved := g.loops
	g.loops, g.inDefer = nil, true
	kids = g.block(depth + 1)
	g.loops, g.inDefer = saved, false
	kids = append([]*node{use("tr.Log(\"d%d a=%%d v=%%d\", a, v)", i)}, kids...)
	return block([]string{"defer func(v int) {"}, kids, fmt.Sprintf("}(%s)", g.expr(1, false)))
}

func (g *gen) panicStmt() *node {
	i := g.id()
	if g.chance(4) {
		return leaf("if %s {\n\ttr.Log(\"index %%d\", xs[%s-%d])\n}", g.cond(0, true), pick(g, "a", "b", "c", "*p", "len(xs)"), g.n(3))
	}
	return leaf("if %s {\n\tpanic(fmt.Sprint(\"p%d \", a, %s))\n}", g.cond(0, true), i, g.expr(0, true))
}

func (g *gen) returnStmt() *node {
	i := g.id()
	switch g.n(3) {
	case 0:
		return leaf("if %s {\n\treturn nil\n}", g.cond(0, true))
	case 1:
		return leaf("if %s {\n\terr = errors.New(\"set%d\")\n\treturn\n}", g.cond(0, true), i)
	}
	return leaf("if %s {\n\treturn fmt.Errorf(\"r%d %%d %%d\", a, %s)\n}", g.cond(0, true), i, g.expr(0, true))
}

func (g *gen) branchStmt() *node {
	kw := pick(g, "break", "continue")
	var labels []string
	for _, l := range g.loops {
		if l != "" {
			labels = append(labels, l)
		}
	}
	target := ""
	if len(labels) > 0 && g.chance(2) {
		target = " " + labels[g.n(len(labels))]
	}
	return leaf("if %s {\n\t%s%s\n}", g.cond(0, true), kw, target)
}

// closureStmt declares a closure that captures a variable across the
// suspensions of its block, and calls it at the end.
func (g *gen) closureStmt(depth int) *node {
	i := g.id()
	captured := pick(g, g.ints()...)
	head := []string{"{", fmt.Sprintf("g%d := func() int { %s++; return %s + a }", i, captured, captured)}
	if strings.HasPrefix(captured, "i") {
		head[1] = fmt.Sprintf("g%d := func() int { return %s + a }", i, captured) // a loop counter stays put
	}
	return block(head, g.block(depth+1), fmt.Sprintf("tr.Log(\"g%d %%d\", g%d())", i, i), "}")
}

// pointerStmt takes the address of a local and writes through it across
// the suspensions of its block.
func (g *gen) pointerStmt(depth int) *node {
	i := g.id()
	q := fmt.Sprint("q", i)
	targets := []string{"&a", "&c", "&xs[0]", "&arr[1]"}
	if g.fields() {
		targets = append(targets, "&r.v", "&r.at.u")
	}
	target := pick(g, targets...)
	kids := []*node{leaf("*%s += %s", q, g.expr(1, true))}
	kids = append(kids, g.block(depth+1)...)
	return block([]string{"{", fmt.Sprintf("%s := %s", q, target)}, kids, fmt.Sprintf("tr.Log(\"%s %%d\", *%s)", q, q), "}")
}

// shadowStmt redeclares a prelude variable in a block, across its
// suspensions; the closure f still changes the outer a.
func (g *gen) shadowStmt(depth int) *node {
	v := pick(g, "a", "b", "c")
	return block([]string{"{", fmt.Sprintf("%s := %s + 10", v, g.expr(1, true)), fmt.Sprintf("_ = %s", v)}, g.block(depth+1), fmt.Sprintf("tr.Log(\"shadow %s=%%d\", %s)", v, v), "}")
}

// ifInit is an if with an init statement and an else if chain, and a
// switch with an init statement.
func (g *gen) ifInit(depth int) *node {
	i := g.id()
	v := fmt.Sprint("w", i)
	var kids []*node
	g.scoped([]string{v}, nil, func() {
		if g.chance(2) {
			kids = append(kids, g.block(depth+1)...)
			kids = append(kids, fixed(fmt.Sprintf("} else if %s%%2 == 0 {", v)))
			kids = append(kids, g.block(depth+1)...)
			kids = append(kids, fixed("} else {"))
			kids = append(kids, g.block(depth+1)...)
			return
		}
		kids = append(kids, fixed(fmt.Sprintf("case %s > 2:", v)))
		kids = append(kids, g.block(depth+1)...)
		kids = append(kids, fixed("default:"))
		kids = append(kids, g.block(depth+1)...)
	})
	if kids[0].fixed && strings.HasPrefix(kids[0].head[0], "case") {
		return block([]string{fmt.Sprintf("switch %s := %s; {", v, g.expr(1, true))}, kids, "}")
	}
	return block([]string{fmt.Sprintf("if %s := %s; %s < 2 {", v, g.expr(1, true), v)}, kids, "}")
}

// captureStmt keeps a closure over, or a pointer to, a variable in scope
// (a loop's own, in a loop) for the end of the body, or the method value
// r.get, which copies the receiver now.
func (g *gen) captureStmt() *node {
	if g.fields() && g.chance(4) {
		return leaf("fs = append(fs, r.get)")
	}
	v := pick(g, g.ints()...)
	if g.chance(2) {
		return leaf("fs = append(fs, func() int { return %s*10 + a })", v)
	}
	return leaf("ps = append(ps, &%s)", v)
}
