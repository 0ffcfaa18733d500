package emit

// This file defines the rendering of one generated file.

import (
	"bytes"
	"fmt"
	"go/types"
	"path/filepath"
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
	srcName string // the source file's base name, for //line
	m       *transform.Machine
}

// Render returns the content of the generated file f.
func Render(f *transform.File) ([]byte, error) {
	src := f.Source
	pkg := f.Pkg.Pkg
	r := &renderer{pkgPath: pkg.PkgPath, srcName: filepath.Base(src.Path)}
	out := jen.NewFilePathName(pkg.PkgPath, pkg.Name)
	out.HeaderComment(strings.TrimPrefix(transform.Header, "// "))
	if c := buildConstraint(src); c != "" {
		out.HeaderComment(c)
	}
	importNames(out, src, pkg.Types)
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

// buildConstraint returns the //go:build line of a source file.
func buildConstraint(src *transform.SourceFile) string {
	for _, group := range src.Syntax.Comments {
		if group.Pos() >= src.Syntax.Package {
			break
		}
		for _, c := range group.List {
			if strings.HasPrefix(c.Text, "//go:build ") {
				return c.Text
			}
		}
	}
	return ""
}

// importNames makes the generated file import packages under the names the
// source file uses, so that the user's code reads the same, and others
// under names that clash with nothing of the package.
func importNames(out *jen.File, src *transform.SourceFile, pkg *types.Package) {
	for _, imp := range src.Syntax.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		if imp.Name != nil && imp.Name.Name != "_" && imp.Name.Name != "." {
			out.ImportAlias(path, imp.Name.Name)
			continue
		}
		for _, p := range pkg.Imports() {
			if p.Path() == path {
				out.ImportName(path, p.Name())
			}
		}
	}
	for _, path := range []string{"context", "iter", "maps", "runtime", "slices", "unicode/utf8", transform.RuntimePath} {
		name := path[strings.LastIndex(path, "/")+1:]
		if pkg.Scope().Lookup(name) != nil && !imported(src, path) {
			out.ImportAlias(path, "agen"+name)
		}
	}
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
