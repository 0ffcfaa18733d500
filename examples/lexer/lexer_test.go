package main

// This file tests the lexer, runs it both ways, and as an example.

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/agen-go/agen/runtime/agen"
	"github.com/agen-go/agen/testdata/difftest"
)

func TestItems(t *testing.T) {
	for input, want := range map[string][]Item{
		"":      {{EOF, ""}},
		"plain": {{Text, "plain"}, {EOF, ""}},
		"{{.Name}}": {
			{LeftDelim, "{{"}, {Field, ".Name"}, {RightDelim, "}}"}, {EOF, ""},
		},
		`a {{ f .X 12 "s\"q" }}b`: {
			{Text, "a "}, {LeftDelim, "{{"}, {Identifier, "f"}, {Field, ".X"}, {Number, "12"},
			{String, `"s\"q"`}, {RightDelim, "}}"}, {Text, "b"}, {EOF, ""},
		},
		"{{}}{{}}": {
			{LeftDelim, "{{"}, {RightDelim, "}}"}, {LeftDelim, "{{"}, {RightDelim, "}}"}, {EOF, ""},
		},
		"{{ héllo }}": {{LeftDelim, "{{"}, {Identifier, "héllo"}, {RightDelim, "}}"}, {EOF, ""}},
	} {
		got, err := items(input)
		assert.NoError(t, err, input)
		assert.Equal(t, want, got, input)
	}
}

func TestErrors(t *testing.T) {
	for input, want := range map[string]string{
		"a {{ b":      "lex: unclosed action",
		`{{ "open }}`: "lex: unterminated string",
		"{{ + }}":     `lex: unexpected '+' in action`,
	} {
		_, err := items(input)
		assert.EqualError(t, err, want, input)
	}
}

// TestDifferential runs lex generated and under agen.Goroutine.
func TestDifferential(t *testing.T) {
	const input = `Hi {{.Name}}, {{ add 1 2 }} {{ "x" }} {{ oops`
	difftest.Suite{
		difftest.Sync("lex",
			func(*difftest.Trace) agen.Generator[Item, agen.None] { return lexGen(input) },
			func(_ *difftest.Trace, y *agen.Yielder[Item, agen.None]) error { lex(y, input); return nil }),
	}.Run(t)
}

func Example() {
	run(nil, os.Stdout, os.Stderr)
	// Output:
	// Text "Hello, "
	// LeftDelim "{{"
	// Field ".Name"
	// RightDelim "}}"
	// Text "! You have "
	// LeftDelim "{{"
	// Identifier "len"
	// Field ".Items"
	// RightDelim "}}"
	// Text " items, \""
	// LeftDelim "{{"
	// Identifier "printf"
	// String "\"%d\""
	// Number "3"
	// RightDelim "}}"
	// Text "\"."
	// EOF ""
}

// The lexer whose states are generators delegated to lexes as the one
// whose states are cases of a loop.
func TestStatesLexTheSame(t *testing.T) {
	for _, input := range []string{
		"", "plain", "{{.Name}}", `a {{ f .X 12 "s\"q" }}b`, "{{}}{{}}", "{{ héllo }}",
		"a {{ b", `{{ "open }}`, "{{ + }}", `Hello, {{.Name}}! You have {{ len .Items }} items.`,
	} {
		want, wantErr := items(input)
		got, err := stateItems(input)
		assert.Equal(t, want, got, input)
		assert.Equal(t, wantErr, err, input)
	}
}

// TestStatesDifferential runs the state lexer generated and under
// agen.Goroutine (the states it delegates to are generated in both).
func TestStatesDifferential(t *testing.T) {
	const input = `Hi {{.Name}}, {{ add 1 2 }} {{ "x" }} {{ oops`
	difftest.Suite{
		difftest.Sync("states",
			func(*difftest.Trace) agen.Generator[Item, agen.None] { return (&stateLexer{input: input}).runGen() },
			func(_ *difftest.Trace, y *agen.Yielder[Item, agen.None]) error {
				return (&stateLexer{input: input}).run(y)
			}),
	}.Run(t)
}
