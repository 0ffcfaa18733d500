package main

// This file defines how agen deletes orphaned generated files under go
// generate without pulling them from under it.
//
// go generate lists a package's files first, then reads them one by one,
// running each file's directives as it meets them: the package's files in
// name order, its cgo files, its test files, its external test files. An
// orphan (a generated file whose source is gone) that go generate has read
// already, or that it does not read (another build's), agen deletes. One it
// has yet to read must still be there when it gets to it: agen replaces it
// by a stub that holds a copy of the directive that ran agen, so that when
// go generate reads the stub it runs agen once more, which deletes the stub,
// now read. One go generate run leaves the package as agen would alone.
// (An orphan of another package, when agen was given patterns, becomes a
// stub without the directive, which a later run of agen deletes.)

import (
	"bufio"
	"bytes"
	"cmp"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/agen-go/agen/transform"
)

// goGenerate is the go generate run that started agen.
type goGenerate struct {
	dir        string        // the package's directory, agen's current one
	file       string        // $GOFILE: the file whose directive runs
	directives []string      // that directive, after the -command lines it may use
	ctx        build.Context // go generate's build context
}

// underGoGenerate returns the go generate run that started agen, or nil.
func underGoGenerate(tags string) *goGenerate {
	file := os.Getenv("GOFILE")
	if file == "" {
		return nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return nil
	}
	ctx := build.Default
	ctx.BuildTags = append(strings.FieldsFunc(tags, func(r rune) bool { return r == ',' || r == ' ' }), "generate")
	line, _ := strconv.Atoi(os.Getenv("GOLINE"))
	return &goGenerate{dir: dir, file: file, directives: directiveLines(filepath.Join(dir, file), line), ctx: ctx}
}

// directiveLines returns the //go:generate line of path at line, after
// every //go:generate -command line before it, or nil.
func directiveLines(path string, line int) []string {
	content, err := os.ReadFile(path)
	if err != nil || line <= 0 {
		return nil
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(content))
	sc.Buffer(nil, len(content)+1)
	for n := 1; sc.Scan() && n <= line; n++ {
		text := strings.TrimRight(sc.Text(), "\r")
		switch {
		case n == line && strings.HasPrefix(text, "//go:generate "):
			return append(lines, text)
		case strings.HasPrefix(text, "//go:generate -command "):
			lines = append(lines, text)
		}
	}
	return nil
}

// pending reports whether go generate may have yet to read path: a file
// of the build after $GOFILE, or of another package (agen was given
// patterns), which go generate may read later or not at all.
func (g *goGenerate) pending(path string) bool {
	dir, name := filepath.Split(path)
	dir = filepath.Clean(dir)
	if ok, err := g.ctx.MatchFile(dir, name); err != nil || !ok {
		return false // not in the build: go generate does not read it
	}
	return dir != g.dir || g.compare(name, g.file) > 0
}

// compare orders two files of the package as go generate reads them.
func (g *goGenerate) compare(a, b string) int {
	return cmp.Or(cmp.Compare(g.group(a), g.group(b)), cmp.Compare(a, b))
}

// group returns the list of go generate's that holds the file name: 0 for
// the package's files, 1 its cgo files, 2 its test files, 3 its external
// test files.
func (g *goGenerate) group(name string) int {
	f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(g.dir, name), nil, parser.ImportsOnly)
	if err != nil {
		return 0
	}
	if strings.HasSuffix(name, "_test.go") {
		if strings.HasSuffix(f.Name.Name, "_test") {
			return 3
		}
		return 2
	}
	for _, imp := range f.Imports {
		if imp.Path.Value == `"C"` {
			return 1
		}
	}
	return 0
}

// stub returns what replaces the orphan path until go generate reads it:
// its header, build constraint and package clause, and, in $GOFILE's
// package, the directive that ran agen, which will delete it. In another
// package the directive might not run as it does here (a relative path):
// the stub waits there for the package's own run of agen, or the next.
func (g *goGenerate) stub(path string) ([]byte, error) {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.PackageClauseOnly|parser.ParseComments)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	out.WriteString(transform.Header + "\n\n")
	if c := transform.BuildConstraint(f); c != "" {
		out.WriteString(c + "\n\n")
	}
	here := filepath.Dir(path) == g.dir && len(g.directives) > 0
	out.WriteString("// The source of this file is gone, but go generate may still read it.\n")
	if here {
		out.WriteString("// The directive below runs agen again, which deletes it.\n")
	} else {
		out.WriteString("// The next run of agen on its package deletes it.\n")
	}
	out.WriteString("\npackage " + f.Name.Name + "\n")
	if here {
		out.WriteString("\n" + strings.Join(g.directives, "\n") + "\n")
	}
	return out.Bytes(), nil
}
