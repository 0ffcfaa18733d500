package fuzz

// This file defines the statement tree of a random body and its rendering
// to Go source.

import (
	"fmt"
	"strings"
)

// A node is a statement of a body: lines of Go before its children, the
// children (statements of a block it opens, each removable by the
// shrinker), and lines after them. A node is self-contained: it declares
// and uses its own names, so that dropping it keeps the body well-typed.
type node struct {
	head  []string
	kids  []*node
	tail  []string
	fixed bool // the shrinker keeps it: a case label, an else, a use
}

// leaf returns a node of a single line.
func leaf(format string, args ...any) *node {
	return &node{head: []string{fmt.Sprintf(format, args...)}}
}

// block returns a node that opens with head, holds kids and closes with tail.
func block(head []string, kids []*node, tail ...string) *node {
	return &node{head: head, kids: kids, tail: tail}
}

// render writes the node at an indentation depth.
func (n *node) render(b *strings.Builder, depth int) {
	for _, l := range n.head {
		writeLines(b, l, depth)
	}
	for _, k := range n.kids {
		k.render(b, depth+1)
	}
	for _, l := range n.tail {
		writeLines(b, l, depth)
	}
}

// writeLines writes one or more lines (separated by \n) indented by depth.
func writeLines(b *strings.Builder, s string, depth int) {
	for _, l := range strings.Split(s, "\n") {
		b.WriteString(strings.Repeat("\t", depth))
		b.WriteString(l)
		b.WriteByte('\n')
	}
}

// size counts the nodes of a tree.
func (n *node) size() int {
	s := 1
	for _, k := range n.kids {
		s += k.size()
	}
	return s
}

// clone returns a deep copy of the tree.
func (n *node) clone() *node {
	c := &node{head: n.head, tail: n.tail, fixed: n.fixed}
	for _, k := range n.kids {
		c.kids = append(c.kids, k.clone())
	}
	return c
}

// A body is one random generator body: its function and the Suite case
// that runs it both ways.
type body struct {
	name    string
	async   bool
	generic bool   // the body has a type parameter T, instantiated by arg
	arg     string // the value of the parameter t when generic
	recv    string // the receiver of a method body ("r *box", "_ gbox[T]"), "" for a function
	stmts   []*node
}

// named reports whether the body is a method whose receiver r it uses.
func (bd *body) named() bool { return strings.HasPrefix(bd.recv, "r ") }

// decl returns the start of the body's declaration, up to its name.
func (bd *body) decl() string {
	if bd.recv != "" {
		return fmt.Sprintf("func (%s) %s", bd.recv, bd.name)
	}
	return "func " + bd.name
}

// yielder returns the type of the body's yielder parameter.
func (bd *body) yielder() string {
	if bd.async {
		return "*agen.AsyncYielder[int, int]"
	}
	return "*agen.Yielder[int, int]"
}

// source renders the body's function.
func (bd *body) source() string {
	var b strings.Builder
	tparams, tparam := "", ""
	if bd.generic {
		tparams, tparam = "[T any]", ", t T"
	}
	if bd.recv != "" {
		tparams = "" // the receiver's type declares T
	}
	fmt.Fprintf(&b, "//agen:generator\n%s%s(y %s, tr *difftest.Trace%s) (err error) {\n", bd.decl(), tparams, bd.yielder(), tparam)
	for _, l := range prelude(bd.generic) {
		writeLines(&b, l, 1)
	}
	for _, s := range bd.stmts {
		s.render(&b, 1)
	}
	end := `tr.Log("end a=%d b=%d c=%d xs=%v fs=%v ps=%v", a, b, c, xs, calls(fs), derefs(ps))`
	if bd.named() {
		end = `tr.Log("end a=%d b=%d c=%d xs=%v fs=%v ps=%v r=%d,%d at=%d,%d", a, b, c, xs, calls(fs), derefs(ps), r.u, r.v, r.at.u, r.at.v)`
	}
	writeLines(&b, end, 1)
	writeLines(&b, "return nil", 1)
	b.WriteString("}\n")
	return b.String()
}

// prelude declares the variables every body shares, and uses them.
func prelude(generic bool) []string {
	lines := []string{
		"a, b, c := 1, 2, 3",
		"xs := []int{1, 2, 3}",
		"arr := [3]int{4, 5, 6}",
		`str := "aé"`,
		"m := map[int]int{1: 10, 2: 20}",
		"p := &b",
		"ch := make(chan int, 1)",
		"f := func(d int) int { a += d; return a }",
		"var iv any = c",
		"var fs []func() int",
		"var ps []*int",
		"_, _, _, _, _, _, _, _, _, _, _ = xs, arr, str, m, p, ch, f, iv, err, fs, ps",
	}
	if generic {
		lines = append(lines, `tr.Log("t=%v", t)`)
	}
	return lines
}

// suiteCase renders the body's case of the Suite.
func (bd *body) suiteCase() string {
	kind, gen := "Sync", "agen.Generator[int, int]"
	if bd.async {
		kind, gen = "Async", "agen.AsyncGenerator[int, int]"
	}
	args := ""
	if bd.generic {
		args = ", " + bd.arg
	}
	return fmt.Sprintf("\tdifftest.%s(%q,\n\t\tfunc(tr *difftest.Trace) %s { return %s%sGen(tr%s) },\n\t\tfunc(tr *difftest.Trace, y %s) error { return %s%s(y, tr%s) },\n\t\t1, 2, 3),\n",
		kind, bd.name, gen, bd.receiver(), bd.name, args, bd.yielder(), bd.receiver(), bd.name, args)
}

// receiver returns the expression a method body is called on, with its
// dot: a new box of each run (a gbox instantiated at the type of arg for a
// generic body), "" for a function.
func (bd *body) receiver() string {
	switch {
	case bd.recv == "":
		return ""
	case !bd.generic:
		return "newBox()."
	case bd.arg == "7":
		return "newGbox[int]()."
	}
	return "newGbox[string]()."
}

// size counts the statements of the body.
func (bd *body) size() int {
	s := 0
	for _, n := range bd.stmts {
		s += n.size()
	}
	return s
}
