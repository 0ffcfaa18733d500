package transform

// This file defines lowering, the pass that turns a generator body into the
// flat statement list of a state machine (see ir.go).
//
// Expects: a body that passed Check, and its analysis. Guarantees: the
// statement list starts at the body's first statement and ends at the
// Return statement; every statement that contains a suspension point is
// broken into labelled pieces and jumps at the top level of the list,
// sub-expressions evaluated in Go's order; every other statement is kept as
// written (rewritten, see rewrite.go); every variable declared at the top
// level of the list is a Var; every label jumped to is defined.

import (
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"
	"strings"
)

// lowerer holds the state of lowering one body.
type lowerer struct {
	fset    *token.FileSet
	info    *types.Info
	gen     *Generator
	a       *analysis
	file    *token.File
	src     []byte
	m       *Machine
	errs    *ErrorList
	vars    map[*types.Var]*Var
	renamed map[types.Object]string
	labels  *namer
	targets []*branchTarget // enclosing lowered statements that break or continue jumps to
	// retLabel is where the body ends.
	retLabel string
	// consts are the constants declared at the top level.
	consts map[types.Object]*Const
	// names hands out the names of generated code: nothing of the body,
	// the package or the universe uses them. The names hiddenName gives
	// go to Machine.HiddenNames.
	names *namer
	// used holds the objects the body refers to.
	used map[types.Object]bool
	// gotos holds the labels of goto statements.
	gotos map[string]bool
	// pkgNames names the hoisted types.
	pkgNames *namer
	// convTo holds the interface types operands convert to implicitly.
	convTo map[ast.Expr]types.Type
	// pos is the position of the statement being lowered.
	pos           token.Pos
	reportedLocal map[*types.TypeName]bool
	// afterEnd emit code after the end of the body, reached only by jumps:
	// where Close waits for the delegate of an async YieldFrom, and where a
	// jump out of range loops over async generators awaits their closes.
	afterEnd []func()
	// ranges are the range loops over generators being lowered, outermost
	// first: a jump out of one closes its generator.
	ranges []*rangeLoop
	// body is the statement list lowered: the generator's body, or the
	// body of a deferred function literal that awaits (lower_deferred.go).
	body *ast.BlockStmt
	// parent is the lowerer of the generator's body, for a deferred
	// function literal's.
	parent *lowerer
}

// branchTarget is a lowered loop, switch or select.
type branchTarget struct {
	label  string // the user's label, or ""
	brk    string // where break jumps
	cont   string // where continue jumps; "" for a switch or select
	ranges int    // the range loops over generators around it
	broken bool   // a break jumps to brk
}

// lower lowers the body of gen.
func lower(fset *token.FileSet, info *types.Info, gen *Generator, a *analysis, errs *ErrorList) *Machine {
	l := &lowerer{
		fset: fset, info: info, gen: gen, a: a, errs: errs,
		file: fset.File(gen.Decl.Pos()), src: gen.File.Src,
		m:       &Machine{Gen: gen},
		vars:    map[*types.Var]*Var{},
		renamed: map[types.Object]string{},
		consts:  map[types.Object]*Const{},
		labels:  newNamer(userLabels(gen.Decl.Body)),
		body:    gen.Decl.Body,
	}
	l.m.HiddenNames = map[string]bool{}
	l.names = newNamer(bodyNames(gen.Decl))
	for name := range outerNames(gen) {
		l.names.taken[name] = true
	}
	l.chooseScaffoldNames()
	l.retLabel = l.labels.fresh("end")
	l.m.StartLabel = l.labels.fresh("start")
	l.params()
	l.block(gen.Decl.Body.List)
	l.label(l.retLabel)
	l.emit(&Stmt{Kind: Return, Pos: gen.Decl.Body.Rbrace})
	for _, emit := range l.afterEnd {
		emit()
	}

	return l.m
}

// source returns the source text between two positions.
func (l *lowerer) source(pos, end token.Pos) string {
	return string(l.src[l.file.Offset(pos):l.file.Offset(end)])
}

