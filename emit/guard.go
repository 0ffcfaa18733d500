package emit

// This file defines the guard of a generator: what makes generated code
// that no longer matches its body fail to build or be reported.

import (
	"go/types"

	"github.com/dave/jennifer/jen"
)

// guard renders a blank function that assigns the body to a variable of
// the function type it had when the code was generated, so that a changed
// signature fails to compile here (as stringer's guard does for changed
// constants). A blank function is type-checked and never compiled: the
// check costs nothing at run time. Its doc comment records the body's
// fingerprint, which the agen analyzer compares with the body's text.
func (r *renderer) guard() jen.Code {
	g := r.m.Gen
	name := g.Decl.Name.Name
	return jen.Commentf("A compile error here means that the signature of %s changed: run go generate.", name).Line().
		Comment("//").Line().
		Comment(g.Fingerprint).Line().
		Func().Id("_").Types(r.typesDecl()...).Params().Block(
		jen.Var().Id("_").Add(r.typeCode(r.bodyType())).Op("=").Add(r.bodyValue()),
	)
}

// bodyType returns the type of the body as a function value: a method's
// receiver becomes its first parameter, as in a method expression.
func (r *renderer) bodyType() *types.Signature {
	sig := r.m.Gen.Sig
	var params []*types.Var
	if recv := sig.Recv(); recv != nil {
		params = append(params, types.NewParam(0, nil, "", recv.Type()))
	}
	for i := range sig.Params().Len() {
		params = append(params, types.NewParam(0, nil, "", sig.Params().At(i).Type()))
	}
	var results []*types.Var
	for i := range sig.Results().Len() {
		results = append(results, types.NewParam(0, nil, "", sig.Results().At(i).Type()))
	}
	return types.NewSignatureType(nil, nil, nil, types.NewTuple(params...), types.NewTuple(results...), sig.Variadic())
}

// bodyValue renders the body as a function value, instantiated with the
// guard's type parameters: fib, fib[T], (*List[T]).walk.
func (r *renderer) bodyValue() jen.Code {
	g := r.m.Gen
	if recv := g.Sig.Recv(); recv != nil {
		if _, ptr := recv.Type().(*types.Pointer); ptr {
			return jen.Parens(r.recvTypeCode(recv.Type())).Dot(g.Decl.Name.Name)
		}
		return jen.Add(r.recvTypeCode(recv.Type())).Dot(g.Decl.Name.Name)
	}
	return r.inst(g.Decl.Name.Name)
}
