package cpysyncprotocol

// This file checks Python's documented results of the tests ported here,
// on the generated generators and on the reference driver alike.

import (
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// check returns the check of a body.
func check(name string, g func(*difftest.Trace) gen, b func(*difftest.Trace, *agen.Yielder[int, int]) error, fn func(t *testing.T, tr *difftest.Trace, g gen)) difftest.Case {
	return difftest.Check(name, func(t *testing.T) { difftest.BothSync(t, g, b, fn) })
}

var (
	printsSentBody = func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { printsSent(y, tr); return nil }
	catcherBody    = func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return catcher(y, tr) }
	exitingBody    = func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { exiting(y, tr); return nil }
)

func printsSentOf(tr *difftest.Trace) gen { return printsSentGen(tr) }
func catcherOf(tr *difftest.Trace) gen    { return catcherGen(tr) }
func exitingOf(tr *difftest.Trace) gen    { return exitingGen(tr) }

var checks = difftest.Suite{
	// Sending a value into a started generator: it prints 42, yields 2.
	check("python/send_started", printsSentOf, printsSentBody, func(t *testing.T, tr *difftest.Trace, g gen) {
		v, ok := g.Next()
		require.True(t, ok)
		require.Equal(t, 1, v)
		v, ok = g.Send(42)
		require.True(t, ok)
		require.Equal(t, 2, v)
		assert.Equal(t, []string{"print 42"}, tr.Events())
	}),
	// Sending a value into a new generator: Python raises TypeError
	// ("can't send non-None value to a just-started generator"); per SPEC
	// §3.3 it starts the generator and the value is discarded.
	check("spec/send_new", printsSentOf, printsSentBody, func(t *testing.T, tr *difftest.Trace, g gen) {
		v, ok := g.Send(42)
		require.True(t, ok)
		require.Equal(t, 1, v)
		g.Send(7)
		assert.Equal(t, []string{"print 7"}, tr.Events())
	}),
	// The ValueError catcher: caught twice, prints 1, TypeError is not
	// caught and kills it; send after that is StopIteration.
	check("python/throw_caught_and_uncaught", catcherOf, catcherBody, func(t *testing.T, tr *difftest.Trace, g gen) {
		g.Next()
		_, ok := g.Throw(errValue)
		require.True(t, ok)
		_, ok = g.Throw(errValue)
		require.True(t, ok)
		_, ok = g.Send(1)
		require.True(t, ok)
		_, ok = g.Throw(errType)
		require.False(t, ok)
		require.ErrorIs(t, g.Err(), errType)
		_, ok = g.Send(2)
		require.False(t, ok)
		assert.Equal(t, []string{"caught ValueError (ValueError)", "caught ValueError (ValueError)", "print 1"}, tr.Events())
	}),
	// Throw into a new generator raises without running it; it is then
	// exhausted.
	check("python/throw_new", catcherOf, catcherBody, func(t *testing.T, tr *difftest.Trace, g gen) {
		_, ok := g.Throw(errValue)
		require.False(t, ok)
		require.ErrorIs(t, g.Err(), errValue)
		_, ok = g.Next()
		require.False(t, ok)
		assert.Empty(t, tr.Events())
	}),
	// Throw into an exhausted generator: Python raises the exception
	// again; per SPEC §3.4 it is a no-op.
	check("spec/throw_exhausted", exitingOf, exitingBody, func(t *testing.T, tr *difftest.Trace, g gen) {
		g.Next()
		g.Next()
		_, ok := g.Throw(errValue)
		require.False(t, ok)
		require.NoError(t, g.Err())
	}),
	// close runs the except GeneratorExit clause once; close again and
	// close of a new generator do nothing.
	check("python/close", exitingOf, exitingBody, func(t *testing.T, tr *difftest.Trace, g gen) {
		g.Next()
		require.NoError(t, g.Close())
		require.NoError(t, g.Close())
		assert.Equal(t, []string{"exiting"}, tr.Events())
	}),
	check("python/close_new", exitingOf, exitingBody, func(t *testing.T, tr *difftest.Trace, g gen) {
		require.NoError(t, g.Close())
		_, ok := g.Next()
		require.False(t, ok)
		assert.Empty(t, tr.Events())
	}),
	// "generator ignored GeneratorExit".
	difftest.Check("python/ignored_GeneratorExit", func(t *testing.T) {
		tr := &difftest.Trace{}
		g := ignoresRef(tr)
		g.Next()
		require.ErrorIs(t, g.Close(), agen.ErrIgnoredClose)
		assert.Equal(t, []string{"yields while closing"}, tr.Events())
	}),
	// test_pep380's test_throwing_GeneratorExit_into_subgenerator_that_yields.
	check("python/ignored_GeneratorExit/delegated",
		func(tr *difftest.Trace) gen { return delegatesToIgnoringGen(tr, func() gen { return ignoresRef(tr) }) },
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error {
			return delegatesToIgnoring(y, tr, func() gen { return ignoresRef(tr) })
		},
		func(t *testing.T, tr *difftest.Trace, g gen) {
			g.Next()
			require.ErrorIs(t, g.Close(), agen.ErrIgnoredClose)
			assert.Equal(t, []string{"Enter g", "yields while closing", "delegator unwinds"}, tr.Events())
		}),
	// def g(): i = next(me); yield i: "generator already executing".
	check("python/already_executing", reentersGenSelf,
		func(tr *difftest.Trace, y *agen.Yielder[int, int]) error { return forward(y, tr) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			require.PanicsWithValue(t, agen.ErrRunning, func() { g.Next() })
			assert.Equal(t, []string{"unwinds"}, tr.Events())
			_, ok := g.Next()
			require.False(t, ok)
		}),
	// del g closes it: "exiting" is printed.
	check("python/del", exitingOf, exitingBody, func(t *testing.T, tr *difftest.Trace, g gen) {
		g.Next()
		g = nil
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline) && len(tr.Events()) == 0; {
			runtime.GC()
			time.Sleep(time.Millisecond)
		}
		assert.Equal(t, []string{"exiting"}, tr.Events())
	}),
}
