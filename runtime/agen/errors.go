package agen

// This file defines the errors of the generator protocol.

import "errors"

var (
	// Done is returned by the operations of an async generator once it
	// has finished, like iterator.Done: it marks the end, not a failure.
	Done = errors.New("agen: no more values")

	// ErrRunning reports an operation on a generator that is already
	// running. A sync generator panics with it when its body calls an
	// operation on itself; an async generator returns it from any operation
	// started while another is in progress, from whatever goroutine.
	ErrRunning = errors.New("agen: generator is already running")

	// ErrIgnoredClose is returned by Close when a deferred call of the body
	// tried to yield while the generator was closing (Python's "generator
	// ignored GeneratorExit"). The generator is finished regardless.
	ErrIgnoredClose = errors.New("agen: generator ignored close: yield in a deferred call while closing")
)
