package emit

// This file defines the last check of a run: each package, with its
// generated files as they would be written in place of the stubs and of the
// old files, must type-check. Code agen generates that does not compile is
// a bug of agen; the check turns it into an internal error at the body
// that produced the code, before anything is written, instead of a package
// that no longer builds.
//
// Expects: the files of a run with their rendered content, from packages
// loaded by transform.Load. Guarantees: one go/types check per package,
// with the imports already loaded; no error when every package compiles.

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"

	"github.com/agen-go/agen/transform"
)

// verify type-checks every package of files, whose generated content is in
// content (nil for a file to delete), and reports each generator whose
// code does not compile.
func verify(files []*transform.File, content map[*transform.File][]byte) error {
	var errs transform.ErrorList
	var pkgs []*transform.Package
	byPkg := map[*transform.Package][]*transform.File{}
	for _, f := range files {
		if byPkg[f.Pkg] == nil {
			pkgs = append(pkgs, f.Pkg)
		}
		byPkg[f.Pkg] = append(byPkg[f.Pkg], f)
	}
	for _, pkg := range pkgs {
		errs = append(errs, verifyPackage(pkg, byPkg[pkg], content)...)
	}
	return errs.Err()
}

// verifyPackage type-checks one package with its generated files.
func verifyPackage(pkg *transform.Package, files []*transform.File, content map[*transform.File][]byte) transform.ErrorList {
	fset := pkg.Pkg.Fset
	replaced := map[string]bool{}
	for _, f := range files {
		replaced[f.Output] = true
	}
	var syntax []*ast.File
	for i, f := range pkg.Pkg.Syntax {
		if !replaced[pkg.Pkg.CompiledGoFiles[i]] {
			syntax = append(syntax, f)
		}
	}
	generated := map[string]*transform.File{}
	for _, f := range files {
		if f.Source == nil {
			continue // deleted
		}
		parsed, err := parser.ParseFile(fset, f.Output, content[f], parser.SkipObjectResolution)
		if err != nil {
			return transform.ErrorList{internalError(fset, f, f.Machines, 0, err.Error())}
		}
		syntax = append(syntax, parsed)
		generated[f.Output] = f
	}
	var typeErrs []types.Error
	conf := types.Config{
		Importer: newLoadedImporter(fset, pkg.Pkg.Types),
		Sizes:    pkg.Pkg.TypesSizes,
		Error:    func(err error) { typeErrs = append(typeErrs, err.(types.Error)) },
	}
	if pkg.Pkg.Module != nil && pkg.Pkg.Module.GoVersion != "" {
		conf.GoVersion = "go" + pkg.Pkg.Module.GoVersion // as go/packages checked it
	}
	conf.Check(pkg.Pkg.PkgPath, fset, syntax, nil)
	return blame(fset, typeErrs, generated, syntax)
}

// blame turns type errors into internal errors at the generators whose
// code holds them, one for each generator; an error outside generated
// code stays where it is.
func blame(fset *token.FileSet, typeErrs []types.Error, generated map[string]*transform.File, syntax []*ast.File) transform.ErrorList {
	var errs transform.ErrorList
	blamed := map[*transform.Machine]bool{}
	for _, te := range typeErrs {
		at := fset.PositionFor(te.Pos, false)
		f := generated[at.Filename]
		if f == nil {
			errs.Add(fset, te.Pos, "internal error: the package does not compile with the code agen generates: %s; please report it", te.Msg)
			continue
		}
		m := machineAt(f, fileAt(syntax, fset, at.Filename), te.Pos)
		if m != nil && blamed[m] {
			continue
		}
		blamed[m] = true
		errs = append(errs, internalError(fset, f, []*transform.Machine{m}, at.Line, te.Msg))
	}
	return errs
}

// internalError reports that the code generated for m (the first of
// machines, nil if unknown) does not compile.
func internalError(fset *token.FileSet, f *transform.File, machines []*transform.Machine, line int, msg string) *transform.Error {
	pos := f.Source.Syntax.Package
	if len(machines) > 0 && machines[0] != nil {
		pos = machines[0].Gen.Decl.Name.Pos()
	}
	var errs transform.ErrorList
	errs.Add(fset, pos, "internal error: the code agen generates for this does not compile (%s:%d: %s); please report it", filepath.Base(f.Output), line, msg)
	return errs[0]
}

func fileAt(syntax []*ast.File, fset *token.FileSet, name string) *ast.File {
	for _, f := range syntax {
		if fset.PositionFor(f.Pos(), false).Filename == name {
			return f
		}
	}
	return nil
}

// machineAt returns the machine whose declaration in the generated file
// holds pos: the one whose generated names the declaration mentions first.
func machineAt(f *transform.File, file *ast.File, pos token.Pos) *transform.Machine {
	owner := map[string]*transform.Machine{}
	for _, m := range f.Machines {
		for _, name := range []string{m.Gen.Ctor, m.Gen.Type, m.Gen.FrameType, m.Gen.DeferType} {
			owner[name] = m
		}
		for _, lt := range m.Types {
			owner[lt.Name] = m
		}
	}
	if file == nil {
		return nil
	}
	for _, decl := range file.Decls {
		if pos < decl.Pos() || pos >= decl.End() {
			continue
		}
		var found *transform.Machine
		ast.Inspect(decl, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && found == nil {
				found = owner[id.Name]
			}
			return found == nil
		})
		return found
	}
	return nil
}

// loadedImporter imports the packages the load already has, found through
// the imports of the package checked, so that the check shares their
// types; another package (the generated code may import a package of the
// standard library that the package does not) comes from export data.
type loadedImporter struct {
	loaded   map[string]*types.Package
	fallback types.Importer
}

func newLoadedImporter(fset *token.FileSet, pkg *types.Package) *loadedImporter {
	loaded := map[string]*types.Package{"unsafe": types.Unsafe}
	var walk func(p *types.Package)
	walk = func(p *types.Package) {
		for _, imp := range p.Imports() {
			if loaded[imp.Path()] == nil {
				loaded[imp.Path()] = imp
				walk(imp)
			}
		}
	}
	walk(pkg)
	return &loadedImporter{loaded: loaded, fallback: importer.ForCompiler(fset, "gc", nil)}
}

func (im *loadedImporter) Import(path string) (*types.Package, error) {
	if p := im.loaded[path]; p != nil {
		return p, nil
	}
	return im.fallback.Import(path)
}
