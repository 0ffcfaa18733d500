package emit

// This file defines the rendering of one generated file.

import (
	"bytes"
	"fmt"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/agen-go/agen/transform"
)

// resetMarker stands where the line directive that points back at the
// generated file goes; its line number is known only after formatting.
const resetMarker = "// agen:line-reset"

// renderer renders the machines of one file.
type renderer struct {
	pkgPath string
	m       *transform.Machine
	// inResume is set while rendering resume, where the cached
	// variables are locals (see cached).
	inResume bool
	// pushing is set while rendering a resume or push that takes the loop
	// body of All (see pushMode).
	pushing bool
	// referenced holds the variables resume refers to, for m.
	referenced map[*transform.Var]bool
	refsOf     *transform.Machine
}

// Render returns the content of the generated file f.
func Render(f *transform.File) ([]byte, error) {
	src := f.Source
	pkg := f.Pkg.Pkg
	r := &renderer{pkgPath: pkg.PkgPath}
	out := jen.NewFilePathName(pkg.PkgPath, pkg.Name)
	out.HeaderComment(strings.TrimPrefix(transform.Header, "// "))
	if c := transform.BuildConstraint(src.Syntax); c != "" {
		out.HeaderComment(c)
	}
	importNames(out, f, pkg.Types)
	for _, m := range f.Machines {
		r.m = m
		r.machine(out)
	}
	var buf bytes.Buffer
	if err := out.Render(&buf); err != nil {
		return nil, fmt.Errorf("%s: internal error: generated code does not format: %v", f.Output, err)
	}
	return resetLines(buf.Bytes(), filepath.Base(f.Output)), nil
}

// importNames makes the generated file import packages under the names the
// source file uses, so that the user's code reads the same, and every
// other package it needs under a name that clashes with nothing of the
// package.
func importNames(out *jen.File, f *transform.File, pkg *types.Package) {
	src := f.Source
	taken := map[string]bool{}
	for _, name := range pkg.Scope().Names() {
		taken[name] = true
	}
	for _, imp := range src.Syntax.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		if imp.Name != nil && imp.Name.Name != "_" && imp.Name.Name != "." {
			out.ImportAlias(path, imp.Name.Name)
			taken[imp.Name.Name] = true
			continue
		}
		for _, p := range pkg.Imports() {
			if p.Path() == path {
				out.ImportName(path, p.Name())
				taken[p.Name()] = true
			}
		}
	}
	for _, path := range usedPackages(f, pkg) {
		if imported(src, path) {
			continue
		}
		name := path[strings.LastIndex(path, "/")+1:]
		if p := findPackage(pkg, path); p != nil {
			name = p.Name()
		}
		alias := name
		for i := 2; taken[alias]; i++ {
			alias = "agen" + name
			if i > 2 {
				alias += strconv.Itoa(i)
			}
		}
		taken[alias] = true
		if alias == name {
			out.ImportName(path, name)
		} else {
			out.ImportAlias(path, alias)
		}
	}
}

// usedPackages lists, in order, the packages the generated file may name:
// those of the scaffolding, and those the machines' types and code name.
func usedPackages(f *transform.File, pkg *types.Package) []string {
	paths := map[string]bool{
		"context": true, "io": true, "iter": true, "maps": true, "runtime": true, "slices": true,
		"unicode/utf8": true, transform.RuntimePath: true,
	}
	typ := func(t types.Type) {
		transform.WalkTypeNames(t, pkg.Path(), func(obj *types.TypeName) bool {
			if obj.Pkg() != nil && obj.Pkg() != pkg {
				paths[obj.Pkg().Path()] = true
			}
			return true
		})
	}
	text := func(t transform.Text) {
		for _, p := range t {
			if p.Pkg != "" {
				paths[p.Pkg] = true
			}
			typ(p.Type)
		}
	}
	for _, m := range f.Machines {
		typ(m.Gen.Sig)
		for _, v := range m.Vars {
			typ(v.Type)
		}
		for _, d := range m.Defers {
			if d.Fn != nil {
				typ(d.Fn.Type)
			}
			for _, a := range d.Args {
				typ(a.Type)
			}
		}
		for _, s := range m.Body {
			text(s.Text)
		}
		for _, lt := range m.Types {
			text(lt.Text)
		}
	}
	return sortedKeys(paths)
}

// findPackage returns the package of a path among those pkg imports,
// directly or not.
func findPackage(pkg *types.Package, path string) *types.Package {
	seen := map[*types.Package]bool{}
	var find func(p *types.Package) *types.Package
	find = func(p *types.Package) *types.Package {
		if seen[p] {
			return nil
		}
		seen[p] = true
		if p.Path() == path {
			return p
		}
		for _, imp := range p.Imports() {
			if found := find(imp); found != nil {
				return found
			}
		}
		return nil
	}
	return find(pkg)
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func imported(src *transform.SourceFile, path string) bool {
	for _, imp := range src.Syntax.Imports {
		if imp.Path.Value == strconv.Quote(path) {
			return true
		}
	}
	return false
}

// resetLines replaces each reset marker by a line directive naming its
// own line of the generated file.
func resetLines(content []byte, name string) []byte {
	lines := bytes.Split(content, []byte("\n"))
	for i, line := range lines {
		if bytes.Equal(bytes.TrimSpace(line), []byte(resetMarker)) {
			lines[i] = fmt.Appendf(nil, "//line %s:%d", name, i+2)
		}
	}
	return bytes.Join(lines, []byte("\n"))
}
