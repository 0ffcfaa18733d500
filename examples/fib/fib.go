// Command fib prints Fibonacci numbers from a generator.
package main

// This file defines the example program.

import (
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
)

//go:generate go tool agen

// fib yields the first n Fibonacci numbers.
//
//agen:generator
func fib(y *agen.Yielder[int, agen.None], n int) {
	a, b := 0, 1
	for range n {
		y.Yield(a)
		a, b = b, a+b
	}
}

func main() {
	for v := range fibGen(10).All() {
		fmt.Println(v)
	}
}