// errorf reports a construct lowering does not support.
func (l *lowerer) errorf(pos token.Pos, format string, args ...any) {
	l.errs.Add(l.fset, pos, format, args...)
}

func (l *lowerer) emit(s *Stmt) {
	if s.Pos.IsValid() {
		// As the compiler reports it: through the //line directives of
		// the source, if any.
		pos := l.fset.Position(s.Pos)
		s.File, s.Line = pos.Filename, pos.Line
		if rel, err := filepath.Rel(filepath.Dir(l.file.Name()), s.File); err == nil {
			s.File = rel // the generated file sits beside the source
		}
	}
	l.m.Body = append(l.m.Body, s)
}

// code emits user code at pos.
func (l *lowerer) code(pos token.Pos, text Text, targets []string, defs ...*Var) {
	l.emit(&Stmt{Kind: Code, Pos: pos, Text: text, Targets: targets, Defs: defs})
}

func (l *lowerer) label(name string) { l.emit(&Stmt{Kind: Label, Label: name}) }

// userLabel emits a label of the user's, which stays even if no jump of
// lowering's targets it.
func (l *lowerer) userLabel(name string) { l.emit(&Stmt{Kind: Label, Label: name, User: true}) }

func (l *lowerer) jump(name string) { l.emit(&Stmt{Kind: Goto, Label: name}) }

// ifNot emits a jump to label when cond is false.
func (l *lowerer) ifNot(pos token.Pos, cond Text, label string) {
	l.emit(&Stmt{Kind: IfGoto, Pos: pos, Text: Join(Src("!("), cond, Src(")")), Label: label})
}

// ifTrue emits a jump to label when cond is true. A condition with a
// composite literal is parenthesized, or its brace would open the block.
func (l *lowerer) ifTrue(pos token.Pos, cond Text, label string) {
	for _, p := range cond {
		if strings.Contains(p.Src, "{") {
			cond = Join(Src("("), cond, Src(")"))
			break
		}
	}
	l.emit(&Stmt{Kind: IfGoto, Pos: pos, Text: cond, Label: label})
}

// chooseScaffoldNames picks the names resume uses for itself, unused by the
// body.
func (l *lowerer) chooseScaffoldNames() {
	// Generated code names package-level and predeclared identifiers
	// bare: nothing of resume may hide them.
	taken := l.names.taken
	pick := func(candidates ...string) string {
		for _, c := range candidates {
			if !taken[c] {
				taken[c] = true
				return c
			}
		}
		n := newNamer(taken)
		return n.fresh(candidates[0])
	}
	l.m.Recv = pick("f", "fr", "frame", "agenFrame")
	l.m.Handle = pick("g", "gen", "handle", "agenHandle")
	l.m.Sent = pick("sent", "in", "agenSent")
	l.m.Thrown = pick("thrown", "agenThrown")
	l.m.At = pick("at", "agenAt")
	if !l.gen.Async {
		l.m.Push = pick("yield", "push", "agenYield")
	}
	if l.gen.Async {
		l.m.Ctx = pick("ctx", "agenCtx")
		l.m.Waker = pick("w", "waker", "agenWaker")
		l.m.Ready = pick("ready", "agenReady")
		l.m.EndErr = pick("err", "agenErr")
	}
	if l.m.Nested {
		l.m.Recv = pick("d", "deferred", "agenDeferred")
		l.m.Unwind = pick("u", "unwinding", "agenUnwinding")
	}
	if l.gen.Async {
		l.m.UnwindLabel = l.labels.fresh("unwinding")
	}
}

// params makes Vars of the receiver, the parameters and the named result.
func (l *lowerer) params() {
	sig := l.gen.Sig
	if recv := sig.Recv(); recv != nil && recv.Name() != "" && recv.Name() != "_" {
		l.paramVar(recv)
	}
	for i := 1; i < sig.Params().Len(); i++ {
		if p := sig.Params().At(i); p.Name() != "" && p.Name() != "_" {
			l.paramVar(p)
		}
	}
	if sig.Results().Len() == 1 {
		res := sig.Results().At(0)
		if res.Name() != "" && res.Name() != "_" {
			l.m.Result = l.paramVar(res)
		} else {
			l.m.Result = l.hidden("result", res.Type())
		}
		l.m.Result.Frame = true
	}
}

