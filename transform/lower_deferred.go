package transform

// This file defines the lowering of a deferred function literal that
// awaits, in an async body (PEP 525's await in finally):
//
//	defer func() {
//		agen.Await(y, agen.Sleep(d))
//		log.Println("closed")
//	}()
//
// The literal cannot run as a Go deferred call: it must be able to
// suspend while the body unwinds. It becomes a state machine of its own, a
// Machine marked Nested, lowered by a child lowerer with the same passes:
// its awaits are suspension points, its parameters and the cells of the
// body's variables it captures are its fields, set by the defer statement
// (which evaluates the arguments then, as Go does). The body's unwinding
// (emit: agenUnwind) runs the deferred calls LIFO and steps such a machine
// until it is done; while it waits, the operation in progress is pending.
// recover() called by the literal itself returns the panic the unwinding
// holds (agen.Unwinding.Recover). Its defer statements of plain calls push
// records on its own stack (lower_defer.go), which it runs when it
// returns or panics.
//
// Expects: a literal that Check accepted (it awaits, it never yields).
// Guarantees: a child Machine whose Body ends at a Return, and whose Vars
// that are Params are the literal's parameters and captured variables.

import (
	"go/ast"
	"go/types"
	"maps"
	"strconv"
)

// deferAwaiting lowers a defer statement whose function literal awaits.
func (l *lowerer) deferAwaiting(s *ast.DeferStmt, lit *ast.FuncLit) {
	if !l.supportedDeferred(s, lit) {
		return
	}
	subst := l.operands(s.Call.Args)
	child, captured := l.lowerDeferred(lit)
	site := &DeferSite{Index: len(l.m.Defers) + 1, Pos: s.Pos(), Awaiting: child, Captured: captured}
	l.m.Defers = append(l.m.Defers, site)
	l.m.AwaitingDefers = true
	var fields []Text
	for i, v := range captured {
		fields = append(fields, Join(Ref(child.Vars[i], RefKey), Src(": "), Ref(v, RefCell)))
	}
	params := child.Vars[len(captured):]
	for i, arg := range s.Call.Args {
		value, ok := subst[arg]
		if !ok {
			value = l.rewrite(arg)
		}
		if params[i].Cell {
			// A parameter captured by a closure: a new variable, set.
			value = Join(Src("&[]"), TypeText(params[i].Type), Src("{"), value, Src("}[0]"))
		}
		fields = append(fields, Join(Ref(params[i], RefKey), Src(": "), value))
	}
	args := l.typeArgs()
	record := Join(Src(l.gen.DeferType+args+"{site: "+strconv.Itoa(site.Index)+", m"+strconv.Itoa(site.Index)+": &"+child.Name+args+"{"),
		joinTexts(fields, ", "), Src("}}"))
	l.code(s.Pos(), Join(pushDefer(l.m, record), Mark(MayCall)), nil)
}

// nestedDefer says why a deferred function that awaits inside another is
// rejected, and what to write instead.
const nestedDefer = "a deferred function that awaits inside a deferred function that awaits is not supported; defer it from the body"

// supportedDeferred reports whether the deferred literal is one lowering
// supports, and says why not otherwise.
func (l *lowerer) supportedDeferred(s *ast.DeferStmt, lit *ast.FuncLit) bool {
	switch {
	case l.m.Nested:
		l.errorf(s.Pos(), nestedDefer)
	case lit.Type.Results != nil && len(lit.Type.Results.List) > 0:
		l.errorf(lit.Pos(), "a deferred function that awaits cannot have results (they are discarded); remove them")
	case l.info.TypeOf(lit).(*types.Signature).Variadic():
		l.errorf(lit.Pos(), "a variadic deferred function that awaits is not supported; take a slice")
	default:
		return true
	}
	return false
}

// lowerDeferred lowers the literal into a child Machine. It returns the
// machine and the variables of the body the literal captures, whose cells
// fill its first Vars; its parameters follow.
func (l *lowerer) lowerDeferred(lit *ast.FuncLit) (*Machine, []*Var) {
	c := &lowerer{
		fset: l.fset, info: l.info, gen: l.gen, a: l.a, errs: l.errs,
		file: l.file, src: l.src,
		m:        &Machine{Gen: l.gen, Nested: true, HiddenNames: map[string]bool{}, LocalTypes: l.m.LocalTypes},
		vars:     map[*types.Var]*Var{},
		renamed:  l.renamed,
		consts:   map[types.Object]*Const{},
		labels:   newNamer(userLabels(lit.Body)),
		body:     lit.Body,
		parent:   l,
		used:     l.used,
		pkgNames: l.pkgNames,
	}
	if c.pkgNames == nil {
		c.pkgNames = newNamer(l.gen.PkgNames)
		l.pkgNames = c.pkgNames
	}
	c.m.Name = c.pkgNames.fresh(unexported(l.gen.Type) + "Deferred")
	c.names = newNamer(bodyNames(l.gen.Decl))
	for name := range outerNames(l.gen) {
		c.names.taken[name] = true
	}
	c.chooseScaffoldNames()
	c.retLabel = c.labels.fresh("end")
	captured := c.capture(lit)
	c.literalParams(lit)
	c.block(lit.Body.List)
	c.label(c.retLabel)
	c.emit(&Stmt{Kind: Return, Pos: lit.Body.Rbrace})
	liveness(c.m)
	nameVars(c.info, c.m, maps.Clone(c.m.HiddenNames))
	prune(c.m)
	return c.m, captured
}

// capture makes a cell field of the child for each variable of the body
// that the literal refers to, and returns those variables of the body.
func (c *lowerer) capture(lit *ast.FuncLit) []*Var {
	var captured []*Var
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := c.info.Uses[id].(*types.Var)
		outer := c.parent.vars[v]
		if !ok || outer == nil || c.vars[v] != nil {
			return true
		}
		if !outer.Cell {
			c.errorf(id.Pos(), "internal error: %s is captured by a deferred function but is not a cell", id.Name)
		}
		field := &Var{Name: outer.Name, Type: outer.Type, Obj: v, Cell: true, Param: true, Frame: true}
		c.vars[v] = field
		c.m.Vars = append(c.m.Vars, field)
		captured = append(captured, outer)
		return true
	})
	for _, v := range captured {
		if v.Obj == nil {
			c.errorf(lit.Pos(), "internal error: a deferred function captures a hidden variable")
		}
	}
	return captured
}

// literalParams makes the fields of the literal's parameters.
func (c *lowerer) literalParams(lit *ast.FuncLit) {
	sig := c.info.TypeOf(lit).(*types.Signature)
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		v := &Var{Name: p.Name(), Type: p.Type(), Obj: p, Cell: c.a.cells[p], Param: true, Frame: true}
		if v.Name == "" || v.Name == "_" {
			v.Name, v.Obj = "arg"+strconv.Itoa(i), nil
		}
		c.vars[p] = v
		c.m.Vars = append(c.m.Vars, v)
	}
}

// recoverText is what replaces recover() called by a deferred function
// that awaits: the panic the unwinding holds.
func (l *lowerer) recoverText(call *ast.CallExpr) (Text, bool) {
	if !l.m.Nested {
		return nil, false
	}
	if b, ok := l.info.Uses[calleeIdent(call.Fun)].(*types.Builtin); !ok || b.Name() != "recover" {
		return nil, false
	}
	return Src(l.m.Unwind + ".Recover()"), true
}
