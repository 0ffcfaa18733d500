//go:build race

package fuzz

// raceEnabled is set under the race detector, which slows agen down: the
// fixed batch is smaller there.
const raceEnabled = true
