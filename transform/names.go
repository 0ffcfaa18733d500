package transform

// This file defines the naming pass: it gives every Var and Const a name
// that is unique in the state machine and that no identifier of the body
// shadows, since the variables and constants of resume and the cells bound
// in closures sit in the same scopes as the body's own code.
//
// Expects: the body's Vars, with Frame set, and its Consts. Guarantees:
// Var.Name and Const.Name are unique among them, distinct from the frame's
// own members, from every identifier the body uses for something else,
// from the names of the types hoisted out of the body, and from the names
// generated code uses.

import (
	"go/ast"
	"go/types"
)

// frameMembers are the fields and methods of every frame.
var frameMembers = []string{
	"agenState", "agenErr", "agenLife", "agenDefers", "agenCore",
	"resume", "close", "agenExit", "agenRunDefers", "agenFinish", "agenWake", "agenThrow", "Close", "AClose",
	"Core", "Resume", "AgenRunDefers", "agenRun", "agenNext", "agenClosing", "agenCloseDelegate", "agenRanges", "push",
}

// scaffoldNames are the identifiers generated code uses inside resume.
var scaffoldNames = []string{
	"new", "len", "append", "make", "panic", "string", "nil", "true", "false",
	"utf8", "agen", "iter", "io", "context", "runtime", "maps", "slices", "key", "value",
}

// nameVars names the Vars and Consts of m: the parameters first, then the
// constants (which keep their names when they can, as written), then the
// other variables.
func nameVars(info *types.Info, m *Machine, taken map[string]bool) {
	moved := map[types.Object]bool{}
	for _, v := range m.Vars {
		if v.Obj != nil {
			moved[v.Obj] = true
		}
	}
	for _, c := range m.Consts {
		moved[c.Obj] = true
	}
	ast.Inspect(m.Gen.Decl, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		obj := info.Uses[id]
		if obj == nil {
			obj = info.Defs[id]
		}
		if obj == nil || !moved[obj] {
			taken[id.Name] = true
		}
		return true
	})
	for _, name := range append(frameMembers, scaffoldNames...) {
		taken[name] = true
	}
	for name := range outerNames(m.Gen) {
		taken[name] = true // generated code names these bare: a local must not hide them
	}
	for _, lt := range m.Types {
		taken[lt.Name] = true // resume names the hoisted types bare too
	}
	for _, name := range []string{m.Recv, m.Push, m.Handle, m.Sent, m.Thrown, m.At, m.Ctx, m.Waker, m.Ready, m.EndErr, m.Gen.Type, m.Gen.FrameType, m.Gen.DeferType} {
		taken[name] = true
	}
	names := newNamer(taken)
	for _, v := range m.Vars {
		if v.Param {
			v.Name = names.fresh(v.Name)
		}
	}
	for _, c := range m.Consts {
		c.Name = names.fresh(c.Name)
	}
	for _, v := range m.Vars {
		if !v.Param {
			v.Name = names.fresh(v.Name)
		}
	}
}
