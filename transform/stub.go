package transform

// This file defines the stubs that stand in for generated files while a
// package is loaded: the generated names with their signatures, and bodies
// that panic. They are built from syntax alone, before anything is
// type-checked. A stub declares only the names its body claimed
// (claims.go), and none for a body the checks will reject.

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/packages"
)

// stubFile returns the stub of the generated file of f, or nil if f holds
// no directive.
func stubFile(fset *token.FileSet, f *ast.File, pkg *packages.Package, files map[string]*parsedFile, claimed map[token.Position]map[string]bool, missing map[token.Position][]string) []byte {
	src := files[fset.File(f.Pos()).Name()].src
	text := func(n ast.Node) string {
		if n == nil {
			return ""
		}
		return string(src[fset.Position(n.Pos()).Offset:fset.Position(n.End()).Offset])
	}
	var body bytes.Buffer
	used := map[string]bool{}
	directives := false
	specs := typeSpecs(files)
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok {
			continue
		}
		var ignored ErrorList
		d := findDirective(fset, fn, &ignored)
		if d == nil {
			continue
		}
		directives = true
		at := fset.Position(fn.Name.Pos())
		if names := stubGenerator(&body, fn, d, text, specs, claimed[at], used); len(names) > 0 {
			missing[at] = names
		}
	}
	if !directives {
		return nil // not a source: a file with a directive is one, stubbed or not
	}
	var out bytes.Buffer
	out.WriteString(Header + "\n\n")
	if c := BuildConstraint(f); c != "" {
		out.WriteString(c + "\n\n")
	}
	fmt.Fprintf(&out, "package %s\n\nimport (\n\tagen_context \"context\"\n\tagen_iter \"iter\"\n", f.Name.Name)
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		name := importName(imp, pkg)
		if used[name] && path != "" {
			fmt.Fprintf(&out, "\t%s %s\n", name, imp.Path.Value)
		}
	}
	out.WriteString(")\n\nvar _ agen_context.Context\nvar _ agen_iter.Seq[int]\n\n")
	out.Write(body.Bytes())
	return out.Bytes()
}

// importName returns the name an import declares in its file.
func importName(imp *ast.ImportSpec, pkg *packages.Package) string {
	if imp.Name != nil {
		return imp.Name.Name
	}
	path, _ := strconv.Unquote(imp.Path.Value)
	if p := pkg.Imports[path]; p != nil && p.Name != "" {
		return p.Name
	}
	return path[strings.LastIndex(path, "/")+1:]
}

// claimNames claims the generated names of every body among the packages'
// sources, package by package (the files of a directory that share a
// package clause, tests included), and returns the roles each body
// claimed, by the position of its name (each variant of a package parses
// its files anew): its stub declares only those.
func claimNames(fset *token.FileSet, sources map[string]*parsedFile, byDir map[string]map[string]*parsedFile, errs *ErrorList) map[token.Position]map[string]bool {
	type pkgKey struct{ dir, name string }
	bodies := map[pkgKey][]*ast.FuncDecl{}
	directives := map[*ast.FuncDecl]*directive{}
	for _, f := range sources {
		key := pkgKey{filepath.Dir(fset.File(f.syntax.Pos()).Name()), f.syntax.Name.Name}
		for _, decl := range f.syntax.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			if d := findDirective(fset, fn, &ErrorList{}); d != nil {
				bodies[key] = append(bodies[key], fn)
				directives[fn] = d
			}
		}
	}
	claimed := map[token.Position]map[string]bool{}
	for key, fns := range bodies {
		claims := newNameClaims(declared(samePackage(byDir[key.dir], key.name)))
		sortDecls(fset, fns)
		for _, fn := range fns {
			ctor, typ := directives[fn].names(fn)
			claimed[fset.Position(fn.Name.Pos())] = claims.claimAll(fset, generatedNames(fn, recvTypeName(fn), ctor, typ), errs)
		}
	}
	return claimed
}

// recvTypeName returns the name of the type of fn's receiver, as written,
// or "" for a function.
func recvTypeName(fn *ast.FuncDecl) string {
	if fn.Recv == nil || len(fn.Recv.List) == 0 {
		return ""
	}
	t := fn.Recv.List[0].Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	switch x := t.(type) {
	case *ast.IndexExpr:
		t = x.X
	case *ast.IndexListExpr:
		t = x.X
	}
	return exprName(t)
}

