// Package inner has an unexported type that its constructor returns.
package inner

type counter struct{ n int }

// New returns a counter.
func New() *counter { return &counter{} }

// Next counts.
func (c *counter) Next() int { c.n++; return c.n }
