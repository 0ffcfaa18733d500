package main

// This file defines how agen prints file names: as go vet does, relative
// to the current directory when they are inside it, absolute otherwise.
// Under go generate, agen runs in the package's directory, not in the one
// go generate was started from, which agen cannot know: a name relative to
// the package's directory would be wrong from anywhere else, so there
// every name is absolute, which editors and terminals resolve from
// anywhere.

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/agen-go/agen/transform"
)

// showPath returns path as agen prints it.
func showPath(path string) string {
	abs, err := filepath.Abs(path) // a relative path is relative to the current directory
	if err != nil {
		return path
	}
	if os.Getenv("GOFILE") != "" {
		return abs
	}
	wd, _ := os.Getwd()
	if rel, err := filepath.Rel(wd, abs); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return abs
}

// showErrors returns the text of err with its file names as agen prints
// them: the positions of the errors of a transform.ErrorList, and the
// names under the current directory in any message.
func showErrors(err error) string {
	var list transform.ErrorList
	if !errors.As(err, &list) {
		return showNames(err.Error())
	}
	lines := make([]string, len(list))
	for i, e := range list {
		shown := *e
		if shown.Pos.Filename != "" {
			shown.Pos.Filename = showPath(shown.Pos.Filename)
		}
		shown.Msg = showNames(e.Msg)
		lines[i] = shown.Error()
	}
	return strings.Join(lines, "\n")
}

// showNames shortens the absolute file names under the current directory
// in a message (such as the place of a clashing declaration), unless agen
// runs under go generate.
func showNames(msg string) string {
	if os.Getenv("GOFILE") != "" {
		return msg
	}
	wd, err := os.Getwd()
	if err != nil {
		return msg
	}
	return strings.ReplaceAll(msg, wd+string(filepath.Separator), "")
}
