package transform

// This file defines the lowering of defer statements. A defer statement
// evaluates its function value and arguments and pushes them, as a record,
// on the frame's defer stack; the frame runs the records when the body
// ends, panics or is closed, each as a real deferred call of a helper, so
// that recover() in them works as it does in Go.

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// deferText is what replaces a defer statement: push the record, and make
// sure this call of resume runs the records if it panics. subst replaces
// the call's operands that a suspension point in them lowered. In a
// deferred function that awaits, the record (of the body's record type,
// whose sites it numbers) goes on that function's own stack, which it runs
// when it returns or panics (Python's try/finally inside a finally that
// awaits).
func (l *lowerer) deferText(d *ast.DeferStmt, subst map[ast.Node]Text) Text {
	body := l.m
	if l.m.Nested {
		body = l.parent.m
	}
	site := &DeferSite{Index: len(body.Defers) + 1, Pos: d.Pos(), Nested: l.m.Nested}
	body.Defers = append(body.Defers, site)
	if l.m.Nested {
		l.m.Defers = append(l.m.Defers, site)
	}
	call := d.Call
	fields := []Text{Src(fmt.Sprintf("site: %d", site.Index))}
	if b, ok := l.info.Uses[calleeIdent(call.Fun)].(*types.Builtin); ok {
		site.Builtin = b.Name()
	} else {
		site.Fn = &Field{Name: fmt.Sprintf("fn%d", site.Index), Type: l.info.TypeOf(call.Fun)}
		if foreign := unnameable(site.Fn.Type, l.gen.Func.Pkg()); foreign != nil {
			l.errorf(call.Pos(), "a deferred function of type %s, which cannot be named outside package %s, is not supported; defer a function literal that calls it", types.TypeString(site.Fn.Type, l.qualifier()), foreign.Pkg().Name())
		}
		fn, _ := l.rewriteWith(call.Fun, subst)
		if args := l.inferredTypeArgs(call.Fun); args != nil {
			// Stored as a value, a generic function is instantiated in full.
			name, _ := l.rewriteWith(genericName(call.Fun), subst)
			fn = Join(name, args)
		}
		fields = append(fields, Join(Src(site.Fn.Name+": "), fn))
	}
	site.Spread = call.Ellipsis.IsValid()
	args, prelude := l.deferArgs(call, subst)
	for i, arg := range args {
		f := &Field{Name: fmt.Sprintf("a%d_%d", site.Index, i), Type: l.deferArgType(call, site, i)}
		if foreign := unnameable(f.Type, l.gen.Func.Pkg()); foreign != nil {
			l.errorf(call.Pos(), "a deferred argument of type %s, which cannot be named outside package %s, is not supported; defer a function literal that calls it", types.TypeString(f.Type, l.qualifier()), foreign.Pkg().Name())
		}
		site.Args = append(site.Args, f)
		fields = append(fields, Join(Src(f.Name+": "), arg))
	}
	record := Join(Src(l.gen.DeferType+l.typeArgs()+"{"), joinTexts(fields, ", "), Src("}"))
	m := l.m
	push := pushDefer(m, record)
	if prelude != nil {
		return Join(Src("{ "), prelude, Src("; "), push, Src(" }"))
	}
	return push
}

// deferArgs returns the arguments of a deferred call, as evaluated by the
// defer statement. A single call with several results (defer f(g())) is
// evaluated first into variables, which prelude declares.
func (l *lowerer) deferArgs(call *ast.CallExpr, subst map[ast.Node]Text) (args []Text, prelude Text) {
	if len(call.Args) == 1 {
		if tuple, ok := l.info.TypeOf(call.Args[0]).(*types.Tuple); ok && tuple.Len() > 1 {
			names := make([]Text, tuple.Len())
			for i := range names {
				names[i] = Src(l.hiddenName("arg"))
			}
			value, _ := l.rewriteWith(call.Args[0], subst)
			return names, Join(joinTexts(names, ", "), Src(" := "), value)
		}
	}
	for _, arg := range call.Args {
		t, _ := l.rewriteWith(arg, subst)
		args = append(args, t)
	}
	return args, nil
}