func (l *lowerer) paramVar(v *types.Var) *Var {
	pv := &Var{Name: v.Name(), Type: v.Type(), Obj: v, Cell: l.a.cells[v], Param: true, Frame: true}
	l.vars[v] = pv
	l.m.Vars = append(l.m.Vars, pv)
	return pv
}

// declare makes a Var of a variable declared at the top level of the
// statement list.
func (l *lowerer) declare(v *types.Var) *Var {
	if pv := l.vars[v]; pv != nil {
		return pv
	}
	if local := l.localType(v.Type()); local != nil && l.reportLocal(local) {
		l.errorf(v.Pos(), "variable %s has type %s, declared inside the generator body; declare the type at package level", v.Name(), local.Name())
	}
	if foreign := unnameable(v.Type(), l.gen.Func.Pkg()); foreign != nil {
		l.errorf(v.Pos(), "variable %s has type %s, which cannot be named outside package %s; give it a type agen can write, such as an exported interface", v.Name(), types.TypeString(v.Type(), l.qualifier()), foreign.Pkg().Name())
	}
	pv := &Var{Name: v.Name(), Type: v.Type(), Obj: v, Cell: l.a.cells[v]}
	l.vars[v] = pv
	l.m.Vars = append(l.m.Vars, pv)
	return pv
}

// hidden makes a Var the source does not name: a loop's hidden index, a
// temporary.
func (l *lowerer) hidden(name string, t types.Type) *Var {
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		t = types.Default(t)
	}
	if local := l.localType(t); local != nil && l.reportLocal(local) {
		l.errorf(l.pos, "a value of type %s, declared inside the generator body, must be held by the state machine here; declare the type at package level", local.Name())
	}
	if foreign := unnameable(t, l.gen.Func.Pkg()); foreign != nil && l.reportLocal(foreign) {
		l.errorf(l.pos, "a value of type %s, which cannot be named outside package %s, must be held by the state machine here; give it a type agen can write", types.TypeString(t, l.qualifier()), foreign.Pkg().Name())
	}
	pv := &Var{Name: name, Type: t}
	l.m.Vars = append(l.m.Vars, pv)
	return pv
}

// reportLocal records that a problem with type tn is reported, and reports
// whether it was not before: one cause, one error.
func (l *lowerer) reportLocal(tn *types.TypeName) bool {
	if l.reportedLocal == nil {
		l.reportedLocal = map[*types.TypeName]bool{}
	}
	if l.reportedLocal[tn] {
		return false
	}
	l.reportedLocal[tn] = true
	return true
}

// unnameable returns an unexported named type of another package inside
// t, which the generated file cannot write, if any.
func unnameable(t types.Type, pkg *types.Package) *types.TypeName {
	var found *types.TypeName
	WalkTypeNames(t, pkg.Path(), func(obj *types.TypeName) bool {
		if !Nameable(obj, pkg.Path()) {
			found = obj
		}
		return found == nil
	})
	return found
}

// localType returns a named type inside t declared inside the body and
// not hoisted, if any.
func (l *lowerer) localType(t types.Type) *types.TypeName {
	return localType(t, l.gen.Func.Pkg().Path(), l.gen.Decl, l.m.LocalTypes)
}

// localType returns a named type inside t declared inside decl, a function
// of the package at path, and not in hoisted, if any.
func localType(t types.Type, path string, decl *ast.FuncDecl, hoisted map[*types.TypeName]*LocalType) *types.TypeName {
	var found *types.TypeName
	WalkTypeNames(t, path, func(obj *types.TypeName) bool {
		if obj.Pos() >= decl.Pos() && obj.Pos() < decl.End() && hoisted[obj] == nil {
			found = obj
		}
		return found == nil
	})
	return found
}

