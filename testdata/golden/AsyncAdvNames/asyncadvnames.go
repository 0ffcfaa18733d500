// Package advnames holds identifiers that collide with the scaffolding:
// labels and variables named like generated ones, a yielder not named y,
// dot and aliased imports, package-level variables shadowed by locals.
package asyncadvnames

import (
	"fmt"
	str "strconv"
	. "strings"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

var count = 100

var total = []int{1}

// labels uses labels named like the generated ones.
//
//agen:generator
func labels(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	i := 0
loop:
	if i < 3 {
		i += 1 + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](i))))
		goto loop
	}
	goto done
resume1:
	tr.Log("resume1 %d", i)
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](-1))))
	goto end
done:
	tr.Log("done %d", i)
	i = 10
	goto resume1
end:
	tr.Log("end")
resume2:
	for j := range 2 {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](j))))
		if j == 5 {
			goto resume2
		}
	}
}

// yielderF names the yielder f, the trace g, and a parameter sent.
//
//agen:generator
func yielderF(f *agen.AsyncYielder[string, string], g *difftest.Trace, sent string, thrown int) (at error) {
	guarded := sent
	for agenState := range thrown {
		resume := f.Yield(difftest.Value(agen.Await(f, difftest.Later[string](fmt.Sprint(guarded, agenState)))))
		g.Log("resume=%q", resume)
		guarded += resume
	}
	sent2, got, i2, t2 := 1, 2, 3, 4
	f.Yield(difftest.Value(agen.Await(f, difftest.Later[string](fmt.Sprint(sent2, got, i2, t2)))))
	g.Log("%d %d %d %d", sent2, got, i2, t2)
	if guarded == "" {
		at = fmt.Errorf("empty")
	}
	return
}

// imports uses dot and aliased imports across yields.
//
//agen:generator
func imports(y *agen.AsyncYielder[string, string], tr *difftest.Trace) {
	s := ToUpper(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("lower")))))
	n, err := str.Atoi(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](s)))))
	tr.Log("n=%d err=%v", n, err != nil)
	parts := Split(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](str.Itoa(n+1))))), ",")
	for _, p := range parts {
		y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](TrimSpace(p)))))
	}
	var b Builder
	b.WriteString("x")
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[string](b.String()))))
	b.WriteString(y.Yield(difftest.Value(agen.Await(y, difftest.Later[string]("more")))))
	tr.Log("b=%q", b.String())
}

// packageVars reads and writes package-level variables, then shadows
// them with locals across yields.
//
//agen:generator
func packageVars(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	count = 100
	total = []int{1}
	count += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](count))))
	total = append(total, y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](len(total))))))
	tr.Log("pkg count=%d total=%v", count, total)
	{
		count := count * 2
		total := total[:1]
		count += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](count))))
		total = append(total, count)
		tr.Log("local count=%d total=%v", count, total)
	}
	tr.Log("pkg count=%d total=%v", count, total)
	count := -count
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](count))))
	tr.Log("local count=%d", count)
	fmt := "shadowed fmt"
	y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](len(fmt)))))
	tr.Log("%s", fmt)
	later := difftest.Later[int]
	difftest := 3
	y.Yield(difftest)
	y.Yield(y.Yield(difftest))
	v, _ := agen.Await(y, later(difftest))
	agen := 4
	y.Yield(agen + difftest + v)
	tr.Log("%d", agen)
}

// typeNames declares local types named like the generated ones.
//
//agen:generator
func typeNames(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	type typeNamesGenerator struct{ n int }
	type typeNamesGeneratorFrame = int
	v := typeNamesGenerator{n: 1}
	var w typeNamesGeneratorFrame = 2
	v.n += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](v.n))))
	w += y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](w))))
	tr.Log("v=%v w=%d %T", v.n, w, w)
}

// scaffold names variables and labels like lowering's hidden variables
// and labels.
//
//agen:generator
func scaffold(y *agen.AsyncYielder[int, int], tr *difftest.Trace) {
	rangeIndex, rangeLen, rangeOver, tag, t, resumed, received := 1, 2, 3, 4, 5, 6, 7
	agenv, agenrecv, utf8, runeWidth, rangeMap, rangeRune, rangeEnd := 8, 9, 10, 11, 12, 13, 14
	rangeKey, rangeValue, rangeOK, rangeChan, t2, sent2, resumed2 := 15, 16, 17, 18, 19, 20, 21
	for i, c := range "hé" {
		rangeIndex += i + int(c) + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](rangeIndex))))
	}
	for k, v := range map[int]int{1: 2} {
		rangeKey += k + v + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](rangeKey))))
	}
	ch := make(chan int, 1)
	ch <- 3
	close(ch)
	for v := range ch {
		rangeChan += v + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](rangeChan))))
	}
	var x any = 1
	switch v := x.(type) {
	case int:
		agenv += v + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](agenv))))
	}
	ch2 := make(chan int, 1)
	ch2 <- 4
	select {
	case v := <-ch2:
		agenrecv += v + y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](agenrecv))))
	}
	switch tag {
	case y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](tag)))):
		tr.Log("tag")
	}
	for i := range y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](rangeEnd)))) % 3 {
		rangeEnd += i
	}
	goto endif
endif:
	if t > y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](t)))) {
		goto endswitch
	}
endswitch:
	for next := range 2 {
		if y.Yield(difftest.Value(agen.Await(y, difftest.Later[int](next)))) > 0 {
			goto done
		}
	}
done:
	tr.Log("%d %d %d %d %d %d %d", rangeIndex, rangeLen, rangeOver, tag, t, resumed, received)
	tr.Log("%d %d %d %d %d %d %d", agenv, agenrecv, utf8, runeWidth, rangeMap, rangeRune, rangeEnd)
	tr.Log("%d %d %d %d %d %d %d", rangeKey, rangeValue, rangeOK, rangeChan, t2, sent2, resumed2)
}

// Suite is the differential suite of this package.
var Suite = difftest.Suite{
	difftest.Async("labels",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return labelsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { labels(y, tr); return nil },
		0, 1),
	difftest.Async("yielderF",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, string] { return yielderFGen(tr, "s", 3) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, string]) error { return yielderF(y, tr, "s", 3) },
		"a", ""),
	difftest.Async("yielderFEmpty",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, string] { return yielderFGen(tr, "", 2) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, string]) error { return yielderF(y, tr, "", 2) }),
	difftest.Async("imports",
		func(tr *difftest.Trace) agen.AsyncGenerator[string, string] { return importsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[string, string]) error { imports(y, tr); return nil },
		"abc", "12", " a , b", "x"),
	difftest.Async("packageVars",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return packageVarsGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { packageVars(y, tr); return nil },
		1, 2),
	difftest.Async("scaffold",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return scaffoldGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { scaffold(y, tr); return nil },
		1, 2),
	difftest.Async("typeNames",
		func(tr *difftest.Trace) agen.AsyncGenerator[int, int] { return typeNamesGen(tr) },
		func(tr *difftest.Trace, y *agen.AsyncYielder[int, int]) error { typeNames(y, tr); return nil },
		1, 2),
}
