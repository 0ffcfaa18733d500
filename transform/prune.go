package transform

// This file defines the pass that drops the labels nothing jumps to (Go
// rejects them), the jumps nothing reaches (go vet reports them), and the
// jumps to the very next statement.
//
// Expects: a lowered Machine. Guarantees: every label of the body is a
// target, or a label of the user's that lowering kept; no Goto, and no end reached by
// falling through, follows a statement that always jumps.

// prune tidies the body of m, until nothing changes.
func prune(m *Machine) {
	for {
		n := len(m.Body)
		dropUnusedLabels(m)
		dropDeadJumps(m)
		if len(m.Body) == n {
			return
		}
	}
}

// dropDeadJumps drops the jumps that follow a statement that always jumps,
// and those to the next statement.
func dropDeadJumps(m *Machine) {
	body := m.Body[:0]
	unreachable := false // the previous statement always jumps
	for i, s := range m.Body {
		if s.Kind == Goto && (unreachable || nextLabelIs(m.Body[i+1:], s.Label)) {
			continue
		}
		if s.Kind == Return && unreachable {
			continue // the body cannot end by falling off its end
		}
		body = append(body, s)
		switch s.Kind {
		case Goto:
			unreachable = true
		case Code:
			unreachable = s.Jumps
		default:
			unreachable = false
		}
	}
	m.Body = body
}

// dropUnusedLabels drops the labels nothing jumps to.
func dropUnusedLabels(m *Machine) {
	used := map[string]bool{}
	for _, s := range m.Body {
		switch s.Kind {
		case Goto, IfGoto:
			used[s.Label] = true
		case Code:
			for _, t := range s.Targets {
				used[t] = true
			}
		}
	}
	for _, p := range m.Points {
		used[p.Label] = true
	}
	body := m.Body[:0]
	for _, s := range m.Body {
		if s.Kind == Label && !s.User && !used[s.Label] {
			continue
		}
		body = append(body, s)
	}
	m.Body = body
}

// nextLabelIs reports whether label comes before any other statement.
func nextLabelIs(rest []*Stmt, label string) bool {
	for _, s := range rest {
		if s.Kind != Label {
			return false
		}
		if s.Label == label {
			return true
		}
	}
	return false
}
