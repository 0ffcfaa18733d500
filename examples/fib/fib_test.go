package main

// This file runs fib both ways, and as an example.

import (
	"testing"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// TestDifferential runs fib generated and under agen.Goroutine.
func TestDifferential(t *testing.T) {
	difftest.Suite{
		difftest.Sync("fib",
			func(*difftest.Trace) agen.Generator[int, agen.None] { return fibGen(10) },
			func(_ *difftest.Trace, y *agen.Yielder[int, agen.None]) error { fib(y, 10); return nil }),
	}.Run(t)
}

func Example() {
	main()
	// Output:
	// 0
	// 1
	// 1
	// 2
	// 3
	// 5
	// 8
	// 13
	// 21
	// 34
}
