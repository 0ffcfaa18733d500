package transform

// This file defines the go/ssa side of the analysis: SSA is the second
// opinion on which variables must keep their identity across suspension
// (a variable SSA allocates on the heap is captured by a closure or has its
// address taken beyond the function), and the check that the AST and SSA
// agree on the suspension points (SSA builds no code for unreachable
// statements: it may see fewer).
//
// Expects: a type-checked package. Guarantees: every variable of the body
// that SSA allocates on the heap is a cell; a disagreement on suspension
// points is an internal error, never wrong code.

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// ssaProgram builds the SSA form of a package's functions, once.
type ssaProgram struct {
	prog *ssa.Program
	pkg  *ssa.Package
}

// buildSSA builds pkg's functions, with its imports as type information.
func buildSSA(fset *token.FileSet, pkg *types.Package, files []*ast.File, info *types.Info) *ssaProgram {
	prog := ssa.NewProgram(fset, ssa.BuilderMode(0))
	created := map[*types.Package]bool{pkg: true}
	var create func(p *types.Package)
	create = func(p *types.Package) {
		for _, imp := range p.Imports() {
			if !created[imp] {
				created[imp] = true
				create(imp)
				prog.CreatePackage(imp, nil, nil, true)
			}
		}
	}
	create(pkg)
	sp := prog.CreatePackage(pkg, files, info, false)
	sp.Build()
	return &ssaProgram{prog: prog, pkg: sp}
}

// refine adds to a the cells SSA finds, and checks that SSA sees the same
// suspension points.
func (sp *ssaProgram) refine(fset *token.FileSet, info *types.Info, gen *Generator, a *analysis, errs *ErrorList) {
	fn := sp.prog.FuncValue(gen.Func)
	if fn == nil {
		return
	}
	defs := map[token.Pos]*types.Var{}
	for id, obj := range info.Defs {
		if v, ok := obj.(*types.Var); ok && id.Pos() >= gen.Decl.Pos() && id.Pos() < gen.Decl.End() {
			defs[id.Pos()] = v
		}
	}
	for _, p := range fn.Params {
		if v, ok := p.Object().(*types.Var); ok {
			defs[v.Pos()] = v
		}
	}
	var calls []token.Pos
	var visit func(fn *ssa.Function)
	visit = func(fn *ssa.Function) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.Alloc:
					if v := defs[instr.Pos()]; v != nil && instr.Heap {
						a.cells[v] = true
					}
				case *ssa.Call:
					if isSuspension(instr.Common()) {
						calls = append(calls, instr.Pos())
					}
				}
			}
		}
		for _, anon := range fn.AnonFuncs {
			if anon.Synthetic != "" { // the body of a range-over-func loop is the body's code
				visit(anon)
			}
		}
	}
	visit(fn)
	// Every suspension point SSA sees is one the syntax sees; the syntax
	// may see more, in code SSA knows is unreachable.
	points := map[token.Pos]bool{}
	for call, kind := range a.points {
		if kind != NotPoint && kind != ContextCall {
			points[call.Lparen] = true
		}
	}
	for _, pos := range calls {
		if !points[pos] {
			errs.Add(fset, pos, "internal error: go/ssa finds a suspension point here that the syntax does not")
		}
	}
}

// isSuspension reports whether a call is Yield or YieldErr on a yielder,
// or agen.Await.
func isSuspension(c *ssa.CallCommon) bool {
	callee := c.StaticCallee()
	if callee == nil {
		return false
	}
	if origin := callee.Origin(); origin != nil {
		callee = origin
	}
	obj, ok := callee.Object().(*types.Func)
	if !ok || obj.Pkg() == nil || obj.Pkg().Path() != RuntimePath {
		return false
	}
	recv := obj.Type().(*types.Signature).Recv()
	if recv == nil {
		return obj.Name() == "Await"
	}
	kind, _, _ := yielderOf(recv.Type())
	return kind != notYielder && (obj.Name() == "Yield" || obj.Name() == "YieldErr" || obj.Name() == "YieldFrom")
}
