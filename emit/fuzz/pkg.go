package fuzz

// This file renders a package of bodies: its file with the helpers the
// bodies call, the bodies and their Suite, and a test file that runs the
// Suite.

import (
	"fmt"
	"go/format"
	"strings"
)

// helpers are the functions the bodies call.
const helpers = `
// note logs v and returns it: a call with a side effect in an expression.
func note(tr *difftest.Trace, what string, v int) int {
	tr.Log("%s %d", what, v)
	return v
}

// sum returns the sum of its arguments.
func sum(vs ...int) int {
	s := 0
	for _, v := range vs {
		s += v
	}
	return s
}

// idx returns i modulo n, in [0, n).
func idx(i, n int) int {
	i %= n
	if i < 0 {
		i += n
	}
	return i
}

// calls returns the results of fs.
func calls(fs []func() int) []int {
	var vs []int
	for _, f := range fs {
		vs = append(vs, f())
	}
	return vs
}

// derefs returns the values ps point to.
func derefs(ps []*int) []int {
	var vs []int
	for _, p := range ps {
		vs = append(vs, *p)
	}
	return vs
}

// id returns v.
func id[T any](v T) T { return v }

// inner yields n values from base, logging what it is sent; it fails when
// n is 2. Bodies delegate to it and range over it.
//
//agen:generator
func inner(y *agen.Yielder[int, int], tr *difftest.Trace, base, n int) error {
	defer tr.Log("inner %d done", base)
	for i := range n {
		tr.Log("inner %d got %d", base, y.Yield(base+i))
	}
	if n == 2 {
		return errors.New("inner failed")
	}
	return nil
}

// innerAsync is inner awaiting each value first: ready, or pending if
// pending.
//
//agen:generator
func innerAsync(y *agen.AsyncYielder[int, int], tr *difftest.Trace, base, n int, pending bool) error {
	defer tr.Log("inner %d done", base)
	for i := range n {
		aw := difftest.Ready(base + i)
		if pending {
			aw = difftest.Later(base + i)
		}
		v, _ := agen.Await(y, aw)
		tr.Log("inner %d got %d", base, y.Yield(v))
	}
	if n == 2 {
		return errors.New("inner failed")
	}
	return nil
}

// seqOf is an iterator function, not a generator, that yields n values
// from base and then, if fails, panics. Bodies range over it with loops
// that suspend, which agen steps with agen.Pull: its logs show where a
// break stops it (its yield returns false), where the unwinding of the
// body unwinds it (its deferred call runs, the code after its yield does
// not), and where its panic reaches the body.
func seqOf(tr *difftest.Trace, base, n int, fails bool) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer tr.Log("seq %d returns", base)
		for i := range n {
			tr.Log("seq %d yields %d", base, base+i)
			if !yield(base + i) {
				tr.Log("seq %d stopped at %d", base, base+i)
				return
			}
			tr.Log("seq %d resumed", base)
		}
		if fails {
			panic(fmt.Sprint("seq ", base, " panics"))
		}
	}
}

// seq2Of is seqOf yielding pairs (i, base+i): for agen.Pull2.
func seq2Of(tr *difftest.Trace, base, n int, fails bool) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		defer tr.Log("seq2 %d returns", base)
		for i := range n {
			tr.Log("seq2 %d yields %d", base, base+i)
			if !yield(i, base+i) {
				tr.Log("seq2 %d stopped at %d", base, base+i)
				return
			}
			tr.Log("seq2 %d resumed", base)
		}
		if fails {
			panic(fmt.Sprint("seq2 ", base, " panics"))
		}
	}
}

// ticker is an iterator function of a named type that yields no values:
// for agen.Pull0.
type ticker func(yield func() bool)

// ticks yields n times, logging as seqOf does.
func ticks(tr *difftest.Trace, base, n int) ticker {
	return func(yield func() bool) {
		defer tr.Log("ticks %d returns", base)
		for i := range n {
			tr.Log("ticks %d ticks %d", base, i)
			if !yield() {
				tr.Log("ticks %d stopped at %d", base, i)
				return
			}
		}
	}
}

// box is the receiver of method bodies, which read and write u and v. at
// is the box the method was called on: through a pointer receiver, the
// receiver itself; through a value receiver, the original of the copy the
// receiver is, which writes to the receiver's fields leave alone.
type box struct {
	u, v int
	at   *box
}

// newBox returns a box at itself.
func newBox() *box {
	b := &box{u: 1, v: 2}
	b.at = b
	return b
}

// bump adds d to b.u and returns it: a pointer method, which a value
// receiver calls on its copy.
func (b *box) bump(d int) int { b.u += d; return b.u }

// get returns b's fields: a value method, whose method value copies b.
func (b box) get() int { return b.u*10 + b.v }

// gbox is box with a type parameter: the receiver of generic method
// bodies, whose parameter t is a T.
type gbox[T any] struct {
	u, v int
	at   *gbox[T]
}

// newGbox returns a gbox at itself.
func newGbox[T any]() *gbox[T] {
	b := &gbox[T]{u: 1, v: 2}
	b.at = b
	return b
}

// bump is box.bump.
func (b *gbox[T]) bump(d int) int { b.u += d; return b.u }

// get is box.get.
func (b gbox[T]) get() int { return b.u*10 + b.v }

var _ = errors.New
`

// packageSource renders the package's file, gofmt-clean: doc is its
// package comment (without the comment markers).
func packageSource(pkg, doc string, bodies []*body) ([]byte, error) {
	var b strings.Builder
	for _, l := range strings.Split(doc, "\n") {
		b.WriteString(strings.TrimRight("// "+l, " ") + "\n")
	}
	fmt.Fprintf(&b, "package %s\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"iter\"\n\n\t\"github.com/agen-go/agen/runtime/agen\"\n\t\"github.com/agen-go/agen/testdata/difftest\"\n)\n", pkg)
	b.WriteString(helpers)
	for _, bd := range bodies {
		b.WriteString("\n")
		b.WriteString(bd.source())
	}
	b.WriteString("\n// Suite is the differential suite of this package.\nvar Suite = difftest.Suite{\n")
	for _, bd := range bodies {
		b.WriteString(bd.suiteCase())
	}
	b.WriteString("}\n")
	out, err := format.Source([]byte(b.String()))
	if err != nil {
		return nil, fmt.Errorf("the generated bodies do not parse: %v\n%s", err, b.String())
	}
	return out, nil
}

// testSource renders the test file of a batch package: it runs the Suite
// and writes the number of operation sequences run to the file
// sequencesFile.
func testSource(pkg string) []byte {
	return []byte(fmt.Sprintf(`package %s

import (
	"fmt"
	"os"
	"testing"

	"github.com/agen-go/agen/testdata/difftest"
)

func TestFuzz(t *testing.T) { Suite.Run(t) }

func TestMain(m *testing.M) {
	code := m.Run()
	os.WriteFile(%q, fmt.Appendf(nil, "%%d", difftest.SequencesRun()), 0o666)
	os.Exit(code)
}
`, pkg, sequencesFile))
}

// sequencesFile is where a batch package's test writes its count.
const sequencesFile = "sequences.txt"
