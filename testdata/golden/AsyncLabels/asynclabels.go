// Package labels holds generators with labelled break and continue that
// cross suspension points: from inner loops that yield or not, and from
// switch and select statements inside loops.
package asynclabels

import (
	"maps"
	"slices"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// coldInner breaks and continues an outer loop that yields from an inner
// loop that does not.
//
//agen:generator
func coldInner(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
outer:
	for i := 0; i < 4; i++ {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		for j := 0; j < 3; j++ {
			if i == 1 && j == 1 {
				tr.Log("continue outer %d %d", i, j)
				continue outer
			}
			if i == 2 && j == 0 {
				tr.Log("break outer %d %d", i, j)
				break outer
			}
			tr.Log("inner %d %d", i, j)
		}
		tr.Log("outer end %d", i)
	}
	tr.Log("end")
}

// hotInner breaks and continues an outer loop from an inner loop, after
// the inner loop's yields.
//
//agen:generator
func hotInner(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	n := 0
outer:
	for i := range 4 {
		for j := range 3 {
			s := y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i*10+j))))
			n++
			if s == 1 {
				tr.Log("continue outer at %d %d", i, j)
				continue outer
			}
			if s == 2 || n > 8 {
				tr.Log("break outer at %d %d", i, j)
				break outer
			}
			tr.Log("inner end %d %d", i, j)
		}
		tr.Log("outer end %d", i)
	}
	tr.Log("end n %d", n)
}

// innerLabels labels both loops and breaks the inner one by its label.
//
//agen:generator
func innerLabels(y *agen.AsyncYielder[string, agen.None], tr *difftest.Trace) {
rows:
	for _, row := range []string{"ab", "cd", "ef"} {
	cols:
		for k, c := range row {
			if c == 'd' {
				continue rows
			}
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](string(c)))))
			if c == 'e' {
				break cols
			}
			if k == 1 {
				continue cols
			}
			tr.Log("after %c", c)
		}
		tr.Log("row %s done", row)
	}
}

// coldLabelled has a labelled loop with no yield inside a loop that
// yields.
//
//agen:generator
func coldLabelled(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	for i := range 3 {
		total := 0
	scan:
		for j := range 10 {
			for k := range 10 {
				if j*k > i*3 {
					break scan
				}
				total += j * k
			}
		}
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](total))))
	}
}

// threeDeep continues the outermost of three loops from the innermost.
//
//agen:generator
func threeDeep(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
a:
	for i := range 3 {
	b:
		for j := range 3 {
			for k := range 3 {
				y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i*100+j*10+k))))
				if k == 1 && j == 0 {
					continue b
				}
				if k == 1 {
					continue a
				}
			}
			tr.Log("b end %d %d", i, j)
		}
		tr.Log("a end %d", i)
	}
}

// fromSwitch breaks and continues a loop from inside a switch inside it.
//
//agen:generator
func fromSwitch(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
loop:
	for i := 0; i < 6; i++ {
		switch i % 3 {
		case 0:
			if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i)))) > 0 {
				tr.Log("break loop from switch %d", i)
				break loop
			}
		case 1:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-i))))
			tr.Log("continue loop from switch %d", i)
			continue loop
		default:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](100+i))))
		}
		tr.Log("loop end %d", i)
	}
	tr.Log("end")
}

// labelledSwitch breaks a labelled switch from a loop inside it.
//
//agen:generator
func labelledSwitch(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	for i := range 3 {
	sw:
		switch i {
		case 1:
			for j := range 5 {
				y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](j))))
				if j == 2 {
					tr.Log("break sw")
					break sw
				}
			}
			tr.Log("unreached for 1")
		default:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-i))))
		}
		tr.Log("after switch %d", i)
	}
}

// fromSelect continues and breaks a loop from inside a select.
//
//agen:generator
func fromSelect(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	ch := make(chan int, 1)
loop:
	for i := range 5 {
		ch <- i
		select {
		case v := <-ch:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v))))
			if v == 1 {
				tr.Log("continue from select")
				continue loop
			}
			if v == 3 {
				tr.Log("break from select")
				break loop
			}
		}
		tr.Log("loop end %d", i)
	}
	tr.Log("end")
}

