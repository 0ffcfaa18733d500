// Package good holds a generator whose generated code the test writes
// first: agenvet has nothing to say about it until its body changes.
package good

import "github.com/agen-go/agen/runtime/agen"

// count yields 0..n-1.
//
//agen:generator
func count(y *agen.Yielder[int, agen.None], n int) {
	for i := range n {
		y.Yield(i)
	}
}

// Sum adds what count yields.
func Sum(n int) int {
	total := 0
	for v := range countGen(n).All() {
		total += v
	}
	return total
}