// newPoint makes a suspension point.
func (l *lowerer) newPoint(pos token.Pos, catch bool) *Point {
	p := &Point{State: len(l.m.Points) + 1, Pos: pos, Catch: catch}
	p.Label = l.labels.fresh("resume" + strconv.Itoa(p.State))
	l.m.Points = append(l.m.Points, p)
	return p
}

// block lowers a statement list.
func (l *lowerer) block(list []ast.Stmt) {
	for _, s := range list {
		l.stmt(s)
	}
}

// stmt lowers one statement at the top level of the list.
func (l *lowerer) stmt(s ast.Stmt) {
	l.pos = s.Pos()
	if !l.a.hot[s] {
		l.cold(s)
		return
	}
	switch s := s.(type) {
	case *ast.ExprStmt:
		l.exprStmt(s)
	case *ast.AssignStmt:
		l.assign(s)
	case *ast.DeclStmt:
		l.declStmt(s)
	case *ast.IncDecStmt:
		subst := l.operands([]ast.Expr{s.X})
		t, _ := l.rewriteWith(s, subst)
		l.code(s.Pos(), t, nil)
	case *ast.SendStmt:
		subst := l.operands([]ast.Expr{s.Chan, s.Value})
		t, _ := l.rewriteWith(s, subst)
		l.code(s.Pos(), t, nil)
	case *ast.ReturnStmt:
		l.returnStmt(s)
	case *ast.DeferStmt:
		if lit, ok := ast.Unparen(s.Call.Fun).(*ast.FuncLit); ok && l.a.hot[lit] {
			l.deferAwaiting(s, lit)
			return
		}
		l.callStmt(s, s.Call)
	case *ast.GoStmt:
		l.callStmt(s, s.Call)
	case *ast.BlockStmt:
		l.block(s.List)
	case *ast.LabeledStmt:
		l.labeled(s)
	case *ast.IfStmt:
		l.ifStmt(s)
	case *ast.ForStmt:
		l.forStmt(s, "")
	case *ast.RangeStmt:
		l.rangeStmt(s, "")
	case *ast.SwitchStmt:
		l.switchStmt(s, "")
	case *ast.TypeSwitchStmt:
		l.typeSwitch(s, "")
	case *ast.SelectStmt:
		l.selectStmt(s, "")
	default:
		l.errorf(s.Pos(), "a suspension point in a %T is not supported", s)
	}
}

// callStmt lowers a defer or go statement whose operands suspend (the
// call itself cannot: the checks reject that). The operands are evaluated
// in order before the statement, which takes their values.
func (l *lowerer) callStmt(s ast.Stmt, call *ast.CallExpr) {
	subst := l.operands(append([]ast.Expr{call.Fun}, call.Args...))
	t, _ := l.rewriteWith(s, subst)
	l.code(s.Pos(), t, nil)
}

// cold emits a statement without suspension points: as written, with its
// top-level declarations turned into assignments to Vars.
func (l *lowerer) cold(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.AssignStmt:
		if s.Tok == token.DEFINE {
			l.define(s, nil)
			return
		}
	case *ast.DeclStmt:
		l.declStmt(s)
		return
	case *ast.LabeledStmt:
		if t, _ := l.rewriteWith(s.Stmt, nil); bindsCells(t) && isCompound(s.Stmt) {
			l.labeledWithBindings(s)
			return
		}
		l.userLabel(s.Label.Name)
		l.cold(s.Stmt)
		return
	case *ast.EmptyStmt:
		return
	case *ast.ReturnStmt:
		l.returnStmt(s)
		return
	}
	t, targets := l.rewriteWith(s, nil)
	l.code(s.Pos(), t, targets)
	l.m.Body[len(l.m.Body)-1].Loops = hasLoop(s)
	switch s := s.(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		l.jumping()
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok {
			if b, ok := l.info.Uses[calleeIdent(call.Fun)].(*types.Builtin); ok && b.Name() == "panic" {
				l.jumping()
			}
		}
	}
}

