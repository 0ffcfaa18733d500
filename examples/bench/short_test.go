package bench

// This file measures what the README's performance section reports
// besides the long drains of bench_test.go: short generators constructed
// and drained, All against a hand-written iter.Seq, the size of a
// suspended generator; and it guards the properties those figures rest on
// (fib's Next inlines, a short generator allocates nothing).

import (
	"fmt"
	"iter"
	"os/exec"
	"reflect"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// BenchmarkShort constructs a generator of n values and drains it, per
// iteration: what a generator costs beyond its values.
func BenchmarkShort(b *testing.B) {
	for _, n := range []int{1, 10} {
		b.Run(fmt.Sprintf("n=%d/impl=generated", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g := fibGen(n)
				for v, ok := g.Next(); ok; v, ok = g.Next() {
					sink += v
				}
			}
			b.ReportMetric(float64(fibSuspendedSize), "B/suspended")
		})
		b.Run(fmt.Sprintf("n=%d/impl=handwritten", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g := &fibIter{n: n}
				for v, ok := g.Next(); ok; v, ok = g.Next() {
					sink += v
				}
			}
			b.ReportMetric(float64(unsafe.Sizeof(fibIter{})), "B/suspended")
		})
		b.Run(fmt.Sprintf("n=%d/impl=handwritten-call", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g := &fibCall{fibIter{n: n}}
				for v, ok := g.Next(); ok; v, ok = g.Next() {
					sink += v
				}
			}
			b.ReportMetric(float64(unsafe.Sizeof(fibCall{})), "B/suspended")
		})
	}
}

// BenchmarkAll ranges over All, against a hand-written iter.Seq running
// the same loop (fib) or the same explicit-stack walk (tree), and for fib
// a hand-written generator's All that keeps All's promise (see fibIter.All).
func BenchmarkAll(b *testing.B) {
	root := Balanced(0, size)
	b.Run("gen=fib/impl=generated", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for v := range fibGen(size).All() {
				sink += v
			}
		}
	})
	b.Run("gen=fib/impl=iter.Seq", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for v := range iter.Seq[int](fibSeq(size)) {
				sink += v
			}
		}
	})
	b.Run("gen=fib/impl=iter.Seq-deferred", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			f := fibIter{n: size}
			for v := range f.All() {
				sink += v
			}
		}
	})
	b.Run("gen=tree/impl=generated", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for v := range inorderGen(root).All() {
				sink += v
			}
		}
	})
	b.Run("gen=tree/impl=iter.Seq", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for v := range iter.Seq[int](inorderSeq(root)) {
				sink += v
			}
		}
	})
}

// fibSuspendedSize is what a suspended fib generator holds: its handle and
// its frame.
var fibSuspendedSize = suspendedSize(fibGen(0))

// suspendedSize returns the size of the generator handle h points to and
// of the frame its first field points to. (Through reflect: agen loads
// this file with stubs of the generated types, which have no frame.)
func suspendedSize(h any) uintptr {
	handle := reflect.TypeOf(h).Elem()
	return handle.Size() + handle.Field(0).Type.Elem().Size()
}

// TestSuspendedSize reports the size of suspended generators, and keeps a
// suspended fib within 64 bytes (the hand-written machine: 40).
func TestSuspendedSize(t *testing.T) {
	t.Logf("suspended fib: %d B (hand-written: %d B)", fibSuspendedSize, unsafe.Sizeof(fibIter{}))
	t.Logf("suspended inorder: %d B (hand-written: %d B)",
		suspendedSize(inorderGen(nil)), unsafe.Sizeof(inorderIter{}))
	assert.LessOrEqual(t, int(fibSuspendedSize), 64)
}

// TestShortAllocations keeps short generators that do not escape free of
// allocations.
func TestShortAllocations(t *testing.T) {
	for _, n := range []int{0, 1, 10} {
		assert.Equal(t, 0, allocs(func() {
			g := fibGen(n)
			for v, ok := g.Next(); ok; v, ok = g.Next() {
				sink += v
			}
		}), "fib(%d)", n)
		assert.Equal(t, 0, allocs(func() {
			for v := range fibGen(n).All() {
				sink += v
			}
		}), "fib(%d).All", n)
	}
}

// TestFibNextInlines fails if the generated Next of fib, here and in
// examples/fib, stops being inlined: the figures of BenchmarkFib and
// BenchmarkShort depend on it.
func TestFibNextInlines(t *testing.T) {
	goTool, err := exec.LookPath("go")
	require.NoError(t, err, "the go command, to build with -gcflags=-m=2")
	for _, dir := range []string{".", "../fib"} {
		cmd := exec.Command(goTool, "build", "-o", "/dev/null", "-gcflags=-m=2", ".")
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s", out)
		re := regexp.MustCompile(`(?m)^\S+_agen\.go:\d+:\d+: can inline \(\*fibGenerator\)\.Next with cost \d+`)
		m := re.Find(out)
		if assert.NotNil(t, m, "%s: the generated (*fibGenerator).Next no longer inlines; what gc says of it:\n%s",
			dir, regexp.MustCompile(`(?m)^.*\(\*fibGenerator(Frame)?\)\.(Next|resume).*$`).FindAll(out, -1)) {
			t.Logf("%s: %s", dir, m)
		}
	}
}

// BenchmarkDefer drains a generator whose body defers a call (counted, in
// costs.go): the hooks see it, its frame escapes, and it is tracked for
// finalization; its Close, Throw and unwinding run in agen.SyncCore.
func BenchmarkDefer(b *testing.B) {
	ended := 0
	for _, n := range []int{1, size} {
		b.Run(fmt.Sprintf("n=%d/impl=generated", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g := countedGen(n, &ended)
				for v, ok := g.Next(); ok; v, ok = g.Next() {
					sink += v
				}
			}
		})
		b.Run(fmt.Sprintf("n=%d/impl=generated-All", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for v := range countedGen(n, &ended).All() {
					sink += v
				}
			}
		})
	}
}

// TestAllPushes checks that All runs the body as a push loop, which calls
// the loop body from the body's own method (push, or resume given the loop
// body), not from a loop of Next; and that it gives way to the machine
// when the loop body resumes the generator itself, then pushes again.
func TestAllPushes(t *testing.T) {
	caller := func() string {
		pc, _, _, ok := runtime.Caller(2)
		require.True(t, ok)
		name := runtime.FuncForPC(pc).Name()
		return name[strings.LastIndex(name, ".")+1:]
	}
	ended := 0
	seqs := map[string]func() iter.Seq[int]{
		"fib":      func() iter.Seq[int] { return fibGen(6).All() },
		"inorder":  func() iter.Seq[int] { return inorderGen(Balanced(0, 6)).All() },
		"counted":  func() iter.Seq[int] { return countedGen(6, &ended).All() },
		"walkFrom": func() iter.Seq[int] { return walkFromGen(Balanced(0, 6)).All() }, // YieldFrom
	}
	for name, seq := range seqs {
		var got []int
		for v := range seq() {
			got = append(got, v)
			assert.Contains(t, []string{"push", "resume"}, caller(), "%s: the loop body's caller", name)
		}
		assert.Len(t, got, 6, name)
	}
	assert.Equal(t, 1, ended, "counted's deferred call ran once")

	g := inorderGen(Balanced(0, 8))
	var got []int
	for v := range g.All() {
		got = append(got, v)
		if v == 2 {
			w, ok := g.Next() // takes 3
			require.True(t, ok)
			assert.Equal(t, 3, w)
		}
		assert.Equal(t, "push", caller())
	}
	assert.Equal(t, []int{0, 1, 2, 4, 5, 6, 7}, got)
}
