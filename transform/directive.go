package transform

// This file defines the //agen:generator directive: finding it, parsing its
// options, and checking the signature of the function it marks.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"unicode"
)

// RuntimePath is the import path of the runtime package.
const RuntimePath = "github.com/agen-go/agen/runtime/agen"

// directivePrefix marks a generator body in its doc comment.
const directivePrefix = "//agen:generator"

// A directive is the parsed //agen:generator comment of a function.
type directive struct {
	pos      token.Pos
	funcName string // func= option, "" for the default
	typeName string // type= option, "" for the default
}

// findDirective returns the directive in the doc comment of decl, if any,
// recording malformed options in errs.
func findDirective(fset *token.FileSet, decl *ast.FuncDecl, errs *ErrorList) *directive {
	if decl.Doc == nil {
		return nil
	}
	for _, c := range decl.Doc.List {
		rest, ok := strings.CutPrefix(c.Text, directivePrefix)
		if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
			continue
		}
		d := &directive{pos: c.Pos()}
		for _, opt := range strings.Fields(rest) {
			key, value, _ := strings.Cut(opt, "=")
			switch {
			case key == "func" && token.IsIdentifier(value) && value != "_":
				d.funcName = value
			case key == "type" && token.IsIdentifier(value) && value != "_":
				d.typeName = value
			case key == "func" || key == "type":
				errs.Add(fset, c.Pos(), "invalid %s=%q in //agen:generator: want an identifier other than _", key, value)
			default:
				errs.Add(fset, c.Pos(), "unknown option %q in //agen:generator: want func=NAME or type=NAME", opt)
			}
		}
		return d
	}
	return nil
}

// yielderKind tells a sync yielder from an async one.
type yielderKind int

const (
	notYielder yielderKind = iota
	syncYielder
	asyncYielder
)

// yielderOf reports whether t is *agen.Yielder[Y, S] or
// *agen.AsyncYielder[Y, S], and returns Y and S.
func yielderOf(t types.Type) (kind yielderKind, y, s types.Type) {
	ptr, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return notYielder, nil, nil
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != RuntimePath {
		return notYielder, nil, nil
	}
	args := named.TypeArgs()
	if args.Len() != 2 {
		return notYielder, nil, nil
	}
	switch named.Obj().Name() {
	case "Yielder":
		return syncYielder, args.At(0), args.At(1)
	case "AsyncYielder":
		return asyncYielder, args.At(0), args.At(1)
	}
	return notYielder, nil, nil
}

// checkSignature reports what is wrong with the signature of a generator
// body, or "" if it is well formed.
func checkSignature(sig *types.Signature) string {
	params := sig.Params()
	if params.Len() == 0 {
		return "a generator body's first parameter must be y *agen.Yielder[Y, S] or y *agen.AsyncYielder[Y, S]"
	}
	if kind, _, _ := yielderOf(params.At(0).Type()); kind == notYielder {
		return fmt.Sprintf("a generator body's first parameter must be *agen.Yielder[Y, S] or *agen.AsyncYielder[Y, S], not %s", params.At(0).Type())
	}
	for i := 1; i < params.Len(); i++ {
		if kind, _, _ := yielderOf(params.At(i).Type()); kind != notYielder {
			return "a generator body takes one yielder, as its first parameter"
		}
	}
	results := sig.Results()
	switch {
	case results.Len() == 0:
	case results.Len() == 1 && types.Identical(results.At(0).Type(), types.Universe.Lookup("error").Type()):
	default:
		return "a generator body returns nothing or an error"
	}
	return ""
}

// checkSpelling reports what is wrong with the way a well-typed generator
// body spells its yielder, or "": agen reads Y and S from the source before
// anything is type-checked, so the yielder must be written
// *pkg.Yielder[Y, S] or *pkg.AsyncYielder[Y, S].
func checkSpelling(fn *ast.FuncDecl) string {
	const msg = "write the yielder's type as *agen.Yielder[Y, S] or *agen.AsyncYielder[Y, S]: agen reads it from the source, where aliases and dot-imports hide it"
	star, ok := fn.Type.Params.List[0].Type.(*ast.StarExpr)
	if !ok {
		return msg
	}
	index, ok := star.X.(*ast.IndexListExpr)
	if !ok || len(index.Indices) != 2 {
		return msg
	}
	if _, ok := index.X.(*ast.SelectorExpr); !ok {
		return msg
	}
	return ""
}

// names returns the constructor and type names of fn: the directive's
// options, or the defaults (fib: fibGen, fibGenerator).
func (d *directive) names(fn *ast.FuncDecl) (ctor, typ string) {
	ctor, typ = fn.Name.Name+"Gen", fn.Name.Name+"Generator"
	if d.funcName != "" {
		ctor = d.funcName
	}
	if d.typeName != "" {
		typ = d.typeName
	}
	return ctor, typ
}

// unexported returns name with its leading capitals lower-cased, for the
// helper types of a generator, as a person writes them: Fib gives fib,
// BFSIter gives bfsIter (the capital that starts the next word stays),
// HTTP gives http, IDsIter gives idsIter.
func unexported(name string) string {
	runes := []rune(name)
	upper := 0
	for upper < len(runes) && unicode.IsUpper(runes[upper]) {
		upper++
	}
	if upper > 1 && upper < len(runes) && unicode.IsLower(runes[upper]) && !pluralS(runes[upper:]) {
		upper-- // the last capital starts the next word
	}
	for i := range max(upper, 1) {
		runes[i] = unicode.ToLower(runes[i])
	}
	return string(runes)
}

// pluralS reports whether rest, which follows a run of capitals, starts
// with the s of a plural (IDs, URLsIter) rather than a word.
func pluralS(rest []rune) bool {
	return rest[0] == 's' && (len(rest) == 1 || !unicode.IsLower(rest[1]))
}
