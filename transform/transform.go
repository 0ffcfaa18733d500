package transform

// This file defines the pipeline: from loaded packages to the state
// machines of their generators, grouped by the file they will be written
// to.

import (
	"go/token"
	"go/types"
	"maps"
)

// A File is what agen generates from one source file.
type File struct {
	Pkg      *Package
	Source   *SourceFile // nil for an orphaned generated file
	Output   string      // the path to write
	Machines []*Machine  // none for an orphaned generated file: it is deleted
}

// Transform turns the generators of pkgs into state machines. It reports
// every error of every package, sorted, and no files if there is any.
func Transform(fset *token.FileSet, pkgs []*Package) ([]*File, error) {
	var errs ErrorList
	var files []*File
	for _, pkg := range pkgs {
		errs = append(errs, pkg.Clashes...)
		byFile := map[*SourceFile]*File{}
		for _, src := range pkg.Files {
			f := &File{Pkg: pkg, Source: src, Output: src.Output}
			byFile[src] = f
			files = append(files, f)
		}
		for _, m := range transformPackage(fset, pkg, &errs) {
			byFile[m.Gen.File].Machines = append(byFile[m.Gen.File].Machines, m)
		}
		for _, path := range pkg.Orphans {
			files = append(files, &File{Pkg: pkg, Output: path})
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return files, nil
}

// transformPackage turns the generators of one package into machines.
func transformPackage(fset *token.FileSet, pkg *Package, errs *ErrorList) []*Machine {
	before := len(*errs)
	gens := findGenerators(fset, pkg, errs)
	var sp *ssaProgram
	if len(gens) > 0 && len(*errs) == before {
		sp = buildSSA(fset, pkg.Pkg.Types, pkg.Pkg.Syntax, pkg.Pkg.TypesInfo)
	}
	var machines []*Machine
	for _, gen := range gens {
		if m := transformBody(fset, pkg.Pkg.TypesInfo, sp, gen, errs); m != nil {
			machines = append(machines, m)
		}
	}
	return machines
}

// transformBody is the pipeline of one generator body.
func transformBody(fset *token.FileSet, info *types.Info, sp *ssaProgram, gen *Generator, errs *ErrorList) (m *Machine) {
	before := len(*errs)
	defer func() {
		// A bug of agen: a positioned error, not a crash of the run.
		if p := recover(); p != nil {
			errs.Add(fset, gen.Decl.Name.Pos(), "internal error: %v; please report it with this generator", p)
			m = nil
		}
	}()
	// Reject what cannot suspend: yields in literals, defers, go statements.
	*errs = append(*errs, Check(fset, info, gen.Decl.Body, gen.Yielder)...)
	if len(*errs) > before {
		return nil
	}
	// Find the suspension points and the variables that need cells.
	a := analyze(info, gen)
	// Ask go/ssa too: what it allocates on the heap needs a cell.
	if sp != nil {
		sp.refine(fset, info, gen, a, errs)
	}
	// Break the body into labelled pieces at its suspension points.
	m = lower(fset, info, gen, a, errs)
	// Move the variables live across a suspension point into the frame.
	liveness(m)
	// Name every variable so that nothing shadows it.
	nameVars(info, m, maps.Clone(m.HiddenNames))
	// Drop the labels nothing jumps to.
	prune(m)
	// Find what each resume point must prepare for: calls, panics.
	entries(m)
	if len(*errs) > before {
		return nil
	}
	return m
}