// declared returns the package-level names the package's own files
// declare, and the methods and fields of its types as T.name, with their
// positions.
func declared(files map[string]*parsedFile) map[string]token.Pos {
	names := map[string]token.Pos{}
	for _, f := range files {
		if f.generated {
			continue
		}
		for _, decl := range f.syntax.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				if recv := recvTypeName(decl); recv != "" {
					names[recv+"."+decl.Name.Name] = decl.Name.Pos()
				} else if decl.Recv == nil {
					names[decl.Name.Name] = decl.Name.Pos()
				}
			case *ast.GenDecl:
				for _, spec := range decl.Specs {
					switch spec := spec.(type) {
					case *ast.TypeSpec:
						names[spec.Name.Name] = spec.Name.Pos()
						declareFields(names, spec)
					case *ast.ValueSpec:
						for _, n := range spec.Names {
							names[n.Name] = n.Pos()
						}
					}
				}
			}
		}
	}
	return names
}

// declareFields adds the fields a struct type declares, as T.name.
func declareFields(names map[string]token.Pos, spec *ast.TypeSpec) {
	st, ok := spec.Type.(*ast.StructType)
	if !ok {
		return
	}
	for _, field := range st.Fields.List {
		for _, n := range field.Names {
			names[spec.Name.Name+"."+n.Name] = n.Pos()
		}
		if len(field.Names) == 0 {
			names[spec.Name.Name+"."+embeddedName(field.Type)] = field.Type.Pos()
		}
	}
}

// typeSpecs indexes the type declarations of a package by name.
func typeSpecs(files map[string]*parsedFile) map[string]*ast.TypeSpec {
	specs := map[string]*ast.TypeSpec{}
	for _, f := range files {
		if f.generated {
			continue
		}
		for _, decl := range f.syntax.Decls {
			if gen, ok := decl.(*ast.GenDecl); ok && gen.Tok == token.TYPE {
				for _, spec := range gen.Specs {
					ts := spec.(*ast.TypeSpec)
					specs[ts.Name.Name] = ts
				}
			}
		}
	}
	return specs
}

// stubGenerator writes the stub declarations of one generator.
// It returns the generated names it leaves out: those of a body the
// checks reject.
func stubGenerator(w *bytes.Buffer, fn *ast.FuncDecl, d *directive, text func(ast.Node) string, specs map[string]*ast.TypeSpec, claimed map[string]bool, used map[string]bool) (missing []string) {
	ctor, typ := d.names(fn)
	yielder, index := stubYielder(fn)
	if yielder == nil {
		return []string{ctor, typ} // not a generator signature, which the checks report
	}
	decl, inst := stubTypeParams(fn, text, specs, used)
	if strings.Contains(inst, "_") && (strings.Contains(inst, "[_") || strings.Contains(inst, " _")) {
		return []string{ctor, typ} // a blank type parameter, which the checks report
	}
	if !claimed["type"] {
		return []string{ctor, typ} // a clash, which the claims reported
	}
	if !claimed["constructor"] {
		missing = []string{ctor}
	}
	markPackages(used, index.Indices[0])
	markPackages(used, index.Indices[1])
	handle := typ + inst
	params := strings.Join(stubParams(fn.Type.Params.List, text, used), ", ")
	fmt.Fprintf(w, "type %s%s struct{}\n\n", typ, decl)
	if fn.Recv != nil && claimed["constructor"] {
		markPackages(used, fn.Recv)
		fmt.Fprintf(w, "func %s %s(%s) (_ *%s) { return }\n\n", text(fn.Recv), ctor, params, handle)
	} else if claimed["constructor"] {
		fmt.Fprintf(w, "func %s%s(%s) (_ *%s) { return }\n\n", ctor, decl, params, handle)
	}
	async := yielder.Sel.Name == "AsyncYielder"
	if async {
		used[exprName(yielder.X)] = true
	}
	fill := strings.NewReplacer("{Y}", text(index.Indices[0]), "{S}", text(index.Indices[1]), "{A}", exprName(yielder.X))
	for _, m := range stubMethods(async) {
		name, sig, _ := strings.Cut(m, "(")
		fmt.Fprintf(w, "func (*%s) %s(%s { return }\n\n", handle, name, fill.Replace(sig))
	}
	return missing
}

