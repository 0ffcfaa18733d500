package transform

// This file tests the liveness pass on small hand-made statement lists.

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// machine builds a Machine of the given statements, with one suspension
// point resuming at label "r".
func machine(vars []*Var, body ...*Stmt) *Machine {
	p := &Point{State: 1, Label: "r"}
	for _, s := range body {
		if s.Kind == Suspend {
			s.Point = p
		}
	}
	return &Machine{Vars: vars, Points: []*Point{p}, Body: body}
}

func def(v *Var) *Stmt      { return &Stmt{Kind: Code, Text: Def(v), Defs: []*Var{v}} }
func use(v *Var) *Stmt      { return &Stmt{Kind: Code, Text: Ref(v, RefValue)} }
func label(l string) *Stmt  { return &Stmt{Kind: Label, Label: l} }
func jump(l string) *Stmt   { return &Stmt{Kind: Goto, Label: l} }
func suspend() *Stmt        { return &Stmt{Kind: Suspend} }
func end() *Stmt            { return &Stmt{Kind: Return} }
func ifGoto(l string) *Stmt { return &Stmt{Kind: IfGoto, Label: l} }

func TestLiveness(t *testing.T) {
	tests := []struct {
		name  string
		frame bool
		body  func(x *Var) []*Stmt
	}{
		{"used after the suspension", true, func(x *Var) []*Stmt {
			return []*Stmt{def(x), suspend(), label("r"), use(x), end()}
		}},
		{"used only before", false, func(x *Var) []*Stmt {
			return []*Stmt{def(x), use(x), suspend(), label("r"), end()}
		}},
		{"redefined after", false, func(x *Var) []*Stmt {
			return []*Stmt{def(x), suspend(), label("r"), def(x), use(x), end()}
		}},
		{"read and written after", true, func(x *Var) []*Stmt {
			incr := &Stmt{Kind: Code, Text: Join(Def(x), Src(" = "), Ref(x, RefValue), Src(" + 1")), Defs: []*Var{x}}
			return []*Stmt{def(x), suspend(), label("r"), incr, end()}
		}},
		{"used on one branch only", true, func(x *Var) []*Stmt {
			return []*Stmt{def(x), suspend(), label("r"), ifGoto("skip"), use(x), label("skip"), end()}
		}},
		{"used after a loop back", true, func(x *Var) []*Stmt {
			return []*Stmt{def(x), label("head"), use(x), suspend(), label("r"), jump("head")}
		}},
		{"defined at the loop head", false, func(x *Var) []*Stmt {
			return []*Stmt{label("head"), def(x), use(x), suspend(), label("r"), jump("head")}
		}},
		{"used through a jump of kept code", true, func(x *Var) []*Stmt {
			jumps := &Stmt{Kind: Code, Text: Src("goto there"), Targets: []string{"there"}, Jumps: true}
			return []*Stmt{def(x), suspend(), label("r"), jumps, end(), label("there"), use(x), end()}
		}},
		{"read by the end of the body", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := &Var{Name: "x"}
			var m *Machine
			if tt.body == nil {
				m = machine([]*Var{x}, def(x), suspend(), label("r"), end())
				m.Result = x
			} else {
				m = machine([]*Var{x}, tt.body(x)...)
			}
			liveness(m)
			assert.Equal(t, tt.frame, x.Frame)
		})
	}
}
