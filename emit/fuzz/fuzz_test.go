package fuzz

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// envInt returns the integer of an environment variable, or def.
func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

// TestBatch runs a fixed-seed batch of random bodies, sync and async, and
// requires every one to behave as under the reference drivers. Set
// AGEN_FUZZ_BODIES for a longer batch (AGEN_FUZZ_SEED for other bodies).
func TestBatch(t *testing.T) {
	cfg := Config{
		Seed:       uint64(envInt("AGEN_FUZZ_SEED", 1)),
		Bodies:     envInt("AGEN_FUZZ_BODIES", 80),
		PerPackage: envInt("AGEN_FUZZ_PER_PACKAGE", 40),
		Workers:    envInt("AGEN_FUZZ_WORKERS", 1),
		Dir:        "testdata",
		Log:        t.Logf,
	}
	require.NoError(t, os.MkdirAll(cfg.Dir, 0o777))
	r, err := Run(context.Background(), cfg)
	require.NoError(t, err)
	t.Logf("bodies %d, operation sequences %d, findings %d, time %v", r.Bodies, r.Sequences, len(r.Findings), r.Duration)
	for _, f := range r.Findings {
		t.Errorf("%v", f)
	}
}

// TestRemoveNth checks that the shrinker drops each removable statement
// once, and keeps the fixed ones.
func TestRemoveNth(t *testing.T) {
	bd := &body{stmts: []*node{
		leaf("one"),
		block([]string{"if_x_{"}, []*node{leaf("two"), use("kept"), leaf("three")}, "}"),
	}}
	require.Equal(t, 4, removable(bd))
	c := bd.clone()
	removeNth(c, 2)
	require.Equal(t, []string{"one", "if_x_{", "kept", "three", "}"}, lines(c))
	c = bd.clone()
	removeNth(c, 1)
	require.Equal(t, []string{"one"}, lines(c))
	require.Equal(t, 4, removable(bd), "clone shares nothing")
}

// lines renders the statements of a body, one line each, unindented.
func lines(bd *body) []string {
	var b strings.Builder
	for _, s := range bd.stmts {
		s.render(&b, 0)
	}
	return strings.Fields(b.String())
}
