package cpysyncdelegation

// This file checks Python's documented results of test_pep380.py, on the
// generated generators and on the reference driver alike: the traces are
// Python's, with None as <nil> and the deferred calls' lines where the
// finally clauses log.

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

// check returns the check of a body.
func check(name string, g func(*difftest.Trace) gen, b body, fn func(t *testing.T, tr *difftest.Trace, g gen)) difftest.Case {
	return difftest.Check(name, func(t *testing.T) { difftest.BothSync(t, g, b, fn) })
}

// forIn is `for x in g: trace.append("Yielded %s" % x)`.
func forIn(tr *difftest.Trace, g gen, format string) {
	for x := range g.All() {
		tr.Log(format, x)
	}
}

// nexts calls next(g) n times, logging the values.
func nexts(t *testing.T, tr *difftest.Trace, g gen, n int) {
	t.Helper()
	for range n {
		x, ok := g.Next()
		require.True(t, ok)
		tr.Log("Yielded %s", x)
	}
}

var closingTrace = []string{"Starting g1", "Yielded g1 ham", "Starting g2", "Yielded g2 spam", "Finishing g2", "Finishing g1"}

var checks = difftest.Suite{
	check("python/delegation_of_initial_next_to_subgenerator",
		func(tr *difftest.Trace) gen { return g1InitialGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Initial(y, tr) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			forIn(tr, g, "Yielded %s")
			assert.Equal(t, []string{"Starting g1", "Starting g2", "Yielded 42", "Finishing g2", "Finishing g1"}, tr.Events())
			assert.NoError(t, g.Err())
		}),
	check("python/raising_exception_in_initial_next_call",
		func(tr *difftest.Trace) gen { return g1RaisingGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Raising(y, tr) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			forIn(tr, g, "Yielded %s")
			assert.ErrorIs(t, g.Err(), errSpanish)
			assert.Equal(t, []string{"Starting g1", "Starting g2", "Finishing g2", "Finishing g1"}, tr.Events())
		}),
	check("python/delegation_of_next_call_to_subgenerator",
		func(tr *difftest.Trace) gen { return g1SpamGen(tr, 0) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Spam(y, tr, 0) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			forIn(tr, g, "Yielded %s")
			assert.Equal(t, []string{"Starting g1", "Yielded g1 ham", "Starting g2", "Yielded g2 spam",
				"Yielded g2 more spam", "Finishing g2", "Yielded g1 eggs", "Finishing g1"}, tr.Events())
		}),
	check("python/raising_exception_in_delegated_next_call",
		func(tr *difftest.Trace) gen { return g1SpamGen(tr, 1) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Spam(y, tr, 1) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			forIn(tr, g, "Yielded %s")
			assert.ErrorIs(t, g.Err(), errEels)
			assert.Equal(t, closingTrace, tr.Events())
		}),
	check("python/delegation_of_send",
		func(tr *difftest.Trace) gen { return g1SendGen(tr, false) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Send(y, tr, false) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			g.Next()
			for x := 1; ; x++ {
				y, ok := g.Send(x)
				if !ok {
					break
				}
				tr.Log("Yielded %s", y)
			}
			assert.Equal(t, []string{"Starting g1", "g1 received 1", "Starting g2", "Yielded g2 spam", "g2 received 2",
				"Yielded g2 more spam", "g2 received 3", "Finishing g2", "Yielded g1 eggs", "g1 received 4", "Finishing g1"}, tr.Events())
		}),
	check("python/handling_exception_while_delegating_send",
		func(tr *difftest.Trace) gen { return g1SendGen(tr, true) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Send(y, tr, true) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			g.Next()
			for x := 1; ; x++ {
				y, ok := g.Send(x)
				if !ok {
					break
				}
				tr.Log("Yielded %s", y)
			}
			assert.ErrorIs(t, g.Err(), errEels)
			assert.Equal(t, []string{"Starting g1", "g1 received 1", "Starting g2", "Yielded g2 spam", "g2 received 2"}, tr.Events())
		}),
	check("python/delegating_close",
		func(tr *difftest.Trace) gen { return g1SpamGen(tr, 0) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Spam(y, tr, 0) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			nexts(t, tr, g, 2)
			require.NoError(t, g.Close())
			assert.Equal(t, closingTrace, tr.Events())
		}),
	check("python/handing_exception_while_delegating_close",
		func(tr *difftest.Trace) gen { return g1SpamGen(tr, 2) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Spam(y, tr, 2) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			nexts(t, tr, g, 2)
			require.PanicsWithValue(t, errNybbles, func() { g.Close() })
			assert.Equal(t, closingTrace, tr.Events())
		}),
	check("python/delegating_throw",
		func(tr *difftest.Trace) gen { return g1SpamGen(tr, 0) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Spam(y, tr, 0) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			nexts(t, tr, g, 2)
			_, ok := g.Throw(errTomato)
			require.False(t, ok)
			require.ErrorIs(t, g.Err(), errTomato)
			assert.Equal(t, closingTrace, tr.Events())
		}),
	check("python/generator_return_value",
		func(tr *difftest.Trace) gen { return g1ReturnGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { g1Return(y, tr); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			forIn(tr, g, "Yielded %s")
			assert.Equal(t, []string{"Starting g1", "Yielded g1 ham",
				"Starting g2", "Yielded g2 spam", "Yielded g2 more spam", "Finishing g2", "g2 returned <nil>",
				"Starting g2", "Yielded g2 spam", "Yielded g2 more spam", "Finishing g2", "g2 returned 42",
				"Yielded g1 eggs", "Finishing g1"}, tr.Events())
		}),
	check("python/delegation_of_next_to_non_generator",
		func(tr *difftest.Trace) gen { return fromRangeGen(tr, 3) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return fromRange(y, tr, 3) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			forIn(tr, g, "Yielded %s")
			assert.Equal(t, []string{"starting g", "Yielded 0", "Yielded 1", "Yielded 2", "g should not be here", "finishing g"}, tr.Events())
		}),
	check("python/conversion_of_sendNone_to_next",
		func(tr *difftest.Trace) gen { return fromRangeGen(tr, 3) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return fromRange(y, tr, 3) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			for range 3 {
				y, ok := g.Send(0)
				require.True(t, ok)
				tr.Log("Yielded: %s", y)
			}
			assert.Equal(t, []string{"starting g", "Yielded: 0", "Yielded: 1", "Yielded: 2"}, tr.Events())
		}),
	check("python/delegation_of_close_to_non_generator",
		func(tr *difftest.Trace) gen { return fromRangeGen(tr, 3) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return fromRange(y, tr, 3) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			g.Next()
			require.NoError(t, g.Close())
			assert.Equal(t, []string{"starting g", "finishing g"}, tr.Events())
		}),
	check("python/delegating_throw_to_non_generator",
		func(tr *difftest.Trace) gen { return fromRangeGen(tr, 10) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return fromRange(y, tr, 10) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			nexts(t, tr, g, 5)
			_, ok := g.Throw(errTomato)
			require.False(t, ok)
			require.ErrorIs(t, g.Err(), errTomato)
			assert.Equal(t, []string{"starting g", "Yielded 0", "Yielded 1", "Yielded 2", "Yielded 3", "Yielded 4", "finishing g"}, tr.Events())
		}),
	check("python/exception_in_initial_next_call",
		func(tr *difftest.Trace) gen { return g1ZeroGen(tr, 0) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { g1Zero(y, tr, 0); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			require.PanicsWithError(t, "runtime error: integer divide by zero", func() { g.Next() })
			assert.Equal(t, []string{"g1 about to yield from g2"}, tr.Events())
		}),
	check("python/attempted_yield_from_loop", loopGen, loopBody,
		func(t *testing.T, tr *difftest.Trace, g gen) {
			require.PanicsWithValue(t, agen.ErrRunning, func() { forIn(tr, g, "Yielded: %s") })
			assert.Equal(t, []string{"g1: starting", "Yielded: y1", "g1: about to yield from g2", "g2: starting",
				"Yielded: y2", "g2: about to yield from g1"}, tr.Events())
		}),
	check("python/returning_value_from_delegated_throw",
		func(tr *difftest.Trace) gen { return g1LunchGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return g1Lunch(y, tr) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			nexts(t, tr, g, 2)
			v, ok := g.Throw(errLunch)
			require.True(t, ok)
			require.Equal(t, "g2 lunch saved", v)
			forIn(tr, g, "Yielded %s")
			assert.Equal(t, []string{"Starting g1", "Yielded g1 ham", "Starting g2", "Yielded g2 spam",
				"Caught LunchError in g2", "Yielded g2 yet more spam", "Yielded g1 eggs", "Finishing g1"}, tr.Events())
		}),
	check("python/send_and_return_with_value",
		func(tr *difftest.Trace) gen { return returnsValueGen(tr, 42) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return returnsValue(y, tr, 42) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			g.Next()
			tr.Log("f sending spam to g")
			_, ok := g.Send(7)
			require.False(t, ok)
			tr.Log("f caught %v", g.Err())
			assert.Equal(t, []string{"g starting", "f sending spam to g", "g received 7", "g returning 42", "f caught 42"}, tr.Events())
		}),
	check("python/catching_exception_from_subgen_and_returning",
		func(tr *difftest.Trace) gen { return outerCatchGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { outerCatch(y, tr); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			v, _ := g.Next()
			tr.Log("%s", v)
			v, _ = g.Throw(errTomato)
			tr.Log("%s", v)
			assert.Equal(t, []string{"1", "inner caught tomato ejected", "inner returned 2 to outer", "2"}, tr.Events())
		}),
	// test_throwing_GeneratorExit_into_subgen_that_returns and
	// _that_raises: GeneratorExit is Close; the delegate's reaction is its
	// deferred call, and a panic there propagates out of Close.
	check("python/throwing_GeneratorExit_into_subgen_that_returns",
		func(tr *difftest.Trace) gen { return gExitGen(tr, 0) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { gExit(y, tr, 0); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			g.Next()
			require.NoError(t, g.Close())
			assert.Equal(t, []string{"Enter g", "Enter f", "f returns", "g unwinds"}, tr.Events())
		}),
	check("python/throwing_GeneratorExit_into_subgen_that_raises",
		func(tr *difftest.Trace) gen { return gExitGen(tr, 1) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { gExit(y, tr, 1); return nil },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			g.Next()
			require.PanicsWithValue(t, "Vorpal bunny encountered", func() { g.Close() })
			assert.Equal(t, []string{"Enter g", "Enter f", "g unwinds"}, tr.Events())
		}),
	check("python/yield_from_empty",
		func(tr *difftest.Trace) gen { return fromEmptyGen(tr) },
		func(tr *difftest.Trace, y *agen.Yielder[string, int]) error { return fromEmpty(y, tr) },
		func(t *testing.T, tr *difftest.Trace, g gen) {
			_, ok := g.Next()
			require.False(t, ok)
			require.NoError(t, g.Err())
		}),
}
