package transform

// This file defines the claims of the names agen generates for a package:
// each body claims its constructor and types, in the order of its file's
// path and its position, against the package's own declarations (and the
// methods and fields of a method constructor's receiver type) and the
// names claimed before. The stubs claim from syntax, before the package
// is loaded, so that they declare nothing twice; the checks claim again
// from types (agen after loading, the analyzer on its own), and report a
// clash with the same message at the same place, so that a run prints
// each once.
//
// Guarantees: a clash is reported at the declaration of the body that
// claims the name second, naming both sides and the option that renames
// it.

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"path/filepath"
	"slices"
)

// A generatedName is a name agen generates for a body.
type generatedName struct {
	name string    // the name; for a method constructor, Recv.name
	role string    // "constructor", "type", "frame type" or "deferred-call type"
	body string    // the body, as Recv.name for a method
	pos  token.Pos // the body's name in its declaration
}

// option returns the directive's option that renames n.
func (n generatedName) option() string {
	if n.role == "constructor" {
		return "func=NAME"
	}
	return "type=NAME"
}

func (n generatedName) String() string {
	return fmt.Sprintf("%s, the %s of %s,", n.name, n.role, n.body)
}

// generatedNames returns the names agen generates for the body fn, whose
// receiver's type is named recv ("" for a function), with its
// constructor and type named ctor and typ.
func generatedNames(fn *ast.FuncDecl, recv, ctor, typ string) []generatedName {
	body := fn.Name.Name
	if recv != "" {
		body = recv + "." + body
		ctor = recv + "." + ctor
	}
	var names []generatedName
	add := func(name, role string) {
		names = append(names, generatedName{name: name, role: role, body: body, pos: fn.Name.Pos()})
	}
	add(ctor, "constructor")
	add(typ, "type")
	add(unexported(typ)+"Frame", "frame type")
	add(unexported(typ)+"Defer", "deferred-call type")
	return names
}

// nameClaims holds the names taken in a package and those claimed so far.
type nameClaims struct {
	declared  map[string]token.Pos // the package's own, and its types' methods and fields as T.name
	generated map[string]generatedName
}

func newNameClaims(declared map[string]token.Pos) *nameClaims {
	return &nameClaims{declared: declared, generated: map[string]generatedName{}}
}

// claim claims n; it reports a clash, and returns false, if n is taken.
func (c *nameClaims) claim(fset *token.FileSet, n generatedName, errs *ErrorList) bool {
	if pos, ok := c.declared[n.name]; ok {
		errs.Add(fset, n.pos, "generated name %s clashes with the declaration at %s; choose another with %s", n, fset.Position(pos), n.option())
		return false
	}
	if other, ok := c.generated[n.name]; ok {
		errs.Add(fset, n.pos, "generated name %s clashes with %s at %s; choose another with %s", n, other, fset.Position(other.pos), n.option())
		return false
	}
	c.generated[n.name] = n
	return true
}

// claimAll claims the names of a body, from generatedNames; it returns
// the roles claimed. When the type clashes, the names derived from it are
// not claimed: one error says it.
func (c *nameClaims) claimAll(fset *token.FileSet, names []generatedName, errs *ErrorList) map[string]bool {
	claimed := map[string]bool{}
	for _, n := range names {
		derived := n.role == "frame type" || n.role == "deferred-call type"
		if derived && !claimed["type"] {
			continue
		}
		if c.claim(fset, n, errs) {
			claimed[n.role] = true
		}
	}
	return claimed
}

// byFileAndPos orders declarations as claims are made: by the path of
// their file, then by position.
func byFileAndPos(fset *token.FileSet, a, b *ast.FuncDecl) int {
	pa, pb := fset.PositionFor(a.Pos(), false), fset.PositionFor(b.Pos(), false)
	return cmp.Or(cmp.Compare(filepath.Clean(pa.Filename), filepath.Clean(pb.Filename)), cmp.Compare(pa.Offset, pb.Offset))
}

// sortDecls sorts declarations in claim order.
func sortDecls(fset *token.FileSet, decls []*ast.FuncDecl) {
	slices.SortStableFunc(decls, func(a, b *ast.FuncDecl) int { return byFileAndPos(fset, a, b) })
}
