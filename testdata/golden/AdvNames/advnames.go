// Package advnames holds identifiers that collide with the scaffolding:
// labels and variables named like generated ones, a yielder not named y,
// dot and aliased imports, package-level variables shadowed by locals.
package advnames

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
func labels(y *agen.Yielder[int, int], tr *difftest.Trace) {
	i := 0
loop:
	if i < 3 {
		i += 1 + y.Yield(i)
		goto loop
	}
	goto done
resume1:
	tr.Log("resume1 %d", i)
	y.Yield(-1)
	goto end
done:
	tr.Log("done %d", i)
	i = 10
	goto resume1
end:
	tr.Log("end")
resume2:
	for j := range 2 {
		y.Yield(j)
		if j == 5 {
			goto resume2
		}
	}
}

// yielderF names the yielder f, the trace g, and a parameter sent.
//
//agen:generator
func yielderF(f *agen.Yielder[string, string], g *difftest.Trace, sent string, thrown int) (at error) {
	guarded := sent
	for agenState := range thrown {
		resume := f.Yield(fmt.Sprint(guarded, agenState))
		g.Log("resume=%q", resume)
		guarded += resume
	}
	sent2, got, i2, t2 := 1, 2, 3, 4
	f.Yield(fmt.Sprint(sent2, got, i2, t2))
	g.Log("%d %d %d %d", sent2, got, i2, t2)
	if guarded == "" {
		at = fmt.Errorf("empty")
	}
	return
}

// imports uses dot and aliased imports across yields.
//
//agen:generator
func imports(y *agen.Yielder[string, string], tr *difftest.Trace) {
	s := ToUpper(y.Yield("lower"))
	n, err := str.Atoi(y.Yield(s))
	tr.Log("n=%d err=%v", n, err != nil)
	parts := Split(y.Yield(str.Itoa(n+1)), ",")
	for _, p := range parts {
		y.Yield(TrimSpace(p))
	}
	var b Builder
	b.WriteString("x")
	y.Yield(b.String())
	b.WriteString(y.Yield("more"))
	tr.Log("b=%q", b.String())
}

// packageVars reads and writes package-level variables, then shadows
// them with locals across yields.
//
//agen:generator
func packageVars(y *agen.Yielder[int, int], tr *difftest.Trace) {
	count = 100
	total = []int{1}
	count += y.Yield(count)
	total = append(total, y.Yield(len(total)))
	tr.Log("pkg count=%d total=%v", count, total)
	{
		count := count * 2
		total := total[:1]
		count += y.Yield(count)
		total = append(total, count)
		tr.Log("local count=%d total=%v", count, total)
	}
	tr.Log("pkg count=%d total=%v", count, total)
	count := -count
	y.Yield(count)
	tr.Log("local count=%d", count)
	fmt := "shadowed fmt"
	y.Yield(len(fmt))
	tr.Log("%s", fmt)
	difftest := 3
	y.Yield(difftest)
	agen := 4
	y.Yield(agen + difftest)
	tr.Log("%d", agen)
}

// typeNames declares local types named like the generated ones.
//
//agen:generator
func typeNames(y *agen.Yielder[int, int], tr *difftest.Trace) {
	type typeNamesGenerator struct{ n int }
	type typeNamesGeneratorFrame = int
	v := typeNamesGenerator{n: 1}
	var w typeNamesGeneratorFrame = 2
	v.n += y.Yield(v.n)
	w += y.Yield(w)
	tr.Log("v=%v w=%d %T", v.n, w, w)
}

// scaffold names variables and labels like lowering's hidden variables
// and labels.
//
//agen:generator
func scaffold(y *agen.Yielder[int, int], tr *difftest.Trace) {
	rangeIndex, rangeLen, rangeOver, tag, t, resumed, received := 1, 2, 3, 4, 5, 6, 7
	agenv, agenrecv, utf8, runeWidth, rangeMap, rangeRune, rangeEnd := 8, 9, 10, 11, 12, 13, 14
	rangeKey, rangeValue, rangeOK, rangeChan, t2, sent2, resumed2 := 15, 16, 17, 18, 19, 20, 21
	for i, c := range "hé" {
		rangeIndex += i + int(c) + y.Yield(rangeIndex)
	}
	for k, v := range map[int]int{1: 2} {
		rangeKey += k + v + y.Yield(rangeKey)
	}
	ch := make(chan int, 1)
	ch <- 3
	close(ch)
	for v := range ch {
		rangeChan += v + y.Yield(rangeChan)
	}
	var x any = 1
	switch v := x.(type) {
	case int:
		agenv += v + y.Yield(agenv)
	}
	ch2 := make(chan int, 1)
	ch2 <- 4
	select {
	case v := <-ch2:
		agenrecv += v + y.Yield(agenrecv)
	}
	switch tag {
	case y.Yield(tag):
		tr.Log("tag")
	}
	for i := range y.Yield(rangeEnd) % 3 {
		rangeEnd += i
	}
	goto endif
endif:
	if t > y.Yield(t) {
		goto endswitch
	}
endswitch:
	for next := range 2 {
		if y.Yield(next) > 0 {
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
	difftest.Sync("labels",
		func(tr *difftest.Trace) agen.Generator[int, int] { return labelsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { labels(y, tr); return nil },
		0, 1),
	difftest.Sync("yielderF",
		func(tr *difftest.Trace) agen.Generator[string, string] { return yielderFGen(tr, "s", 3) },
		func(tr *difftest.Trace, y *agen.Yielder[string, string]) error { return yielderF(y, tr, "s", 3) },
		"a", ""),
	difftest.Sync("yielderFEmpty",
		func(tr *difftest.Trace) agen.Generator[string, string] { return yielderFGen(tr, "", 2) },
		func(tr *difftest.Trace, y *agen.Yielder[string, string]) error { return yielderF(y, tr, "", 2) }),
	difftest.Sync("imports",
		func(tr *difftest.Trace) agen.Generator[string, string] { return importsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, string]) error { imports(y, tr); return nil },
		"abc", "12", " a , b", "x"),
	difftest.Sync("packageVars",
		func(tr *difftest.Trace) agen.Generator[int, int] { return packageVarsGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { packageVars(y, tr); return nil },
		1, 2),
	difftest.Sync("scaffold",
		func(tr *difftest.Trace) agen.Generator[int, int] { return scaffoldGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { scaffold(y, tr); return nil },
		1, 2),
	difftest.Sync("typeNames",
		func(tr *difftest.Trace) agen.Generator[int, int] { return typeNamesGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { typeNames(y, tr); return nil },
		1, 2),
}
