package fuzz

// This file defines the shrinker: it drops statements from a body while
// agen still fails on it the same way, and writes the result as a golden
// case.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Shrink returns the smallest body it finds, by dropping one removable
// statement at a time (outer ones first), on which agen still fails as in
// f. Each try builds and runs a package of the body alone under dir.
func Shrink(ctx context.Context, dir string, f Finding, log func(string, ...any)) (*body, error) {
	return shrinkWhile(f.Body, func(bd *body) (bool, error) { return fails(ctx, dir, bd, f.Kind) }, log)
}

// shrinkWhile drops statements of bd while still holds.
func shrinkWhile(bd *body, still func(*body) (bool, error), log func(string, ...any)) (*body, error) {
	for changed := true; changed; {
		changed = false
		for i := 0; i < removable(bd); i++ {
			cand := bd.clone()
			removeNth(cand, i)
			ok, err := still(cand)
			if err != nil {
				return bd, err
			}
			if ok {
				bd, changed = cand, true
				i--
				if log != nil {
					log("%s: %d statements", bd.name, bd.size())
				}
			}
		}
	}
	return bd, nil
}

// fails reports whether agen fails on the body alone as kind says.
func fails(ctx context.Context, dir string, bd *body, kind string) (bool, error) {
	res, err := runPackage(ctx, dir, []*body{bd})
	if err != nil {
		return false, err
	}
	for _, f := range res.findings {
		if f.Kind == kind {
			return true, nil
		}
	}
	return false, nil
}

// clone returns a deep copy of the body.
func (bd *body) clone() *body {
	c := *bd
	c.stmts = nil
	for _, s := range bd.stmts {
		c.stmts = append(c.stmts, s.clone())
	}
	return &c
}

// removable counts the statements the shrinker may drop.
func removable(bd *body) int {
	n := 0
	var walk func(list []*node)
	walk = func(list []*node) {
		for _, s := range list {
			if !s.fixed {
				n++
			}
			walk(s.kids)
		}
	}
	walk(bd.stmts)
	return n
}

// removeNth drops the i-th removable statement, in pre-order.
func removeNth(bd *body, i int) {
	done := false
	var walk func(list []*node) []*node
	walk = func(list []*node) []*node {
		for j, s := range list {
			if done {
				break
			}
			if !s.fixed {
				if i == 0 {
					done = true
					return append(list[:j:j], list[j+1:]...)
				}
				i--
			}
			s.kids = walk(s.kids)
		}
		return list
	}
	bd.stmts = walk(bd.stmts)
}

// WriteCase writes the body as the golden case testdata/golden/<name>
// under root (the module's directory): its package, with the body
// renamed, and its Suite. The case still has to be listed in
// testdata/golden/golden.go and generated.
func WriteCase(root, name string, bd *body, doc string) error {
	pkg := strings.ToLower(name)
	dir := filepath.Join(root, "testdata", "golden", name)
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	src, err := packageSource(pkg, fmt.Sprintf("Package %s is a body the fuzzer (emit/fuzz) found agen failing on,\nshrunk: %s", pkg, doc), []*body{bd})
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, pkg+".go"), src, 0o666)
}
