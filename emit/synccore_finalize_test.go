package emit_test

// This file tests the finalization and hooks of generated generators whose
// state lives in an agen.SyncCore (review of the SyncCore frame).

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/golden/SyncCore"
)

// frames records the frames the hooks see.
type frames struct {
	mu        sync.Mutex
	first     []agen.Frame
	finalized map[agen.Frame]int
}

func (fs *frames) hooks() agen.Hooks {
	fs.finalized = map[agen.Frame]int{}
	return agen.Hooks{
		FirstIter: func(f agen.Frame) {
			fs.mu.Lock()
			defer fs.mu.Unlock()
			fs.first = append(fs.first, f)
		},
		Finalize: func(f agen.Frame) {
			fs.mu.Lock()
			fs.finalized[f]++
			fs.mu.Unlock()
			go f.Close(context.Background())
		},
	}
}

func (fs *frames) last() agen.Frame {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return fs.first[len(fs.first)-1]
}

func (fs *frames) times(f agen.Frame) int {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return fs.finalized[f]
}

// A generator is finalized only while deferred calls are pending: not
// before its first defer statement, not once closed or finished.
func TestSyncCoreFinalizeOnlyWithPendingDefers(t *testing.T) {
	var fs frames
	setHooks(t, fs.hooks())
	var ran [4]atomic.Int32
	var fr [4]agen.Frame
	func() {
		g := synccore.NewLazyDefer(func() { ran[0].Add(1) })
		g.Next() // suspended before its defer statement
		fr[0] = fs.last()
	}()
	func() {
		g := synccore.NewLazyDefer(func() { ran[1].Add(1) })
		g.Next()
		g.Send(1) // deferred call pending
		fr[1] = fs.last()
	}()
	func() {
		g := synccore.NewLazyDefer(func() { ran[2].Add(1) })
		g.Next()
		g.Send(1)
		fr[2] = fs.last()
		require.NoError(t, g.Close())
	}()
	func() {
		g := synccore.NewLazyDefer(func() { ran[3].Add(1) })
		g.Next()
		g.Send(1)
		fr[3] = fs.last()
		for _, ok := g.Next(); ok; _, ok = g.Next() {
		}
	}()
	eventually(t, "the deferred call of the abandoned generator", func() bool { return ran[1].Load() == 1 })
	for range 5 {
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
	}
	assert.Equal(t, 0, fs.times(fr[0]), "abandoned before its first defer: not finalized")
	assert.Equal(t, 1, fs.times(fr[1]), "abandoned with a deferred call pending: finalized once")
	assert.Equal(t, 0, fs.times(fr[2]), "closed: not finalized")
	assert.Equal(t, 0, fs.times(fr[3]), "finished: not finalized")
	assert.Equal(t, int32(0), ran[0].Load())
	assert.Equal(t, int32(1), ran[1].Load())
	assert.Equal(t, int32(1), ran[2].Load())
	assert.Equal(t, int32(1), ran[3].Load())
}

// outcome runs op and describes how it ended.
func outcome(op func() string) (s string) {
	defer func() {
		if p := recover(); p != nil {
			s = fmt.Sprintf("panic %v", p)
		}
	}()
	return op()
}

// hookScript drives a generator whose FirstIter hook does something with
// its frame, and describes what happened.
func hookScript(t *testing.T, mk func(ran func()) agen.Generator[int, int], hook func(agen.Frame) string, later func(agen.Frame) string) []string {
	var log []string
	var mu sync.Mutex
	add := func(s string) { mu.Lock(); log = append(log, s); mu.Unlock() }
	var frame agen.Frame
	prev := agen.SetHooks(agen.Hooks{FirstIter: func(f agen.Frame) {
		frame = f
		if hook != nil {
			add("hook: " + hook(f))
		}
	}})
	defer agen.SetHooks(prev)
	g := mk(func() { add("deferred ran") })
	done := make(chan struct{})
	go func() { // a Goexit ends only this goroutine
		defer close(done)
		add("Next: " + outcome(func() string { v, ok := g.Next(); return fmt.Sprint(v, ok) }))
		add("Send: " + outcome(func() string { v, ok := g.Send(1); return fmt.Sprint(v, ok) }))
		if later != nil && frame != nil {
			add("later: " + later(frame))
		}
		add("Next: " + outcome(func() string { v, ok := g.Next(); return fmt.Sprint(v, ok) }))
		add(fmt.Sprintf("Err: %v", g.Err()))
		add("Close: " + outcome(func() string { return fmt.Sprint(g.Close()) }))
	}()
	<-done
	return log
}

func closeFrame(f agen.Frame) string {
	return outcome(func() string { return fmt.Sprint(f.Close(context.Background())) })
}

func acloseFrame(f agen.Frame) string {
	return outcome(func() string {
		_, err, ready := f.AClose().Poll(context.Background(), nil)
		return fmt.Sprint(err, ready)
	})
}

// The frame the hooks see closes the generator as the reference's does.
func TestSyncCoreHookFrameClose(t *testing.T) {
	for _, c := range []struct {
		name        string
		hook, later func(agen.Frame) string
	}{
		{"Close in FirstIter", closeFrame, nil},
		{"AClose in FirstIter", acloseFrame, nil},
		{"Close later", nil, closeFrame},
		{"AClose later", nil, acloseFrame},
	} {
		t.Run(c.name, func(t *testing.T) {
			want := hookScript(t, synccore.NewLazyDeferReference, c.hook, c.later)
			got := hookScript(t, synccore.NewLazyDefer, c.hook, c.later)
			assert.Equal(t, want, got)
		})
	}
}