// fromTypeSwitch continues and breaks a range loop over a string from a
// type switch and a select nested in it.
//
//agen:generator
func fromTypeSwitch(y *agen.AsyncYielder[string, any], tr *difftest.Trace) {
	ch := make(chan int, 1)
runes:
	for i, r := range "abcd" {
		switch v := y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](string(r))))).(type) {
		case int:
			ch <- v
			select {
			case got := <-ch:
				if got > 5 {
					tr.Log("break runes at %d", i)
					break runes
				}
				y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("int"))))
				continue runes
			}
		case string:
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](v))))
			tr.Log("continue runes at %d", i)
			continue runes
		}
		tr.Log("end %d", i)
	}
}

// mapLabel continues a labelled range loop over a map from an inner loop
// that yields.
//
//agen:generator
func mapLabel(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	sum, n := 0, 0
entries:
	for _, v := range m {
		for j := range v {
			n++
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](n))))
			if j == 1 {
				continue entries
			}
			sum += v
		}
	}
	tr.Log("sum %d n %d", sum, n)
}

// gotoAndBreak has a label used both by goto and by break.
//
//agen:generator
func gotoAndBreak(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) {
	rounds := 0
outer:
	for i := range 3 {
		for j := range 3 {
			y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](rounds*100+i*10+j))))
			if j == 1 {
				break outer
			}
		}
	}
	rounds++
	if rounds < 2 {
		goto outer
	}
	tr.Log("rounds %d", rounds)
}

func logged(tr *difftest.Trace, xs []int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer tr.Log("iterator done")
		for _, x := range xs {
			if !yield(x) {
				tr.Log("iterator stopped at %d", x)
				return
			}
		}
	}
}

// rangeFuncBranches leaves range-over-func loops that do not suspend, in
// a loop that does, by labelled continue and break, goto and return: the
// iterators see their yield return false.
//
//agen:generator
func rangeFuncBranches(y *agen.AsyncYielder[int, agen.None], tr *difftest.Trace) error {
outer:
	for i := range 4 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		for v := range logged(tr, []int{1, 2, 3}) {
			if v == 2 && i == 1 {
				continue outer
			}
			if v == 2 && i == 2 {
				break outer
			}
			tr.Log("v %d", v)
		}
		for k := range maps.Keys(map[int]bool{7: true}) {
			if k == 7 && i == 0 {
				goto after
			}
		}
		tr.Log("loop end %d", i)
	after:
	}
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))
	for v := range slices.Values([]int{5, 6}) {
		if v == 6 {
			return nil
		}
		tr.Log("v %d", v)
	}
	return nil
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("coldInner",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return coldInnerGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { coldInner(y, tr); return nil }),
	difftest.Async("hotInner",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return hotInnerGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { hotInner(y, tr); return nil },
		0, 1, 0, 2),
	difftest.Async("innerLabels",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, agen.None] { return innerLabelsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, agen.None]) error {
			innerLabels(y, tr)
			return nil
		}),
	difftest.Async("coldLabelled",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return coldLabelledGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { coldLabelled(y, tr); return nil }),
	difftest.Async("threeDeep",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return threeDeepGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { threeDeep(y, tr); return nil }),
	difftest.Async("fromSwitch",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return fromSwitchGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { fromSwitch(y, tr); return nil },
		0, 0, 1),
	difftest.Async("labelledSwitch",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return labelledSwitchGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error {
			labelledSwitch(y, tr)
			return nil
		}),
	difftest.Async[string, any]("fromTypeSwitch",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, any] { return fromTypeSwitchGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, any]) error { fromTypeSwitch(y, tr); return nil },
		1, "s", 9, 2.5),
	difftest.Async("mapLabel",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return mapLabelGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { mapLabel(y, tr); return nil }),
	difftest.Async("gotoAndBreak",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return gotoAndBreakGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { gotoAndBreak(y, tr); return nil }),
	difftest.Async("rangeFuncBranches",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return rangeFuncBranchesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { return rangeFuncBranches(y, tr) }),
	difftest.Async("fromSelect",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, agen.None] { return fromSelectGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, agen.None]) error { fromSelect(y, tr); return nil }),
}
