package transform

// This file defines the liveness pass: a variable that is live where a
// suspension point resumes must survive the suspension, so it lives in the
// frame; every other variable is a local of the resume method.
//
// Expects: a lowered Machine whose statements name every variable they
// use in their Text (and an Await's Ctx), and list in Defs the variables they assign on every
// path through them (a variable both assigned and read is read: its reads
// are pieces without the Def flag). Guarantees: Var.Frame is set for the
// parameters, the result, and every variable live at a resume label.

import "slices"

// liveness sets Var.Frame, Point.Live and Machine.StartLive.
func liveness(m *Machine) {
	g := newFlowGraph(m)
	live := g.solve()
	varsIn := func(at bits) []*Var {
		var vars []*Var
		for i, v := range m.Vars {
			if at.has(i) {
				vars = append(vars, v)
			}
		}
		return vars
	}
	for _, p := range m.Points {
		p.Live = varsIn(live[g.labelAt[p.Label]])
		for _, v := range p.Live {
			v.Frame = true
		}
	}
	m.StartLive = varsIn(live[0])
}

// bits is a set of variables, by index.
type bits []uint64

func newBits(n int) bits      { return make(bits, (n+63)/64) }
func (b bits) set(i int)      { b[i/64] |= 1 << (i % 64) }
func (b bits) has(i int) bool { return b[i/64]&(1<<(i%64)) != 0 }

// flowGraph is the control flow of the statement list, with what each
// statement uses and defines.
type flowGraph struct {
	body    []*Stmt
	labelAt map[string]int
	uses    []bits
	defs    []bits
	words   int
}

func newFlowGraph(m *Machine) *flowGraph {
	index := map[*Var]int{}
	for i, v := range m.Vars {
		index[v] = i
	}
	g := &flowGraph{body: m.Body, labelAt: map[string]int{}, words: (len(m.Vars) + 63) / 64}
	for i, s := range m.Body {
		if s.Kind == Label {
			g.labelAt[s.Label] = i
		}
		use, def := newBits(len(m.Vars)), newBits(len(m.Vars))
		for _, p := range slices.Concat(s.Text, s.Ctx) {
			if i, ok := index[p.Var]; ok && !p.Def && p.Ref != RefKey {
				use.set(i)
			}
		}
		if s.Kind == Return && m.Result != nil {
			use.set(index[m.Result])
		}
		for _, v := range s.Defs {
			def.set(index[v])
		}
		for _, p := range s.Results {
			if p.Var != nil && !p.Def {
				use.set(index[p.Var])
			}
		}
		g.uses = append(g.uses, use)
		g.defs = append(g.defs, def)
	}
	return g
}

// successors returns the statements that may run after statement i.
func (g *flowGraph) successors(i int) []int {
	s := g.body[i]
	switch s.Kind {
	case Goto:
		return []int{g.labelAt[s.Label]}
	case IfGoto:
		return []int{i + 1, g.labelAt[s.Label]}
	case Suspend:
		return []int{g.labelAt[s.Point.Label]}
	case Await:
		return []int{i + 1, g.labelAt[s.Point.Label]}
	case Return, Unwind:
		return nil
	}
	var next []int
	if !s.Jumps {
		next = append(next, i+1)
	}
	for _, t := range s.Targets {
		if at, ok := g.labelAt[t]; ok {
			next = append(next, at)
		}
	}
	return next
}

// solve computes the variables live into each statement, backwards, to a
// fixed point: in = uses ∪ (out − defs).
func (g *flowGraph) solve() []bits {
	n := len(g.body)
	live := make([]bits, n+1)
	for i := range live {
		live[i] = make(bits, g.words)
	}
	out := make(bits, g.words)
	for changed := true; changed; {
		changed = false
		for i := n - 1; i >= 0; i-- {
			clear(out)
			for _, j := range g.successors(i) {
				for w := range out {
					out[w] |= live[j][w]
				}
			}
			for w := range out {
				in := g.uses[i][w] | out[w]&^g.defs[i][w]
				if in != live[i][w] {
					live[i][w] = in
					changed = true
				}
			}
		}
	}
	return live
}
