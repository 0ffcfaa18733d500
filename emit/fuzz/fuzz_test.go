package fuzz

import (
	"context"
	"fmt"
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
// requires every one to behave as under the reference drivers: 80 bodies,
// 40 under the race detector (which slows agen, run in the test, down), 10
// with -short.
// Set AGEN_FUZZ_BODIES for a longer batch, AGEN_FUZZ_SEED for other
// bodies, AGEN_FUZZ_PER_PACKAGE and AGEN_FUZZ_WORKERS for how many are
// built together and how many packages at a time, AGEN_FUZZ_FINDINGS for
// a directory to write each finding to as soon as it is found.
func TestBatch(t *testing.T) {
	bodies := 80
	switch {
	case testing.Short():
		bodies = 10
	case raceEnabled:
		bodies = 40
	}
	cfg := Config{
		Seed:       uint64(envInt("AGEN_FUZZ_SEED", 1)),
		Bodies:     envInt("AGEN_FUZZ_BODIES", bodies),
		PerPackage: envInt("AGEN_FUZZ_PER_PACKAGE", 40),
		Workers:    envInt("AGEN_FUZZ_WORKERS", 1),
		Dir:        "testdata",
		Findings:   os.Getenv("AGEN_FUZZ_FINDINGS"),
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

// TestShrink shrinks the body of the seed AGEN_FUZZ_SHRINK, on which agen
// fails, and writes it as the golden case testdata/golden/AGEN_FUZZ_CASE
// (Fuzz<seed> by default), to be listed in testdata/golden/golden.go and
// generated. It is skipped without AGEN_FUZZ_SHRINK.
func TestShrink(t *testing.T) {
	seed, err := strconv.ParseUint(os.Getenv("AGEN_FUZZ_SHRINK"), 10, 64)
	if err != nil {
		t.Skip("AGEN_FUZZ_SHRINK=<seed> shrinks the body of a seed")
	}
	ctx := context.Background()
	res, err := runPackage(ctx, "testdata", []*body{bodyOf(seed)})
	require.NoError(t, err)
	require.NotEmpty(t, res.findings, "agen does not fail on seed %d", seed)
	f := res.findings[0]
	t.Logf("%v", f)
	bd, err := Shrink(ctx, "testdata", f, t.Logf)
	require.NoError(t, err)
	name := os.Getenv("AGEN_FUZZ_CASE")
	if name == "" {
		name = fmt.Sprint("Fuzz", seed)
	}
	t.Logf("shrunk to:\n%s", bd.source())
	require.NoError(t, WriteCase("../..", name, bd, fmt.Sprintf("seed %d, %s.", seed, f.Kind)))
}
