package agen_test

import (
	"context"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
)

// closer logs its close.
type closer struct {
	name string
	log  *[]string
}

func (c closer) Close() error { *c.log = append(*c.log, c.name); return nil }

// asyncCloser's close is pending until open is false, then logs.
type asyncCloser struct {
	name  string
	log   *[]string
	open  *bool
	panic bool
}

func (c asyncCloser) AClose() agen.Awaitable[agen.None] {
	return agen.AwaitableFunc[agen.None](func(ctx context.Context, w agen.Waker) (agen.None, error, bool) {
		if *c.open {
			return agen.None{}, nil, false
		}
		if c.panic {
			panic("close of " + c.name)
		}
		*c.log = append(*c.log, c.name)
		return agen.None{}, nil, true
	})
}

func TestCloseRangesInnermostFirstAndWaits(t *testing.T) {
	var log []string
	open := true
	ranges := []agen.RangeLoop{
		{Sync: closer{"outer", &log}},
		{Ctx: context.Background(), Async: asyncCloser{name: "middle", log: &log, open: &open}},
		{Sync: closer{"inner", &log}},
	}
	var u agen.Unwinding
	u.Start(agen.UnwindReturn, nil, nil)
	left, done := u.CloseRanges(ranges, newTestWaker())
	require.False(t, done, "the async close is pending")
	assert.Equal(t, []string{"inner"}, log)
	require.Len(t, left, 2)

	open = false
	left, done = u.CloseRanges(left, newTestWaker())
	require.True(t, done)
	assert.Empty(t, left)
	assert.Equal(t, []string{"inner", "middle", "outer"}, log)
	_, panicking := u.Panicking()
	assert.False(t, panicking)
}

func TestCloseRangesPanicReplacesThePanicInFlight(t *testing.T) {
	var log []string
	open := false
	ranges := []agen.RangeLoop{
		{Sync: closer{"outer", &log}},
		{Ctx: context.Background(), Async: asyncCloser{name: "inner", log: &log, open: &open, panic: true}},
	}
	var u agen.Unwinding
	u.Start(agen.UnwindPanic, nil, "body")
	left, done := u.CloseRanges(ranges, newTestWaker())
	require.True(t, done)
	assert.Empty(t, left)
	assert.Equal(t, []string{"outer"}, log, "the other loops still close")
	p, panicking := u.Panicking()
	require.True(t, panicking)
	assert.Equal(t, "close of inner", p)
}

// panicCloser logs its close, then panics with its name.
type panicCloser struct{ closer }

func (c panicCloser) Close() error { c.closer.Close(); panic(c.name) }

func TestCloseSyncRanges(t *testing.T) {
	var log []string
	ranges := []io.Closer{closer{"outer", &log}, panicCloser{closer{"middle", &log}}, closer{"inner", &log}}
	panicking, p := agen.CloseSyncRanges(&ranges, false, nil)
	assert.Equal(t, []string{"inner", "middle", "outer"}, log, "innermost first, all of them")
	assert.Empty(t, ranges)
	assert.True(t, panicking)
	assert.Equal(t, "middle", p, "a panic of a close goes on")

	log = nil
	ranges = []io.Closer{panicCloser{closer{"first", &log}}, closer{"second", &log}}
	panicking, p = agen.CloseSyncRanges(&ranges, true, "body")
	assert.True(t, panicking)
	assert.Equal(t, "first", p, "it replaces the panic the body unwinds with")

	panicking, p = agen.CloseSyncRanges(&ranges, true, "body")
	assert.True(t, panicking)
	assert.Equal(t, "body", p, "nothing to close: the body's panic")
}
