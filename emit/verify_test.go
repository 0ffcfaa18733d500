package emit

// This file tests the check that generated code compiles.

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agen-go/agen/transform"
)

// renderCase loads and renders a golden case, without the final check.
func renderCase(t *testing.T, name string) ([]*transform.File, map[*transform.File][]byte) {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("../testdata/golden", name))
	require.NoError(t, err)
	pkgs, err := transform.Load(transform.Config{Dir: dir}, ".")
	require.NoError(t, err)
	files, err := transform.Transform(pkgs[0].Pkg.Fset, pkgs)
	require.NoError(t, err)
	content := map[*transform.File][]byte{}
	for _, f := range files {
		content[f], err = Render(f)
		require.NoError(t, err)
	}
	return files, content
}

// TestVerifyBlamesTheBody breaks the generated code of one body and
// requires an internal error at that body, naming the generated line.
func TestVerifyBlamesTheBody(t *testing.T) {
	files, content := renderCase(t, "ShadowedConsts")
	require.NoError(t, verify(files, content), "the case compiles as generated")

	f := files[0]
	var twice *transform.Machine
	for _, m := range f.Machines {
		if m.Gen.Decl.Name.Name == "twice" {
			twice = m
		}
	}
	require.NotNil(t, twice)
	resume := []byte("func (f *twiceGeneratorFrame) resume(")
	at := bytes.Index(content[f], resume)
	require.Positive(t, at)
	broken := bytes.Clone(content[f])
	end := at + bytes.Index(broken[at:], []byte("return 0, false"))
	broken = append(broken[:end:end], append([]byte(`return "", false`), broken[end+len("return 0, false"):]...)...)
	content[f] = broken

	err := verify(files, content)
	require.Error(t, err)
	errs := err.(transform.ErrorList)
	require.Len(t, errs, 1, "one error for the one body")
	pos := f.Pkg.Pkg.Fset.Position(twice.Gen.Decl.Name.Pos())
	assert.Equal(t, pos, errs[0].Pos, "the error is at the body")
	assert.Contains(t, errs[0].Msg, "internal error: the code agen generates for this does not compile (shadowedconsts_agen.go:")
	assert.Contains(t, errs[0].Msg, `cannot use ""`)
}
