// Package sentkinds holds bodies that use the results of yields of many
// kinds directly in expressions: functions called, channels received
// from, pointers dereferenced, slices indexed and sliced, struct fields
// selected and maps indexed.
package asyncsentkinds

import (
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// funcs calls the functions it is sent, with yields as their arguments.
//
//agen:generator
func funcs(y *agen.AsyncYielder[int, func(int) int], tr *difftest.Trace) {
	r := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1))))(10)
	tr.Log("r=%d", r)
	r = y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))(y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3))))(20))
	tr.Log("r=%d", r)
	f := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))
	tr.Log("f(1)=%d", f(1))
}

// chans receives from the channels it is sent, in selects (a Next sends
// a nil channel, which would block a plain receive).
//
//agen:generator
func chans(y *agen.AsyncYielder[int, chan int], tr *difftest.Trace) {
	for i := range 3 {
		select {
		case v, ok := <-y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))):
			tr.Log("got %d %v", v, ok)
		default:
			tr.Log("nothing ready")
		}
	}
	select {
	case v := <-y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](10)))):
		tr.Log("first %d", v)
	case v := <-y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](11)))):
		tr.Log("second %d", v)
	default:
		tr.Log("none")
	}
}

// pointers dereferences the pointers it is sent (they are shared by
// every run, so it does not write through them); a Next sends nil.
//
//agen:generator
func pointers(y *agen.AsyncYielder[int, *int], tr *difftest.Trace) {
	tr.Log("deref=%d", *y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](1)))))
	tr.Log("sum=%d", *y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](2))))+*y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](3)))))
	p := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](4))))
	tr.Log("same=%v", p == y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](5)))))
}

type msg struct {
	ID   int
	Tags []string
	Meta map[string]int
}

// structs selects fields of the structs it is sent, and indexes and
// slices them.
//
//agen:generator
func structs(y *agen.AsyncYielder[string, msg], tr *difftest.Trace) {
	tr.Log("id=%d", y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("id")))).ID)
	tr.Log("tags=%v", y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("tags")))).Tags[1:])
	tr.Log("tag=%s", y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("tag")))).Tags[0])
	tr.Log("meta=%d", y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("meta")))).Meta["k"])
	tr.Log("len=%d", len(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("len")))).Tags))
	m := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("all"))))
	m.ID++
	tr.Log("m=%v", fmt.Sprint(m.ID, m.Tags, len(m.Meta)))
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("funcs",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, func(int) int] { return funcsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, func(int) int]) error { funcs(y, tr); return nil },
		func(v int) int { return v + 1 }, func(v int) int { return v * 3 }),
	difftest.Async("chans",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, chan int] { return chansGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, chan int]) error { chans(y, tr); return nil },
		closed(), nil),
	difftest.Async("pointers",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, *int] { return pointersGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, *int]) error { pointers(y, tr); return nil },
		ptr(5), ptr(6)),
	difftest.Async("structs",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, msg] { return structsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, msg]) error { structs(y, tr); return nil },
		msg{ID: 1, Tags: []string{"a", "b"}, Meta: map[string]int{"k": 5}}, msg{ID: 2, Tags: []string{"c", "d", "e"}}),
}

func ptr(v int) *int { return &v }

func closed() chan int {
	ch := make(chan int)
	close(ch)
	return ch
}
