package transform

// This file defines positioned errors, collected and sorted like go vet's.

import (
	"cmp"
	"fmt"
	"go/token"
	"slices"
	"strings"
)

// An Error is a problem in the user's code, at a position.
type Error struct {
	Pos token.Position // for printing, adjusted by //line directives
	At  token.Pos      // the same position, in the file set of the run
	Msg string
	Fix *Fix // an edit that resolves it, or nil
}

func (e *Error) Error() string {
	if !e.Pos.IsValid() {
		return e.Msg
	}
	return e.Pos.String() + ": " + e.Msg
}

// ErrorList collects every error of a run: nothing stops at the first one.
type ErrorList []*Error

// Add records an error at pos and returns it, for a Fix to be attached.
func (l *ErrorList) Add(fset *token.FileSet, pos token.Pos, format string, args ...any) *Error {
	e := &Error{Pos: fset.Position(pos), At: pos, Msg: fmt.Sprintf(format, args...)}
	*l = append(*l, e)
	return e
}

// Sort orders the errors by file, line and column, and drops duplicates.
func (l ErrorList) Sort() ErrorList {
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(
			cmp.Compare(a.Pos.Filename, b.Pos.Filename),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Column, b.Pos.Column),
			cmp.Compare(a.Msg, b.Msg))
	})
	return slices.CompactFunc(l, func(a, b *Error) bool { return a.Pos == b.Pos && a.Msg == b.Msg })
}

// Err returns the sorted list as an error, or nil if it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l.Sort()
}

func (l ErrorList) Error() string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}
