package agen

// This file defines what the two goroutine reference drivers share: the
// messages between the consumer and the body's goroutine, and the states.

import "context"

// driverState is the life of a generator: created, then suspended and
// running in turn, then finished.
type driverState = int32

const (
	stateCreated driverState = iota
	stateSuspended
	stateRunning
	stateFinished
)

// opKind names a consumer operation, or a request to poll a pending await
// again.
type opKind uint8

const (
	opNext opKind = iota
	opSend
	opThrow
	opClose
	opPoll
)

// resumeMsg carries an operation from the consumer to the body's goroutine.
type resumeMsg[S any] struct {
	op    opKind
	send  S
	err   error
	ctx   context.Context
	waker Waker
}

// eventKind names what the body's goroutine reports back.
type eventKind uint8

const (
	eventYield   eventKind = iota // the body yielded value
	eventReturn                   // the body returned err
	eventPanic                    // the body panicked with panicked
	eventExit                     // the body's goroutine exited without returning (Goexit)
	eventPending                  // an await is pending
)

type event[Y any] struct {
	kind     eventKind
	value    Y
	err      error
	panicked any
}

// unwindKind records why the body is unwinding by runtime.Goexit.
type unwindKind uint8

const (
	unwindNone unwindKind = iota
	unwindThrow
	unwindClose
)

// errThrowNil is the panic value of Throw(nil) on every implementation.
const errThrowNil = "agen: Throw with a nil error"
