package agen_test

// This file tests SyncCore with a frame written by hand, as generated code
// uses it: a body suspended with deferred calls pending.

import (
	"context"
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
)

// deferFrame is a frame with a stack of deferred calls and a result.
type deferFrame struct {
	core   agen.SyncCore
	defers []func()
	result error
	log    []string
}

func (f *deferFrame) AgenRunDefers(panicking bool, p any) {
	defers := f.defers
	f.defers = nil
	for _, d := range defers {
		defer d()
	}
	if panicking {
		panic(p)
	}
}

// start starts the body of f, as generated resume does, and returns the
// Frame the hooks see.
func (f *deferFrame) start() agen.Frame {
	var frame agen.Frame
	prev := agen.SetHooks(agen.Hooks{FirstIter: func(fr agen.Frame) { frame = fr }})
	defer agen.SetHooks(prev)
	f.core.Start(f, &f.result)
	return frame
}

// deferred pushes a deferred call, as generated code does. Its handle is
// the frame itself, which, reachable from the frame, is never finalized.
func (f *deferFrame) deferred(d func()) {
	f.defers = append(f.defers, d)
	f.core.Deferred(f)
}

// suspended returns a frame suspended at point 1 with two deferred calls.
func suspended() *deferFrame {
	f := &deferFrame{}
	f.start()
	f.core.State = 1
	f.deferred(func() { f.log = append(f.log, "first") })
	f.deferred(func() { f.log = append(f.log, "second") })
	return f
}

func TestSyncCoreClose(t *testing.T) {
	f := suspended()
	assert.Nil(t, f.core.Error(), "suspended: no error yet")
	require.NoError(t, f.core.Close())
	assert.Equal(t, []string{"second", "first"}, f.log, "LIFO")
	assert.Equal(t, -1, f.core.State)
	require.NoError(t, f.core.Close(), "idempotent")
	assert.Equal(t, []string{"second", "first"}, f.log)

	f = &deferFrame{}
	require.NoError(t, f.core.Close(), "not started: nothing runs")
	assert.Equal(t, -1, f.core.State)

	f = suspended()
	f.core.State = -2
	assert.PanicsWithValue(t, agen.ErrRunning, func() { f.core.Close() }, "running")
}

// TestSyncCoreFrame checks the Frame of a SyncCore, which the hooks see:
// its Close and AClose close the body.
func TestSyncCoreFrame(t *testing.T) {
	f := &deferFrame{}
	frame := f.start()
	require.NotNil(t, frame, "the hooks see the frame at the start")
	f.core.State = 1
	f.deferred(func() { f.log = append(f.log, "deferred") })
	_, err, ready := frame.AClose().Poll(context.Background(), nil)
	require.True(t, ready)
	require.NoError(t, err)
	assert.Equal(t, []string{"deferred"}, f.log)
	assert.Equal(t, -1, f.core.State)

	f = &deferFrame{}
	frame = f.start()
	f.core.State = 1
	f.deferred(func() { f.log = append(f.log, "deferred") })
	require.NoError(t, frame.Close(context.Background()))
	assert.Equal(t, []string{"deferred"}, f.log)
}

func TestSyncCoreThrow(t *testing.T) {
	f := suspended()
	boom := errors.New("boom")
	f.core.Throw(boom)
	assert.Equal(t, []string{"second", "first"}, f.log)
	assert.Equal(t, boom, f.core.Error())

	// A deferred call that panics: finished all the same, without the error.
	f = suspended()
	f.deferred(func() { panic("in defer") })
	assert.PanicsWithValue(t, "in defer", func() { f.core.Throw(boom) })
	assert.Equal(t, -1, f.core.State)
	assert.Nil(t, f.core.Error())
}

// resume runs a body that panics with p while running, under a deferred
// Exit, as generated resume does.
func (f *deferFrame) resume(p any) {
	f.core.State = -2
	defer f.core.Exit()
	panic(p)
}

func TestSyncCoreExit(t *testing.T) {
	// A deferred call recovers: the body returns its result.
	f := &deferFrame{result: errors.New("result")}
	f.start()
	f.deferred(func() { f.log = append(f.log, "recovered "+recover().(string)) })
	f.resume("boom")
	assert.Equal(t, []string{"recovered boom"}, f.log)
	assert.Equal(t, -1, f.core.State)
	assert.EqualError(t, f.core.Error(), "result")

	// None recovers: the panic goes on after them.
	f = suspended()
	assert.PanicsWithValue(t, "boom", func() { f.resume("boom") })
	assert.Equal(t, []string{"second", "first"}, f.log)
	assert.Equal(t, -1, f.core.State)

	// None pending: the panic goes on, finished.
	f = &deferFrame{}
	f.start()
	assert.PanicsWithValue(t, "boom", func() { f.resume("boom") })
	assert.Equal(t, -1, f.core.State)
}

// TestLifecycleTrack checks that a frame tracked through Deferred is
// closed once its handle becomes unreachable, and not once finished.
func TestLifecycleTrack(t *testing.T) {
	closed := make(chan agen.Frame, 2)
	prev := agen.SetHooks(agen.Hooks{Finalize: func(f agen.Frame) { closed <- f }})
	defer agen.SetHooks(prev)

	f := &deferFrame{}
	frame := f.start()
	f.core.State = 1
	func() {
		handle := &struct{ f *deferFrame }{f}
		f.defers = append(f.defers, func() {})
		f.core.Deferred(handle)
		f.core.Deferred(handle) // idempotent
	}()
	finished := &deferFrame{}
	finished.start()
	finished.core.State = 1
	func() {
		handle := &struct{ f *deferFrame }{finished}
		finished.core.Deferred(handle)
		require.NoError(t, finished.core.Close())
	}()
	deadline := time.After(10 * time.Second)
	for {
		runtime.GC()
		select {
		case got := <-closed:
			assert.Same(t, frame, got)
			runtime.GC()
			select {
			case other := <-closed:
				t.Fatalf("finalized again: %v", other)
			case <-time.After(50 * time.Millisecond):
			}
			return
		case <-deadline:
			t.Fatal("not finalized")
		case <-time.After(10 * time.Millisecond):
		}
	}
}