// stubYielder returns the yielder type of fn's first parameter, as
// written (pkg.Yielder[Y, S]): its name and its instantiation; nil if the
// parameter is not spelled so.
func stubYielder(fn *ast.FuncDecl) (*ast.SelectorExpr, *ast.IndexListExpr) {
	params := fn.Type.Params.List
	if len(params) == 0 {
		return nil, nil
	}
	star, ok := params[0].Type.(*ast.StarExpr)
	if !ok {
		return nil, nil
	}
	index, ok := star.X.(*ast.IndexListExpr)
	if !ok || len(index.Indices) != 2 {
		return nil, nil
	}
	sel, ok := index.X.(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	return sel, index
}

// stubParams returns the constructor's parameters: the body's, without
// the yielder.
func stubParams(fields []*ast.Field, text func(ast.Node) string, used map[string]bool) []string {
	var params []string
	for i, field := range fields {
		names := make([]string, len(field.Names))
		for j, n := range field.Names {
			names[j] = n.Name
		}
		if i == 0 {
			names = names[min(1, len(names)):]
		}
		if len(names) == 0 {
			continue
		}
		markPackages(used, field.Type)
		params = append(params, strings.Join(names, ", ")+" "+text(field.Type))
	}
	return params
}

// stubMethods returns the methods of a generated type, with {Y}, {S} and
// {A} standing for the yielded type, the sent type and the runtime
// package's name.
func stubMethods(async bool) []string {
	if async {
		return []string{
			"Next(agen_context.Context) (_ {Y}, _ error)", "Send(agen_context.Context, {S}) (_ {Y}, _ error)",
			"Throw(agen_context.Context, error) (_ {Y}, _ error)", "Close(agen_context.Context) (_ error)",
			"All(agen_context.Context) (_ agen_iter.Seq2[{Y}, error])",
			"ANext() (_ {A}.Awaitable[{Y}])", "ASend({S}) (_ {A}.Awaitable[{Y}])",
			"AThrow(error) (_ {A}.Awaitable[{Y}])", "AClose() (_ {A}.Awaitable[{A}.None])",
		}
	}
	return []string{
		"Next() (_ {Y}, _ bool)", "Send({S}) (_ {Y}, _ bool)", "Throw(error) (_ {Y}, _ bool)",
		"Close() (_ error)", "Err() (_ error)", "All() (_ agen_iter.Seq[{Y}])",
	}
}

// stubTypeParams returns the type parameter list of the generated types,
// for their declaration ("[T any]") and their instantiation ("[T]").
func stubTypeParams(fn *ast.FuncDecl, text func(ast.Node) string, specs map[string]*ast.TypeSpec, used map[string]bool) (decl, inst string) {
	if fn.Type.TypeParams != nil {
		markPackages(used, fn.Type.TypeParams)
		return text(fn.Type.TypeParams), "[" + strings.Join(fieldNames(fn.Type.TypeParams), ", ") + "]"
	}
	if fn.Recv == nil || len(fn.Recv.List) == 0 {
		return "", ""
	}
	recv := fn.Recv.List[0].Type
	if star, ok := recv.(*ast.StarExpr); ok {
		recv = star.X
	}
	var base ast.Expr
	var names []string
	switch r := recv.(type) {
	case *ast.IndexExpr:
		base, names = r.X, []string{exprName(r.Index)}
	case *ast.IndexListExpr:
		base = r.X
		for _, e := range r.Indices {
			names = append(names, exprName(e))
		}
	default:
		return "", ""
	}
	spec := specs[exprName(base)]
	if spec == nil || spec.TypeParams == nil {
		return "", ""
	}
	// The receiver may rename the type's parameters: keep the receiver's
	// names with the declaration's constraints.
	var parts []string
	i := 0
	for _, field := range spec.TypeParams.List {
		markPackages(used, field.Type)
		for range field.Names {
			if i < len(names) {
				parts = append(parts, names[i]+" "+text(field.Type))
			}
			i++
		}
	}
	return "[" + strings.Join(parts, ", ") + "]", "[" + strings.Join(names, ", ") + "]"
}

// embeddedName returns the name of the field a struct embeds as t.
func embeddedName(t ast.Expr) string {
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
		case *ast.IndexExpr:
			t = x.X
		case *ast.IndexListExpr:
			t = x.X
		case *ast.SelectorExpr:
			return x.Sel.Name
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

func fieldNames(list *ast.FieldList) []string {
	var names []string
	for _, f := range list.List {
		for _, n := range f.Names {
			names = append(names, n.Name)
		}
	}
	return names
}

func exprName(e ast.Expr) string {
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// markPackages records the package names that n refers to.
func markPackages(used map[string]bool, n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
}
