package emit

// This file defines the rendering of transform.Text, the user's code with
// its references to variables, package members and types.

import (
	"github.com/dave/jennifer/jen"

	"github.com/agen-go/agen/transform"
)

// text renders t.
func (r *renderer) text(t transform.Text) *jen.Statement {
	s := &jen.Statement{}
	for _, p := range t {
		switch {
		case p.Var != nil:
			*s = append(*s, jen.Id(r.ref(p.Var, p.Ref)))
		case p.Const != nil:
			*s = append(*s, jen.Id(p.Const.Name))
		case p.Type != nil:
			*s = append(*s, r.typeCode(p.Type))
		case p.Pkg != "":
			*s = append(*s, jen.Qual(p.Pkg, p.Name))
		case p.Src == "":
			// An effect mark, or nothing.
		default:
			*s = append(*s, jen.Id(p.Src))
		}
	}
	return s
}

// ref renders a reference to v.
func (r *renderer) ref(v *transform.Var, kind transform.RefKind) string {
	switch kind {
	case transform.RefName, transform.RefKey:
		return v.Name
	case transform.RefBound:
		return "(*" + v.Name + ")"
	}
	name := v.Name
	if v.Frame {
		name = r.m.Recv + "." + v.Name
	}
	if v.Cell && kind == transform.RefValue {
		return "(*" + name + ")"
	}
	return name
}

// bound returns the cells a text reads through bindings, in order.
func bound(t transform.Text) []*transform.Var {
	var vars []*transform.Var
	seen := map[*transform.Var]bool{}
	for _, p := range t {
		if p.Var != nil && (p.Ref == transform.RefBound || p.Ref == transform.RefName) && !seen[p.Var] {
			seen[p.Var] = true
			vars = append(vars, p.Var)
		}
	}
	return vars
}
