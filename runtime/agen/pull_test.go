package agen_test

import (
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
)

// countingSeq yields 0..n-1, logging what it does into log.
func countingSeq(n int, log *[]string) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer func() { *log = append(*log, "iterator returns") }()
		for i := range n {
			if !yield(i) {
				*log = append(*log, "yield false")
				return
			}
		}
	}
}

func TestPullStepsTheIterator(t *testing.T) {
	var log []string
	p := agen.Pull(countingSeq(3, &log))
	assert.Empty(t, log, "nothing runs before the first Next")
	var got []int
	for v, ok := p.Next(); ok; v, ok = p.Next() {
		got = append(got, v)
	}
	assert.Equal(t, []int{0, 1, 2}, got)
	assert.Equal(t, []string{"iterator returns"}, log)
	require.NoError(t, p.Close())
	v, ok := p.Next()
	assert.False(t, ok)
	assert.Zero(t, v)
}

func TestPullStopEndsTheIterationAsABreak(t *testing.T) {
	var log []string
	p := agen.Pull(countingSeq(10, &log))
	v, ok := p.Next()
	require.True(t, ok)
	assert.Equal(t, 0, v)
	p.Stop()
	assert.Equal(t, []string{"yield false", "iterator returns"}, log, "Stop returns once the iterator has")
	p.Stop()
	require.NoError(t, p.Close(), "Stop and Close are idempotent")
	_, ok = p.Next()
	assert.False(t, ok)
}

func TestPullCloseUnwindsTheIterator(t *testing.T) {
	var log []string
	p := agen.Pull(countingSeq(10, &log))
	_, ok := p.Next()
	require.True(t, ok)
	require.NoError(t, p.Close())
	assert.Equal(t, []string{"iterator returns"}, log, "the iterator unwinds from its yield: its deferred calls run, the rest does not")
	require.NoError(t, p.Close())
	p.Stop()
	_, ok = p.Next()
	assert.False(t, ok)

	// The iterator unwinds as runtime.Goexit unwinds a goroutine:
	// recover() in its deferred calls returns nil and stops nothing.
	var recovered []any
	p = agen.Pull(func(yield func(int) bool) {
		defer func() { recovered = append(recovered, recover()) }()
		yield(1)
		log = append(log, "after the yield")
	})
	p.Next()
	require.NoError(t, p.Close())
	assert.Equal(t, []any{nil}, recovered)
	assert.NotContains(t, log, "after the yield")

	// A panic of the iterator's deferred calls propagates out of Close.
	p = agen.Pull(func(yield func(int) bool) {
		defer panic("deferred")
		yield(1)
	})
	p.Next()
	assert.PanicsWithValue(t, "deferred", func() { p.Close() })
}

func TestPullNamedFuncTypes(t *testing.T) {
	type seq func(yield func(string) bool)
	p := agen.Pull(seq(func(yield func(string) bool) { _ = yield("a") && yield("b") }))
	v, ok := p.Next()
	assert.Equal(t, "a", v)
	assert.True(t, ok)

	// A yield of a named type, as a range loop allows.
	type yielder func(int) bool
	type named func(yielder)
	pn := agen.Pull(named(func(yield yielder) { yield(7) }))
	n, ok := pn.Next()
	assert.Equal(t, 7, n)
	assert.True(t, ok)

	p2 := agen.Pull2(func(yield func(int, string) bool) { _ = yield(1, "x") && yield(2, "y") })
	k, s, ok := p2.Next()
	assert.Equal(t, 1, k)
	assert.Equal(t, "x", s)
	assert.True(t, ok)
	p2.Stop()
	_, _, ok = p2.Next()
	assert.False(t, ok)

	calls := 0
	p0 := agen.Pull0(func(yield func() bool) {
		for yield() {
			calls++
		}
	})
	_, ok = p0.Next()
	assert.True(t, ok)
	_, ok = p0.Next()
	assert.True(t, ok)
	p0.Stop()
	assert.Equal(t, 1, calls)
}

func TestPullPanicPropagates(t *testing.T) {
	boom := errors.New("boom")
	p := agen.Pull(func(yield func(int) bool) {
		yield(1)
		panic(boom)
	})
	_, ok := p.Next()
	require.True(t, ok)
	assert.PanicsWithValue(t, boom, func() { p.Next() })
}

// An abandoned Pulled is stopped by a cleanup: the iterator's deferred
// calls run, and its coroutine ends.
func TestPullAbandonedIsStopped(t *testing.T) {
	stopped := make(chan struct{})
	func() {
		p := agen.Pull(func(yield func(int) bool) {
			defer close(stopped)
			for i := 0; yield(i); i++ {
			}
		})
		p.Next()
	}()
	deadline := time.After(5 * time.Second)
	for {
		runtime.GC()
		select {
		case <-stopped:
			return
		case <-deadline:
			t.Fatal("the abandoned iterator was not stopped")
		case <-time.After(10 * time.Millisecond):
		}
	}
}
