package agen_test

// This file tests the yielder methods called with no driver: a body called
// directly gets a nil or zero yielder, and must learn what to call.

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
)

// panicMessage runs f and returns the string it panics with.
func panicMessage(t *testing.T, f func()) (msg string) {
	t.Helper()
	defer func() {
		p := recover()
		require.NotNil(t, p, "no panic")
		s, ok := p.(string)
		require.True(t, ok, "panic value %T %v is not a message (a nil pointer dereference?)", p, p)
		msg = s
	}()
	f()
	return ""
}

func TestUnownedYielderPanicsWithAdvice(t *testing.T) {
	var nilY *agen.Yielder[int, agen.None]
	zeroY := &agen.Yielder[int, agen.None]{}
	var nilA *agen.AsyncYielder[int, agen.None]
	zeroA := &agen.AsyncYielder[int, agen.None]{}
	const sync, async = "agen.Goroutine(body)", "agen.GoroutineAsync(body)"
	calls := []struct {
		name, driver string
		call         func()
	}{
		{"Yield nil", sync, func() { nilY.Yield(1) }},
		{"Yield zero", sync, func() { zeroY.Yield(1) }},
		{"YieldErr nil", sync, func() { nilY.YieldErr(1) }},
		{"YieldErr zero", sync, func() { zeroY.YieldErr(1) }},
		{"async Yield", async, func() { zeroA.Yield(1) }},
		{"async YieldErr", async, func() { nilA.YieldErr(1) }},
		{"Context nil", async, func() { nilA.Context() }},
		{"Context zero", async, func() { zeroA.Context() }},
		{"Await nil", async, func() { agen.Await(nilA, agen.Sleep(0)) }},
		{"Await zero", async, func() { agen.Await(zeroA, agen.Sleep(0)) }},
		{"YieldFrom", sync, func() { zeroY.YieldFrom(nil) }},
		{"async YieldFrom", async, func() { nilA.YieldFrom(nil) }},
	}
	for _, c := range calls {
		t.Run(c.name, func(t *testing.T) {
			msg := panicMessage(t, c.call)
			assert.Contains(t, msg, "is not called directly")
			assert.Contains(t, msg, "generated constructor")
			assert.True(t, strings.HasSuffix(msg, c.driver), msg)
		})
	}
}

// A body called directly, as a user might try first.
func TestBodyCalledDirectly(t *testing.T) {
	count := func(y *agen.Yielder[int, agen.None], n int) {
		for i := range n {
			y.Yield(i)
		}
	}
	msg := panicMessage(t, func() { count(nil, 3) })
	assert.Equal(t, "agen: Yield on a Yielder that no generator runs: a generator body is not called directly; "+
		"call its generated constructor (fibGen(...) for a body fib) or run it with agen.Goroutine(body)", msg)
	// The same body runs under a driver.
	g := agen.Goroutine(func(y *agen.Yielder[int, agen.None]) error { count(y, 3); return nil })
	var got []int
	for v := range g.All() {
		got = append(got, v)
	}
	assert.Equal(t, []int{0, 1, 2}, got)
}
