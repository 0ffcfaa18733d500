// Package foreign holds bodies that call Yield on yielders other than
// their own parameter: only the body's own yielder suspends it, and agen
// says so.
package foreign

import "github.com/agen-go/agen/runtime/agen"

type holder struct{ y *agen.Yielder[int, int] }

var pkgYielder *agen.Yielder[int, int]

// field yields on a yielder held in a struct.
//
//agen:generator
func field(y *agen.Yielder[int, int], s holder) {
	y.Yield(1)
	s.y.Yield(2)
}

// global yields on a package-level yielder.
//
//agen:generator
func global(y *agen.Yielder[int, int]) {
	pkgYielder.Yield(1)
	y.Yield(2)
}

// local yields on a yielder value of its own.
//
//agen:generator
func local(y *agen.Yielder[int, int]) {
	var z agen.Yielder[int, int]
	v, err := z.YieldErr(1)
	y.Yield(v)
	_ = err
}

// variadic yields on the elements of a variadic parameter.
//
//agen:generator
func variadic(y *agen.Yielder[int, int], ys ...*agen.Yielder[int, int]) {
	for _, other := range ys {
		other.Yield(1)
	}
	y.Yield(ys[0].Yield(2))
}

// driven runs another body under the reference driver: the function
// literal yields on its own yielder, which is fine.
//
//agen:generator
func driven(y *agen.Yielder[int, int]) {
	g := agen.Goroutine(func(inner *agen.Yielder[int, int]) error {
		inner.Yield(1)
		return nil
	})
	v, _ := g.Next()
	y.Yield(v)
}
