// Package bench compares agen's generated generators with the other ways
// Go has to write one: a hand-written state machine, iter.Pull over a
// push iterator, a goroutine sending on a channel, and agen.Goroutine
// running the same body. See bench_test.go; the README has the numbers.
package bench

// This file defines the benchmarked generators.

import "github.com/agen-go/agen/runtime/agen"

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

// A Node is a node of a binary search tree.
type Node struct {
	Left, Right *Node
	Val         int
}

// inorder yields the values of the tree under root in order, walking it
// with an explicit stack.
//
//agen:generator
func inorder(y *agen.Yielder[int, agen.None], root *Node) {
	var stack []*Node
	n := root
	for n != nil || len(stack) > 0 {
		for n != nil {
			stack = append(stack, n)
			n = n.Left
		}
		n = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		y.Yield(n.Val)
		n = n.Right
	}
}

// Balanced returns a balanced tree of the values lo..hi-1.
func Balanced(lo, hi int) *Node {
	if lo >= hi {
		return nil
	}
	mid := (lo + hi) / 2
	return &Node{Left: Balanced(lo, mid), Val: mid, Right: Balanced(mid+1, hi)}
}

// walkFrom yields the values of the tree under n in order, recursively:
// each subtree is a generator of its own, which walkFrom delegates to.
//
//agen:generator
func walkFrom(y *agen.Yielder[int, agen.None], n *Node) error {
	if n == nil {
		return nil
	}
	if err := y.YieldFrom(walkFromGen(n.Left)); err != nil {
		return err
	}
	y.Yield(n.Val)
	return y.YieldFrom(walkFromGen(n.Right))
}

// nest yields 0..n-1 through a chain of depth generators delegating to
// each other: each value passes through every level.
//
//agen:generator
func nest(y *agen.Yielder[int, agen.None], depth, n int) error {
	if depth == 0 {
		for i := range n {
			y.Yield(i)
		}
		return nil
	}
	return y.YieldFrom(nestGen(depth-1, n))
}
