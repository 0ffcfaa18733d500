// Package localtypenames holds bodies whose local types must read and
// behave as in Go once hoisted: under their own names, one type per
// instantiation of a generic body, and with the constants of the body
// their declarations use.
package localtypenames

import (
	"fmt"
	"reflect"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// sameMark yields a value of its local type, and tells whether values
// are of it: a mark of another instantiation is not.
//
//agen:generator
func sameMark[T any](y *agen.Yielder[any, any], tr *difftest.Trace, other any) {
	type mark struct{}
	tr.Log("%T %s", mark{}, reflect.TypeOf(mark{}))
	v := y.Yield(mark{})
	_, mine := v.(mark)
	_, theirs := other.(mark)
	tr.Log("mine=%v theirs=%v", mine, theirs)
	y.Yield(fmt.Sprintf("%T", v))
}

// pairs keeps values of local types across yields and prints their
// types.
//
//agen:generator
func pairs(y *agen.Yielder[string, agen.None], tr *difftest.Trace) {
	type pair struct{ a, b int }
	type named pair
	p := pair{1, 2}
	y.Yield(fmt.Sprintf("%T %v", p, p))
	n := named(p)
	y.Yield(fmt.Sprintf("%T %+v", n, n))
	defer func() {
		tr.Log("recovered %v", recover())
	}()
	var v any = p
	y.Yield(fmt.Sprint(v.(named)))
}

// holder is a generic type whose generator method declares a local type.
type holder[K comparable] struct{ key K }

// tagged yields a value of a local type of a method of a generic type.
//
//agen:generator
func (h holder[K]) tagged(y *agen.Yielder[string, agen.None]) {
	type tag struct{ key K }
	t := tag{h.key}
	y.Yield(fmt.Sprintf("%T %v", t, t))
	type plain int
	y.Yield(fmt.Sprintf("%T %v", plain(1), t))
}

// embedding declares a type embedding another type of the body, both
// under their own names, so the field keeps its name.
//
//agen:generator
func embedding(y *agen.Yielder[int, agen.None]) {
	type base struct{ id int }
	type item struct {
		base
		n int
	}
	it := item{base{1}, 2}
	y.Yield(it.id)
	y.Yield(it.base.id + it.n)
}

// sized declares types whose array lengths are constants of the body.
//
//agen:generator
func sized(y *agen.Yielder[string, agen.None]) {
	const size = 3
	type arr [size]int
	var a arr
	a[size-1] = y2(y.Yield(fmt.Sprintf("%T %v", a, a)))
	{
		const size = 2
		var buf [4]byte
		type grid [size][len(buf) * size]byte
		type cell struct{ v [size + 1]int }
		var g grid
		c := cell{}
		y.Yield(fmt.Sprintf("%T %d %d %v", g, len(g), len(g[0]), c))
	}
	y.Yield(fmt.Sprint(a))
}

func y2(agen.None) int { return 2 }

// shadowing hoists two types of one name and one named like the package's
// function: all three keep Go's behaviour under other names.
//
//agen:generator
func shadowing(y *agen.Yielder[string, agen.None]) {
	type pair int
	var a pair = 1
	y.Yield(fmt.Sprint(a))
	{
		type pair string
		var b pair = "b"
		y.Yield(fmt.Sprint(b))
	}
	type shadowing struct{ s string }
	s := shadowing{"s"}
	y.Yield(fmt.Sprint(a, s))
}

// typeParamNamed declares a type named like its type parameter: hoisted,
// it needs another name, which the type parameter does not hide.
//
//agen:generator
func typeParamNamed[T any](y *agen.Yielder[string, agen.None], v T) {
	w := v
	{
		type T int
		var t T = 2
		y.Yield(fmt.Sprint(w, t))
		y.Yield(fmt.Sprint(t + 1))
	}
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Sync("sameMark",
		func(tr *difftest.Trace) agen.Generator[any, any] {
			first := sameMarkGen[int](&difftest.Trace{}, nil) // a mark of another instantiation
			other, _ := first.Next()
			first.Close()
			return sameMarkGen[string](tr, other)
		},
		func(tr *difftest.Trace, y *agen.Yielder[any, any]) error {
			first := agen.Goroutine(func(y *agen.Yielder[any, any]) error { sameMark[int](y, &difftest.Trace{}, nil); return nil })
			other, _ := first.Next()
			first.Close()
			sameMark[string](y, tr, other)
			return nil
		},
		1),
	difftest.Sync("pairs",
		func(tr *difftest.Trace) agen.Generator[string, agen.None] { return pairsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, agen.None]) error { pairs(y, tr); return nil }),
	difftest.Sync("tagged",
		func(tr *difftest.Trace) agen.Generator[string, agen.None] { return holder[string]{"k"}.taggedGen() },
		func(tr *difftest.Trace, y *agen.Yielder[string, agen.None]) error {
			holder[string]{"k"}.tagged(y)
			return nil
		}),
	difftest.Sync("embedding",
		func(tr *difftest.Trace) agen.Generator[int, agen.None] { return embeddingGen() },
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { embedding(y); return nil }),
	difftest.Sync("sized",
		func(tr *difftest.Trace) agen.Generator[string, agen.None] { return sizedGen() },
		func(tr *difftest.Trace, y *agen.Yielder[string, agen.None]) error { sized(y); return nil }),
	difftest.Sync("typeParamNamed",
		func(tr *difftest.Trace) agen.Generator[string, agen.None] { return typeParamNamedGen("v") },
		func(tr *difftest.Trace, y *agen.Yielder[string, agen.None]) error { typeParamNamed(y, "v"); return nil }),
	difftest.Sync("shadowing",
		func(tr *difftest.Trace) agen.Generator[string, agen.None] { return shadowingGen() },
		func(tr *difftest.Trace, y *agen.Yielder[string, agen.None]) error { shadowing(y); return nil }),
}
