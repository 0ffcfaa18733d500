// Package pointers holds bodies that take the addresses of locals, struct
// fields and array elements before suspension points and use them after.
package asyncpointers

import (
	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// addrOf takes &x before a yield, writes through it after, and reads x.
//
//agen:generator
func addrOf(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	x := 1
	p := &x
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
	*p = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](*p)))) + 10
	tr.Log("x=%d *p=%d", x, *p)
	x = 7
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](*p))))
	tr.Log("same=%v", p == &x)
	pp := &p
	**pp = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](x))))
	tr.Log("x=%d", x)
	q := new(int)
	*q = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](*q))))
	tr.Log("*q=%d", *q)
}

type vec struct {
	X, Y int
	Tags [2]string
}

// fields takes the addresses of struct fields and array elements.
//
//agen:generator
func fields(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	var v vec
	px, py := &v.X, &v.Y
	tag := &v.Tags[1]
	arr := [3]int{1, 2, 3}
	mid := &arr[1]
	*px = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](0))))
	*py = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))
	*tag = "t"
	tr.Log("v=%v", v)
	*mid += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](*mid))))
	tr.Log("arr=%v", arr)
	arr = [3]int{9, 9, 9}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](*mid))))
	xs := []int{1, 2, 3}
	last := &xs[2]
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](*last))))
	xs[2] = 30
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](*last))))
	xs = append(xs, 4) // may move the array: last still points into the old one
	*last = 300
	tr.Log("xs=%v last=%d", xs[:3], *last)
}

type account struct {
	name    string
	balance int
}

func (a *account) deposit(v int) {
	a.balance += v
}

func (a account) describe() string {
	return a.name
}

// receivers calls pointer-receiver methods on local struct values across
// yields, and keeps values copied by value-receiver calls and assignments.
//
//agen:generator
func receivers(y *agen.AsyncYielder[string, int], tr *difftest.Trace) {
	acc := account{name: "a"}
	acc.deposit(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](acc.describe())))))
	tr.Log("balance=%d", acc.balance)
	copied := acc
	acc.deposit(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("again")))))
	copied.deposit(1)
	tr.Log("acc=%d copied=%d", acc.balance, copied.balance)
	accs := [2]account{{name: "x"}, {name: "y"}}
	for i := range accs {
		accs[i].deposit(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](accs[i].describe())))))
	}
	tr.Log("accs=%v", accs)
	m := map[string]*account{"z": {name: "z"}}
	m["z"].deposit(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("map")))))
	tr.Log("z=%d", m["z"].balance)
}

// swap exchanges values through pointers across yields.
//
//agen:generator
func swap(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	a, b := 1, 2
	pa, pb := &a, &b
	*pa, *pb = *pb, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](*pa))))
	tr.Log("a=%d b=%d", a, b)
	pa, pb = pb, pa
	*pa = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](a))))
	tr.Log("a=%d b=%d", a, b)
}

// escape returns pointers to locals out of a closure and through a
// slice; they stay valid and shared.
//
//agen:generator
func escape(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
	}
	for _, p := range ptrs {
		*p *= 10
	}
	for _, p := range ptrs {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](*p))))
	}
	n := 5
	get := func() *int { return &n }
	*get() = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
	tr.Log("n=%d", n)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("addrOf",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return addrOfGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { addrOf(y, tr); return nil },
		3, 4),
	difftest.Async("fields",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return fieldsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { fields(y, tr); return nil },
		5, 6),
	difftest.Async("receivers",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, int] { return receiversGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, int]) error { receivers(y, tr); return nil },
		10, 20),
	difftest.Async("swap",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return swapGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { swap(y, tr); return nil },
		8),
	difftest.Async("escape",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return escapeGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { escape(y, tr); return nil },
		9),
}
