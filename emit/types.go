package emit

// This file defines the rendering of go/types types as jennifer code, so
// that every package a type names is imported.

import (
	"go/types"

	"github.com/dave/jennifer/jen"

	"github.com/agen-go/agen/transform"
)

// typeCode renders t. Types of the package being generated render bare.
func (r *renderer) typeCode(t types.Type) jen.Code {
	switch t := t.(type) {
	case *types.Basic:
		if t.Kind() == types.UnsafePointer {
			return jen.Qual("unsafe", "Pointer")
		}
		return jen.Id(t.Name())
	case *types.Alias:
		if !transform.Nameable(t.Obj(), r.pkgPath) {
			return r.typeCode(types.Unalias(t))
		}
		return r.namedCode(t.Obj(), t.TypeArgs())
	case *types.Named:
		return r.namedCode(t.Obj(), t.TypeArgs())
	case *types.TypeParam:
		return jen.Id(t.Obj().Name())
	case *types.Pointer:
		return jen.Op("*").Add(r.typeCode(t.Elem()))
	case *types.Slice:
		return jen.Index().Add(r.typeCode(t.Elem()))
	case *types.Array:
		return jen.Index(jen.Lit(int(t.Len()))).Add(r.typeCode(t.Elem()))
	case *types.Map:
		return jen.Map(r.typeCode(t.Key())).Add(r.typeCode(t.Elem()))
	case *types.Chan:
		elem := r.typeCode(t.Elem())
		if c, ok := t.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
			elem = jen.Parens(elem)
		}
		switch t.Dir() {
		case types.SendOnly:
			return jen.Chan().Op("<-").Add(elem)
		case types.RecvOnly:
			return jen.Op("<-").Chan().Add(elem)
		}
		return jen.Chan().Add(elem)
	case *types.Signature:
		return jen.Func().Add(r.signatureCode(t))
	case *types.Struct:
		fields := make([]jen.Code, t.NumFields())
		for i := range t.NumFields() {
			f := t.Field(i)
			var field *jen.Statement
			if f.Embedded() {
				field = jen.Add(r.typeCode(f.Type()))
			} else {
				field = jen.Id(f.Name()).Add(r.typeCode(f.Type()))
			}
			if tag := t.Tag(i); tag != "" {
				field.Add(jen.Lit(tag)) // a quoted literal keeps the tag exact
			}
			fields[i] = field
		}
		return jen.Struct(fields...)
	case *types.Interface:
		return r.interfaceCode(t)
	case *types.Union:
		terms := make([]jen.Code, t.Len())
		for i := range t.Len() {
			term := t.Term(i)
			code := r.typeCode(term.Type())
			if term.Tilde() {
				code = jen.Op("~").Add(code)
			}
			terms[i] = code
		}
		return jen.Union(terms...)
	case *types.Tuple:
		return r.tupleCode(t, false)
	}
	return jen.Id(types.TypeString(t, nil))
}

// namedCode renders a named type or alias, instantiated.
func (r *renderer) namedCode(obj *types.TypeName, args *types.TypeList) jen.Code {
	if lt := r.m.LocalTypes[obj]; lt != nil {
		if lt.Generic {
			return r.inst(lt.Name)
		}
		return jen.Id(lt.Name)
	}
	var code *jen.Statement
	switch {
	case obj.Pkg() == nil || obj.Pkg().Path() == r.pkgPath:
		code = jen.Id(obj.Name())
	default:
		code = jen.Qual(obj.Pkg().Path(), obj.Name())
	}
	if args != nil && args.Len() > 0 {
		list := make([]jen.Code, args.Len())
		for i := range args.Len() {
			list[i] = r.typeCode(args.At(i))
		}
		code = code.Index(jen.List(list...))
	}
	return code
}

func (r *renderer) signatureCode(sig *types.Signature) *jen.Statement {
	params := r.tupleCode(sig.Params(), sig.Variadic())
	results := sig.Results()
	switch results.Len() {
	case 0:
		return params
	case 1:
		if name := results.At(0).Name(); name == "" || name == "_" {
			return params.Add(r.typeCode(results.At(0).Type()))
		}
	}
	return params.Add(r.tupleCode(results, false))
}

func (r *renderer) tupleCode(t *types.Tuple, variadic bool) *jen.Statement {
	named := true
	for i := range t.Len() {
		if name := t.At(i).Name(); name == "" || name == "_" {
			named = false // the names of a func type are documentation; blank ones are not
		}
	}
	list := make([]jen.Code, t.Len())
	for i := range t.Len() {
		v := t.At(i)
		var typ jen.Code
		if variadic && i == t.Len()-1 {
			typ = jen.Op("...").Add(r.typeCode(v.Type().(*types.Slice).Elem()))
		} else {
			typ = r.typeCode(v.Type())
		}
		if named {
			list[i] = jen.Id(v.Name()).Add(typ)
		} else {
			list[i] = typ
		}
	}
	return jen.Params(list...)
}

func (r *renderer) interfaceCode(t *types.Interface) jen.Code {
	if t.Empty() {
		if t == types.Universe.Lookup("any").Type() {
			return jen.Any()
		}
		return jen.Interface()
	}
	var items []jen.Code
	for i := range t.NumEmbeddeds() {
		items = append(items, r.typeCode(t.EmbeddedType(i)))
	}
	for i := range t.NumExplicitMethods() {
		m := t.ExplicitMethod(i)
		items = append(items, jen.Id(m.Name()).Add(r.signatureCode(m.Type().(*types.Signature))))
	}
	return jen.Interface(items...)
}
