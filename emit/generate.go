package emit

// This file defines Generate, the whole pipeline from package patterns to
// the content of generated files.

import (
	"bytes"
	"errors"
	"os"

	"github.com/agen-go/agen/transform"
)

// A Result is one generated file: its path and content, or, for a generated
// file whose source holds no generator any more, nil content (to delete).
type Result struct {
	Path    string
	Content []byte
}

// Generate loads the packages matching patterns, transforms their
// generators and renders the generated files. It returns every error at
// once, as a transform.ErrorList, and then no results.
func Generate(cfg transform.Config, patterns ...string) ([]Result, error) {
	pkgs, err := transform.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, nil
	}
	files, err := transform.Transform(pkgs[0].Pkg.Fset, pkgs)
	if err != nil {
		return nil, err
	}
	var results []Result
	var errs []error
	content := map[*transform.File][]byte{}
	for _, f := range files {
		if f.Source == nil {
			results = append(results, Result{Path: f.Output})
			continue
		}
		out, err := Render(f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		content[f] = out
		results = append(results, Result{Path: f.Output, Content: out})
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	// Nothing is written unless the packages compile with it.
	if err := verify(files, content); err != nil {
		return nil, err
	}
	return results, nil
}

// Stale reports whether the file on disk differs from the result.
func (r Result) Stale() bool {
	have, err := os.ReadFile(r.Path)
	if r.Content == nil {
		return err == nil
	}
	return err != nil || !bytes.Equal(have, r.Content)
}

// Commit writes the result to disk, or deletes an orphaned file.
func (r Result) Commit() error {
	if r.Content == nil {
		err := os.Remove(r.Path)
		if errors.Is(err, os.ErrNotExist) {
			return nil
		}
		return err
	}
	return os.WriteFile(r.Path, r.Content, 0o666)
}
