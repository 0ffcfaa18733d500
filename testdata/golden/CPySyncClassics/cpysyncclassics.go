// Package cpysyncclassics ports the classic examples of CPython's
// Lib/test/test_generators.py (tutorial_tests, email_tests, fun_tests):
// a return before a yield, generators made by a function and consumed by
// another, the recursive inorder tree walk (with a for loop over the
// subtree's generator, and with yield from), the recursive sieve of
// Eratosthenes, Fibonacci, and a yield in an except clause.
package cpysyncclassics

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

type gen = agen.Generator[int, agen.None]

// returnsEarly is `def g(): yield 1; return; yield 2`.
//
//agen:generator
func returnsEarly(y *agen.Yielder[int, agen.None], stop bool) {
	y.Yield(1)
	if stop {
		return
	}
	y.Yield(2)
}

// yrange is `def yrange(n): for i in range(n): yield i`.
//
//agen:generator
func yrange(y *agen.Yielder[int, agen.None], n int) {
	for i := range n {
		y.Yield(i)
	}
}

// creator advances a yrange before handing it on.
func creator(tr *difftest.Trace) gen {
	r := yrangeGen(5)
	v, _ := r.Next()
	tr.Log("creator %d", v)
	return r
}

// caller is `def caller(): r = creator(); for i in r: print("caller", i)`,
// as a generator that yields what it prints.
//
//agen:generator
func caller(y *agen.Yielder[int, agen.None], tr *difftest.Trace) {
	for i := range creator(tr).All() {
		tr.Log("caller %d", i)
		y.Yield(i)
	}
}

// zrange is `def zrange(n): for i in yrange(n): yield i`.
//
//agen:generator
func zrange(y *agen.Yielder[int, agen.None], n int) {
	for i := range yrangeGen(n).All() {
		y.Yield(i)
	}
}

// tree is a binary tree of labels.
type tree struct {
	left, right *tree
	label       int
}

// makeTree builds the balanced tree of labels lo..hi-1.
func makeTree(lo, hi int) *tree {
	if lo >= hi {
		return nil
	}
	mid := (lo + hi) / 2
	return &tree{left: makeTree(lo, mid), right: makeTree(mid+1, hi), label: mid}
}

// inorder is the recursive inorder walk: for x in inorder(t.left): yield x.
//
//agen:generator
func inorder(y *agen.Yielder[int, agen.None], t *tree) {
	if t == nil {
		return
	}
	for x := range inorderGen(t.left).All() {
		y.Yield(x)
	}
	y.Yield(t.label)
	for x := range inorderGen(t.right).All() {
		y.Yield(x)
	}
}

// inorderFrom is inorder with yield from.
//
//agen:generator
func inorderFrom(y *agen.Yielder[int, agen.None], t *tree) {
	if t == nil {
		return
	}
	y.YieldFrom(inorderFromGen(t.left))
	y.Yield(t.label)
	y.YieldFrom(inorderFromGen(t.right))
}

// intsFrom is `def intsfrom(i): while 1: yield i; i += 1`.
//
//agen:generator
func intsFrom(y *agen.Yielder[int, agen.None], i int) {
	for {
		y.Yield(i)
		i++
	}
}

// excludeMultiples is `for i in ints: if i % n: yield i`.
//
//agen:generator
func excludeMultiples(y *agen.Yielder[int, agen.None], n int, ints gen) {
	for i := range ints.All() {
		if i%n != 0 {
			y.Yield(i)
		}
	}
}

// sieve is the recursive sieve:
//
//	prime = next(ints); yield prime
//	for p in sieve(exclude_multiples(prime, ints)): yield p
//
//agen:generator
func sieve(y *agen.Yielder[int, agen.None], ints gen) {
	prime, _ := ints.Next()
	y.Yield(prime)
	for p := range sieveGen(excludeMultiplesGen(prime, ints)).All() {
		y.Yield(p)
	}
}

// fib is `a, b = 0, 1; while 1: yield b; a, b = b, a+b`.
//
//agen:generator
func fib(y *agen.Yielder[int, agen.None]) {
	a, b := 0, 1
	for {
		y.Yield(b)
		a, b = b, a+b
	}
}

// yieldsInExcept is g3: try: 1//0; except ZeroDivisionError: yield 666:
// the except clause is a deferred recover, which cannot yield; the Go
// form recovers in a function and yields after it.
//
//agen:generator
func yieldsInExcept(y *agen.Yielder[int, agen.None], tr *difftest.Trace, zero int) {
	caught := func() (caught bool) {
		defer func() {
			if p := recover(); p != nil {
				tr.Log("except %v", p)
				caught = true
			}
		}()
		tr.Log("%d", 1/zero)
		return false
	}()
	if caught {
		y.Yield(666)
	}
}

// firstN is firstn(g, n) as a generator over any generator.
//
//agen:generator
func firstN(y *agen.Yielder[int, agen.None], g gen, n int) {
	if n <= 0 {
		return
	}
	for v := range g.All() {
		y.Yield(v)
		if n--; n == 0 {
			return
		}
	}
}

func sync(name string, g func(*difftest.Trace) gen, b func(*difftest.Trace, *agen.Yielder[int, agen.None]) error) difftest.Case {
	return difftest.Sync(name, g, b)
}

// Suite is the differential suite of this package, and the checks of
// Python's documented results (checks.go).
var Suite = append(difftest.Suite{
	sync("returnsEarly",
		func(*difftest.Trace) gen { return returnsEarlyGen(true) },
		func(_ *difftest.Trace, y *agen.Yielder[int, agen.None]) error { returnsEarly(y, true); return nil }),
	sync("caller",
		func(tr *difftest.Trace) gen { return callerGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { caller(y, tr); return nil }),
	sync("zrange",
		func(*difftest.Trace) gen { return zrangeGen(4) },
		func(_ *difftest.Trace, y *agen.Yielder[int, agen.None]) error { zrange(y, 4); return nil }),
	sync("inorder",
		func(*difftest.Trace) gen { return inorderGen(makeTree(0, 9)) },
		func(_ *difftest.Trace, y *agen.Yielder[int, agen.None]) error { inorder(y, makeTree(0, 9)); return nil }),
	sync("inorderFrom",
		func(*difftest.Trace) gen { return inorderFromGen(makeTree(0, 9)) },
		func(_ *difftest.Trace, y *agen.Yielder[int, agen.None]) error {
			inorderFrom(y, makeTree(0, 9))
			return nil
		}),
	sync("sieve",
		func(*difftest.Trace) gen { return firstNGen(sieveGen(intsFromGen(2)), 12) },
		func(_ *difftest.Trace, y *agen.Yielder[int, agen.None]) error {
			firstN(y, sieveGen(intsFromGen(2)), 12)
			return nil
		}),
	sync("fib",
		func(*difftest.Trace) gen { return firstNGen(fibGen(), 10) },
		func(_ *difftest.Trace, y *agen.Yielder[int, agen.None]) error { firstN(y, fibGen(), 10); return nil }),
	sync("yieldsInExcept",
		func(tr *difftest.Trace) gen { return yieldsInExceptGen(tr, 0) },
		func(tr *difftest.Trace, y *agen.Yielder[int, agen.None]) error { yieldsInExcept(y, tr, 0); return nil }),
}, checks...)
