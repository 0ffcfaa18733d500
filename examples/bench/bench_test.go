package bench

// This file defines the benchmarks and the differential test of the example.

import (
	"iter"
	"testing"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// Run them all in one go, and compare ratios, not times:
//
//	go test -run '^$' -bench . -count 6 ./examples/bench | tee bench.txt
//	benchstat -col /impl bench.txt

const size = 1000

var sink int

func BenchmarkFib(b *testing.B) {
	b.Run("impl=generated", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g := fibGen(size)
			for v, ok := g.Next(); ok; v, ok = g.Next() {
				sink += v
			}
		}
	})
	b.Run("impl=handwritten", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g := &fibIter{n: size}
			for v, ok := g.Next(); ok; v, ok = g.Next() {
				sink += v
			}
		}
	})
	b.Run("impl=handwritten-call", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g := &fibCall{fibIter{n: size}}
			for v, ok := g.Next(); ok; v, ok = g.Next() {
				sink += v
			}
		}
	})
	b.Run("impl=iter.Pull", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			next, stop := iter.Pull(iter.Seq[int](fibSeq(size)))
			for v, ok := next(); ok; v, ok = next() {
				sink += v
			}
			stop()
		}
	})
	b.Run("impl=channel", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for v := range fibChan(size) {
				sink += v
			}
		}
	})
	b.Run("impl=agen.Goroutine", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g := agen.Goroutine(func(y *agen.Yielder[int, agen.None]) error { fib(y, size); return nil })
			for v, ok := g.Next(); ok; v, ok = g.Next() {
				sink += v
			}
		}
	})
}

func BenchmarkTree(b *testing.B) {
	root := Balanced(0, size)
	b.Run("impl=generated", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g := inorderGen(root)
			for v, ok := g.Next(); ok; v, ok = g.Next() {
				sink += v
			}
		}
	})
	b.Run("impl=handwritten", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g := &inorderIter{n: root}
			for v, ok := g.Next(); ok; v, ok = g.Next() {
				sink += v
			}
		}
	})
	b.Run("impl=handwritten-call", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g := &inorderCall{inorderIter{n: root}}
			for v, ok := g.Next(); ok; v, ok = g.Next() {
				sink += v
			}
		}
	})
	b.Run("impl=iter.Pull", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			next, stop := iter.Pull(func(yield func(int) bool) { walk(root, yield) })
			for v, ok := next(); ok; v, ok = next() {
				sink += v
			}
			stop()
		}
	})
	b.Run("impl=channel", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for v := range treeChan(root) {
				sink += v
			}
		}
	})
	b.Run("impl=agen.Goroutine", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g := agen.Goroutine(func(y *agen.Yielder[int, agen.None]) error { inorder(y, root); return nil })
			for v, ok := g.Next(); ok; v, ok = g.Next() {
				sink += v
			}
		}
	})
}

// TestDifferential runs the benchmarked generators both ways.
func TestDifferential(t *testing.T) {
	root := Balanced(0, 20)
	difftest.Suite{
		difftest.Sync("fib",
			func(*difftest.Trace) agen.Generator[int, agen.None] { return fibGen(12) },
			func(_ *difftest.Trace, y *agen.Yielder[int, agen.None]) error { fib(y, 12); return nil }),
		difftest.Sync("inorder",
			func(*difftest.Trace) agen.Generator[int, agen.None] { return inorderGen(root) },
			func(_ *difftest.Trace, y *agen.Yielder[int, agen.None]) error { inorder(y, root); return nil }),
	}.Run(t)
}

// TestSameValues checks that every implementation yields the same values.
func TestSameValues(t *testing.T) {
	root := Balanced(0, size)
	want := drainAll(fibGen(size).Next)
	if got := drainAll((&fibIter{n: size}).Next); !equal(got, want) {
		t.Fatalf("hand-written fib differs")
	}
	want = drainAll(inorderGen(root).Next)
	if got := drainAll((&inorderIter{n: root}).Next); !equal(got, want) || len(got) != size {
		t.Fatalf("hand-written walk differs: %d values", len(got))
	}
}

func drainAll(next func() (int, bool)) []int {
	var vs []int
	for v, ok := next(); ok; v, ok = next() {
		vs = append(vs, v)
	}
	return vs
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
