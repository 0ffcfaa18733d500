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
		case p.Tracked:
			*s = append(*s, r.tracked())
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
	if v.Frame && !(r.inResume && r.cached(v)) {
		name = r.m.Recv + "." + v.Name
	}
	if v.Cell && kind == transform.RefValue {
		return "(*" + name + ")"
	}
	return name
}

// cached reports whether v lives in a local of resume while the body
// runs: loaded from the frame where the body resumes, stored back where it
// suspends, so that the loops between run on registers. Only the variables
// that a loop of the user's kept as written refers to are cached: for the
// others, the loads and stores would cost more than they save. Cells stay
// in the frame (closures and pointers share them), and so does the result,
// which deferred calls and the end of the body read.
func (r *renderer) cached(v *transform.Var) bool {
	return v.Frame && !v.Cell && v != r.m.Result && !r.m.Nested && r.refersTo(v)
}

// refersTo reports whether a loop of the body refers to v.
func (r *renderer) refersTo(v *transform.Var) bool {
	if r.refsOf != r.m {
		r.refsOf, r.referenced = r.m, map[*transform.Var]bool{}
		for _, s := range r.m.Body {
			if !s.Loops {
				continue
			}
			for _, t := range []transform.Text{s.Text, s.Results, s.Ctx} {
				for _, p := range t {
					if p.Var != nil {
						r.referenced[p.Var] = true
					}
				}
			}
		}
	}
	return r.referenced[v]
}

// loads renders the loads of the cached variables among vars, at a place
// where the body resumes.
func (r *renderer) loads(vars []*transform.Var) []jen.Code {
	return r.moves(vars, true)
}

// stores renders the stores of the cached variables among vars, where the
// body suspends.
func (r *renderer) stores(vars []*transform.Var) []jen.Code {
	return r.moves(vars, false)
}

func (r *renderer) moves(vars []*transform.Var, load bool) []jen.Code {
	var locals, fields []jen.Code
	for _, v := range vars {
		if r.cached(v) {
			locals = append(locals, jen.Id(v.Name))
			fields = append(fields, jen.Id(r.m.Recv).Dot(v.Name))
		}
	}
	if len(locals) == 0 {
		return nil
	}
	if load {
		return []jen.Code{jen.List(locals...).Op("=").List(fields...)}
	}
	return []jen.Code{jen.List(fields...).Op("=").List(locals...)}
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