// inferredTypeArgs returns the type arguments Go inferred for a generic
// function called by name, such as "[int]": stored as a value, the
// function must be instantiated explicitly.
func (l *lowerer) inferredTypeArgs(fun ast.Expr) Text {
	var id *ast.Ident
	explicit := 0
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.IndexExpr: // f[A] with more inferred
		id, explicit = calleeIdent(f.X), 1
		if sel, ok := f.X.(*ast.SelectorExpr); ok {
			id = sel.Sel
		}
	case *ast.IndexListExpr:
		id, explicit = calleeIdent(f.X), len(f.Indices)
		if sel, ok := f.X.(*ast.SelectorExpr); ok {
			id = sel.Sel
		}
	}
	if id == nil {
		return nil
	}
	if fn, ok := l.info.Uses[id].(*types.Func); !ok || fn.Type().(*types.Signature).Recv() != nil {
		return nil // methods take no type arguments of their own
	}
	inst, ok := l.info.Instances[id]
	if !ok || inst.TypeArgs.Len() <= explicit {
		return nil
	}
	args := make([]Text, inst.TypeArgs.Len())
	for i := range args {
		args[i] = TypeText(inst.TypeArgs.At(i))
	}
	return Join(Src("["), joinTexts(args, ", "), Src("]"))
}

// genericName returns the generic function a call's function expression
// names, without its explicit type arguments.
func genericName(fun ast.Expr) ast.Expr {
	switch f := ast.Unparen(fun).(type) {
	case *ast.IndexExpr:
		return f.X
	case *ast.IndexListExpr:
		return f.X
	}
	return fun
}

// calleeIdent returns the identifier a call's function expression names,
// if it is one.
func calleeIdent(fun ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(fun).(*ast.Ident)
	return id
}

// deferArgType returns the type of the record field holding argument i.
func (l *lowerer) deferArgType(call *ast.CallExpr, site *DeferSite, i int) types.Type {
	if len(call.Args) == 1 {
		if tuple, ok := l.info.TypeOf(call.Args[0]).(*types.Tuple); ok && tuple.Len() > 1 {
			return l.paramType(site, i, tuple.At(i).Type())
		}
	}
	arg := call.Args[i]
	if site.Fn == nil {
		switch site.Builtin {
		case "panic":
			return types.Universe.Lookup("any").Type()
		case "delete":
			if i == 1 {
				if m, ok := l.info.TypeOf(call.Args[0]).Underlying().(*types.Map); ok {
					return m.Key()
				}
			}
		}
		return types.Default(l.info.TypeOf(arg))
	}
	return l.paramType(site, i, types.Default(l.info.TypeOf(arg)))
}

// paramType returns the type of the parameter that argument i of a
// deferred call fills, or def if there is none to say.
func (l *lowerer) paramType(site *DeferSite, i int, def types.Type) types.Type {
	if site.Fn == nil {
		return def
	}
	sig, ok := site.Fn.Type.Underlying().(*types.Signature)
	if !ok {
		return def
	}
	params := sig.Params()
	if sig.Variadic() && i >= params.Len()-1 {
		last := params.At(params.Len() - 1).Type()
		if site.Spread {
			return last
		}
		return last.(*types.Slice).Elem()
	}
	return params.At(i).Type()
}

// typeArgs returns the instantiation of the generated types with the
// body's type parameters, such as "[T, U]", or "".
func (l *lowerer) typeArgs() string {
	tps := l.gen.TypeParams()
	if tps == nil || tps.Len() == 0 {
		return ""
	}
	names := make([]string, tps.Len())
	for i := range tps.Len() {
		names[i] = tps.At(i).Obj().Name()
	}
	return "[" + strings.Join(names, ", ") + "]"
}
