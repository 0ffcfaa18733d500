package transform

// This file tests the names of generated files.

import (
	"go/parser"
	"go/token"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/tools/go/packages"
)

func TestOutputPath(t *testing.T) {
	for in, want := range map[string]string{
		"x.go":                    "x_agen.go",
		"dir/x.go":                "dir/x_agen.go",
		"x_test.go":               "x_agen_test.go",
		"x_linux.go":              "x_agen_linux.go",
		"x_amd64.go":              "x_agen_amd64.go",
		"x_linux_amd64.go":        "x_agen_linux_amd64.go",
		"x_amd64_test.go":         "x_agen_amd64_test.go",
		"x_windows_arm64_test.go": "x_agen_windows_arm64_test.go",
		"linux.go":                "linux_agen.go",
		"my_file.go":              "my_file_agen.go",
	} {
		assert.Equal(t, want, OutputPath(in), in)
	}
}

func TestBuildConstraint(t *testing.T) {
	for src, want := range map[string]string{
		"package p\n": "",
		"//go:build linux && !cgo\n\npackage p\n":                    "//go:build linux && !cgo",
		"// +build foo bar\n\npackage p\n":                           "//go:build foo || bar",
		"// +build foo bar\n// +build !baz\n\npackage p\n":           "//go:build (foo || bar) && !baz",
		"//go:build a\n// +build a\n\npackage p\n":                   "//go:build a",
		"// Package p.\n//\n// +build ignored in a doc\npackage p\n": "",
	} {
		f, err := parser.ParseFile(token.NewFileSet(), "x.go", src, parser.ParseComments)
		if !assert.NoError(t, err) {
			continue
		}
		assert.Equal(t, want, BuildConstraint(f), src)
	}
}

// TestPackageErrorPosition checks that an error of the go command whose
// position starts its message (an invalid import path) gets that position.
func TestPackageErrorPosition(t *testing.T) {
	e := packageError(packages.Error{Msg: "/m/p/x.go:9:2: invalid import path: a\x7fb", Kind: packages.ListError})
	assert.Equal(t, token.Position{Filename: "/m/p/x.go", Line: 9, Column: 2}, e.Pos)
	assert.Equal(t, "invalid import path: a\x7fb", e.Msg)
	e = packageError(packages.Error{Pos: "/m/p/y.go:3:4", Msg: "z.go:1:1: something", Kind: packages.TypeError})
	assert.Equal(t, token.Position{Filename: "/m/p/y.go", Line: 3, Column: 4}, e.Pos)
	assert.Equal(t, "z.go:1:1: something", e.Msg, "a message after a position stays whole")
	e = packageError(packages.Error{Msg: "no Go files", Kind: packages.ListError})
	assert.False(t, e.Pos.IsValid())
}
