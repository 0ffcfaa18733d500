package bench

// This file holds the hand-written state machines that agen's output is
// measured against: what a careful programmer writes by hand.

// fibIter is fib as a hand-written state machine.
type fibIter struct {
	state, a, b, i, n int
}

func (f *fibIter) Next() (int, bool) {
	switch f.state {
	case 0:
		f.a, f.b = 0, 1
		f.i = 0
	case 1:
		f.a, f.b = f.b, f.a+f.b
		f.i++
	default:
		return 0, false
	}
	if f.i >= f.n {
		f.state = -1
		return 0, false
	}
	f.state = 1
	return f.a, true
}

// inorderIter is inorder as a hand-written iterator.
type inorderIter struct {
	stack []*Node
	n     *Node
}

func (it *inorderIter) Next() (int, bool) {
	for it.n != nil {
		it.stack = append(it.stack, it.n)
		it.n = it.n.Left
	}
	if len(it.stack) == 0 {
		return 0, false
	}
	n := it.stack[len(it.stack)-1]
	it.stack = it.stack[:len(it.stack)-1]
	it.n = n.Right
	return n.Val, true
}

// fibSeq is fib as a push iterator, for iter.Pull.
func fibSeq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for range n {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

// walk is the recursive in-order walk, as a push iterator.
func walk(n *Node, yield func(int) bool) bool {
	return n == nil || walk(n.Left, yield) && yield(n.Val) && walk(n.Right, yield)
}

// fibChan is fib on a goroutine sending on a channel.
func fibChan(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for v := range fibSeq(n) {
			ch <- v
		}
	}()
	return ch
}

// treeChan is the walk on a goroutine sending on a channel.
func treeChan(root *Node) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		walk(root, func(v int) bool { ch <- v; return true })
	}()
	return ch
}

// fibCall and inorderCall are the hand-written machines behind a call the
// compiler does not inline, as it does not inline resume: the difference
// between them and the inlined ones is the cost of the call.
type fibCall struct{ fibIter }

//go:noinline
func (f *fibCall) Next() (int, bool) { return f.fibIter.Next() }

type inorderCall struct{ inorderIter }

//go:noinline
func (it *inorderCall) Next() (int, bool) { return it.inorderIter.Next() }

// inorderSeq is inorder as a hand-written push iterator, with the same
// explicit stack: what All is measured against.
func inorderSeq(root *Node) func(func(int) bool) {
	return func(yield func(int) bool) {
		var stack []*Node
		n := root
		for n != nil || len(stack) > 0 {
			for n != nil {
				stack = append(stack, n)
				n = n.Left
			}
			n = stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !yield(n.Val) {
				return
			}
			n = n.Right
		}
	}
}

// All is what a hand-written generator's All must be to keep the promises
// of agen's: the values of the machine's state pushed to the loop body,
// and the generator finished after the loop however it ends, a panic of
// the loop body included, hence the deferred call. (gc inlines no
// function that defers, so the loop body is called, not inlined, as it is
// in fibSeq ranged over directly.)
func (f *fibIter) All() func(func(int) bool) {
	return func(yield func(int) bool) {
		defer func() { f.state = -1 }()
		for v, ok := f.Next(); ok; v, ok = f.Next() {
			if !yield(v) {
				return
			}
		}
	}
}
