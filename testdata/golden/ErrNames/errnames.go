// Package errnames declares names that hide what generated code needs:
// agen rejects them with positioned errors.
package errnames

import "github.com/agen-go/agen/runtime/agen"

func len(s string) int { return 0 }

type any = interface{} // the same type: fine

type list[T any] struct{ items []T }

// count has a blank receiver type parameter.
//
//agen:generator
func (l *list[_]) count(y *agen.Yielder[int, int]) {
	for i := range l.items {
		y.Yield(i)
	}
}

// scaffold has a type parameter named like generated code's own names.
//
//agen:generator
func scaffold[sent any](y *agen.Yielder[sent, sent], vals []sent) {
	for _, x := range vals {
		y.Yield(x)
	}
}
