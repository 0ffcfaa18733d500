package transform

// This file defines the liveness pass: a variable that is live where a
// suspension point resumes must survive the suspension, so it lives in the
// frame; every other variable is a local of the resume method.
//
// Expects: a lowered Machine. Guarantees: Var.Frame is set for the
// parameters, the result, and every variable live at a resume label;
// Stmt.Defs are assignments that kill (they do not read the variable).

// liveness sets Var.Frame.
func liveness(m *Machine) {
	index := map[*Var]int{}
	for i, v := range m.Vars {
		index[v] = i
	}
	labelAt := map[string]int{}
	for i, s := range m.Body {
		if s.Kind == Label {
			labelAt[s.Label] = i
		}
	}
	n := len(m.Body)
	words := (len(m.Vars) + 63) / 64
	live := make([][]uint64, n+1)
	uses := make([][]uint64, n)
	defs := make([][]uint64, n)
	for i, s := range m.Body {
		live[i] = make([]uint64, words)
		uses[i] = make([]uint64, words)
		defs[i] = make([]uint64, words)
		for _, p := range s.Text {
			if p.Var != nil && !p.Def {
				set(uses[i], index[p.Var])
			}
		}
		if s.Kind == Return && m.Result != nil {
			set(uses[i], index[m.Result])
		}
		for _, v := range s.Defs {
			set(defs[i], index[v])
		}
	}
	live[n] = make([]uint64, words)
	succs := func(i int) []int {
		s := m.Body[i]
		next := []int{i + 1}
		switch s.Kind {
		case Goto:
			return []int{labelAt[s.Label]}
		case IfGoto:
			return append(next, labelAt[s.Label])
		case Suspend:
			return []int{labelAt[s.Point.Label]}
		case Return:
			return nil
		case Code:
			for _, t := range s.Targets {
				if at, ok := labelAt[t]; ok {
					next = append(next, at)
				}
			}
		}
		return next
	}
	out := make([]uint64, words)
	for changed := true; changed; {
		changed = false
		for i := n - 1; i >= 0; i-- {
			clear(out)
			for _, j := range succs(i) {
				for w := range out {
					out[w] |= live[j][w]
				}
			}
			for w := range out {
				in := uses[i][w] | out[w]&^defs[i][w]
				if in != live[i][w] {
					live[i][w] = in
					changed = true
				}
			}
		}
	}
	for _, p := range m.Points {
		at := live[labelAt[p.Label]]
		for i, v := range m.Vars {
			if at[i/64]&(1<<(i%64)) != 0 {
				v.Frame = true
			}
		}
	}
}

func set(bits []uint64, i int) { bits[i/64] |= 1 << (i % 64) }
