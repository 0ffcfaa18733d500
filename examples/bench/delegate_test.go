package bench

// This file defines the benchmarks of delegation (YieldFrom).

import (
	"fmt"
	"testing"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// BenchmarkTreeYieldFrom walks the tree of BenchmarkTree recursively, a
// generator per subtree delegated to, against the explicit-stack walk.
func BenchmarkTreeYieldFrom(b *testing.B) {
	root := Balanced(0, size)
	b.Run("impl=generated-yieldfrom", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g := walkFromGen(root)
			for v, ok := g.Next(); ok; v, ok = g.Next() {
				sink += v
			}
		}
	})
	b.Run("impl=generated-stack", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g := inorderGen(root)
			for v, ok := g.Next(); ok; v, ok = g.Next() {
				sink += v
			}
		}
	})
}

// BenchmarkDelegationDepth drains size values through chains of
// generators delegating to each other: the cost of a value grows with the
// depth it passes through.
func BenchmarkDelegationDepth(b *testing.B) {
	for _, depth := range []int{0, 1, 10, 100} {
		b.Run(fmt.Sprintf("depth=%d", depth), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g := nestGen(depth, size)
				for v, ok := g.Next(); ok; v, ok = g.Next() {
					sink += v
				}
			}
		})
	}
}

// TestDelegationDifferential runs the delegating generators both ways, and
// checks the recursive walk yields what the explicit-stack walk does.
func TestDelegationDifferential(t *testing.T) {
	root := Balanced(0, 20)
	difftest.Suite{
		difftest.Sync("walkFrom",
			func(*difftest.Trace) agen.Generator[int, agen.None] { return walkFromGen(root) },
			func(_ *difftest.Trace, y *agen.Yielder[int, agen.None]) error { return walkFrom(y, root) }),
		difftest.Sync("nest",
			func(*difftest.Trace) agen.Generator[int, agen.None] { return nestGen(3, 4) },
			func(_ *difftest.Trace, y *agen.Yielder[int, agen.None]) error { return nest(y, 3, 4) }),
	}.Run(t)
	big := Balanced(0, size)
	if got, want := drainAll(walkFromGen(big).Next), drainAll(inorderGen(big).Next); !equal(got, want) {
		t.Fatalf("the recursive walk differs from the explicit-stack one")
	}
}