// hasLoop reports whether s holds a loop, outside function literals: kept
// as written, it may run its statements many times between two suspension
// points.
func hasLoop(s ast.Stmt) bool {
	found := false
	ast.Inspect(s, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			found = true
		case *ast.FuncLit:
			return false
		}
		return !found
	})
	return found
}

// gotoTargets returns the labels the body's goto statements jump to, not
// counting function literals, whose labels are their own.
func (l *lowerer) gotoTargets() map[string]bool {
	if l.gotos == nil {
		l.gotos = map[string]bool{}
		ast.Inspect(l.body, func(n ast.Node) bool {
			if b, ok := n.(*ast.BranchStmt); ok && b.Tok == token.GOTO {
				l.gotos[b.Label.Name] = true
			}
			_, lit := n.(*ast.FuncLit)
			return !lit
		})
	}
	return l.gotos
}

// hiddenName returns a name for a variable local to generated code.
func (l *lowerer) hiddenName(base string) string {
	name := l.names.fresh("agen" + base)
	l.m.HiddenNames[name] = true
	return name
}

// isUsed reports whether v is referred to in the body.
func (l *lowerer) isUsed(v *types.Var) bool {
	if l.used == nil {
		l.used = map[types.Object]bool{}
		ast.Inspect(l.gen.Decl.Body, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && l.info.Uses[id] != nil {
				l.used[l.info.Uses[id]] = true
			}
			return true
		})
	}
	return l.used[v]
}

// outerNames returns the names of the package scope and of the universe.
func outerNames(gen *Generator) map[string]bool {
	names := map[string]bool{}
	for _, scope := range []*types.Scope{gen.Func.Pkg().Scope(), types.Universe} {
		for _, name := range scope.Names() {
			names[name] = true
		}
	}
	return names
}

// labeledWithBindings emits a labelled loop, switch or select kept as
// written whose closures bind cells in a block around it. A goto to the
// label jumps to the block (binding again); break and continue name a
// label of the statement itself, inside the block.
func (l *lowerer) labeledWithBindings(s *ast.LabeledStmt) {
	name := s.Label.Name
	subst := map[ast.Node]Text{}
	inner := l.nativeLabel(s.Stmt, name, subst)
	t, targets := l.rewriteWith(s.Stmt, subst)
	if inner != name {
		l.userLabel(name)
	}
	if len(subst) > 0 || inner == name {
		t = Join(Src(inner+":\n"), t)
	}
	l.code(s.Pos(), t, targets)
}

// nativeLabel returns the label under which s, a statement labelled name
// ("" for none) that is emitted as written, is emitted: name itself, or a
// fresh label if a goto jumps to name (whose label marks the lowered
// start); subst gets the break and continue statements in s that name it.
func (l *lowerer) nativeLabel(s ast.Stmt, name string, subst map[ast.Node]Text) string {
	if name == "" {
		return ""
	}
	inner := name
	if l.gotoTargets()[name] {
		inner = l.labels.fresh(name)
	}
	ast.Inspect(s, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit {
			return false
		}
		if b, ok := n.(*ast.BranchStmt); ok && b.Label != nil && b.Label.Name == name && b.Tok != token.GOTO {
			subst[b] = Src(b.Tok.String() + " " + inner)
		}
		return true
	})
	return inner
}

// bindsCells reports whether code reads cells through closures, and so is
// emitted in a block that binds them.
func bindsCells(t Text) bool {
	for _, p := range t {
		if p.Var != nil && (p.Ref == RefBound || p.Ref == RefName) {
			return true
		}
	}
	return false
}

// isCompound reports whether s is a statement that break or continue may
// name: a loop, switch or select.
func isCompound(s ast.Stmt) bool {
	switch s.(type) {
	case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
		return true
	}
	return false
}

// jumping marks the last statement emitted as always jumping.
func (l *lowerer) jumping() { l.m.Body[len(l.m.Body)-1].Jumps = true }

// labeled lowers a labelled statement that suspends: the label marks the
// start, and break and continue with it jump to the lowered statement's
// labels.
func (l *lowerer) labeled(s *ast.LabeledStmt) {
	if l.gotoTargets()[s.Label.Name] {
		l.userLabel(s.Label.Name) // break and continue with it are jumps to lowering's own labels
	}
	switch inner := s.Stmt.(type) {
	case *ast.ForStmt:
		l.forStmt(inner, s.Label.Name)
	case *ast.RangeStmt:
		l.rangeStmt(inner, s.Label.Name)
	case *ast.SwitchStmt:
		l.switchStmt(inner, s.Label.Name)
	case *ast.TypeSwitchStmt:
		l.typeSwitch(inner, s.Label.Name)
	case *ast.SelectStmt:
		l.selectStmt(inner, s.Label.Name)
	default:
		l.stmt(inner)
	}
}

// ifStmt lowers an if statement that suspends.
func (l *lowerer) ifStmt(s *ast.IfStmt) {
	if s.Init != nil {
		l.stmt(s.Init)
	}
	cond := l.expr(s.Cond)
	end := l.labels.fresh("endif")
	if s.Else == nil {
		l.ifNot(s.Cond.Pos(), cond, end)
		l.block(s.Body.List)
		l.label(end)
		return
	}
	els := l.labels.fresh("else")
	l.ifNot(s.Cond.Pos(), cond, els)
	l.block(s.Body.List)
	l.jump(end)
	l.label(els)
	l.stmt(s.Else)
	l.label(end)
}

// pushTarget records a lowered statement that break and continue jump to;
// pop reports whether a break jumped to it.
func (l *lowerer) pushTarget(label, brk, cont string) (pop func() (broken bool)) {
	t := &branchTarget{label: label, brk: brk, cont: cont, ranges: len(l.ranges)}
	l.targets = append(l.targets, t)
	return func() bool {
		l.targets = l.targets[:len(l.targets)-1]
		return t.broken
	}
}

// branchLabel returns the label a break or continue that leaves its
// rewritten syntax jumps to, and the number of range loops over
// generators around that target (the loops inside it are left).
func (l *lowerer) branchLabel(b *ast.BranchStmt) (string, int, bool) {
	for i := len(l.targets) - 1; i >= 0; i-- {
		t := l.targets[i]
		if b.Label != nil && t.label != b.Label.Name {
			continue
		}
		if b.Tok == token.CONTINUE {
			if t.cont == "" {
				continue
			}
			return t.cont, t.ranges, true
		}
		t.broken = true
		return t.brk, t.ranges, true
	}
	return "", 0, false
}

// userLabels returns the labels of a body, which lowering's labels avoid.
func userLabels(body *ast.BlockStmt) map[string]bool {
	labels := map[string]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		if s, ok := n.(*ast.LabeledStmt); ok {
			labels[s.Label.Name] = true
		}
		return true
	})
	return labels
}

// bodyNames returns every identifier of a declaration.
func bodyNames(decl *ast.FuncDecl) map[string]bool {
	names := map[string]bool{}
	ast.Inspect(decl, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			names[id.Name] = true
		}
		return true
	})
	return names
}

// namer hands out names not taken yet.
type namer struct{ taken map[string]bool }

func newNamer(taken map[string]bool) *namer {
	if taken == nil {
		taken = map[string]bool{}
	}
	return &namer{taken: taken}
}

// fresh returns base, or base followed by the smallest number from 2 that
// makes it unused.
func (n *namer) fresh(base string) string {
	name := base
	for i := 2; n.taken[name] || token.IsKeyword(name); i++ {
		name = base + strconv.Itoa(i)
	}
	n.taken[name] = true
	return name
}

// qualifier writes types in messages as the user does: other packages by
// name.
func (l *lowerer) qualifier() types.Qualifier {
	return func(p *types.Package) string {
		if p == l.gen.Func.Pkg() {
			return ""
		}
		return p.Name()
	}
}
