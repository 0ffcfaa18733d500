// Command lexer prints the items of a small template language, lexed by a
// generator: Rob Pike's lexer from "Lexical Scanning in Go" (2011), whose
// state functions become the cases of one labelled loop.
//
// In Pike's lexer each state is a function that emits items and returns
// the next state. A generator's state functions cannot emit: only the body
// suspends, and its yielder cannot be passed on. So the states are the
// cases of a switch in a loop labelled states, the next state is a
// variable, and "return the next state" is st = next; continue states.
// What does not yield (scanning a number, an identifier) stays in plain
// functions that return how far they read.
package main

// This file defines the lexer and the program.

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agen-go/agen/runtime/agen"
)

//go:generate go tool agen

// A Kind is the kind of an item.
type Kind int

// The kinds of items.
const (
	Error      Kind = iota // a lexing error; Text is the message
	EOF                    // the end of the input
	Text                   // text outside actions
	LeftDelim              // {{
	RightDelim             // }}
	Field                  // .Name
	Identifier             // name
	Number                 // 123
	String                 // "quoted"
)

var kindNames = [...]string{"Error", "EOF", "Text", "LeftDelim", "RightDelim", "Field", "Identifier", "Number", "String"}

func (k Kind) String() string { return kindNames[k] }

// An Item is a token of the input.
type Item struct {
	Kind Kind
	Text string
}

func (i Item) String() string { return fmt.Sprintf("%s %q", i.Kind, i.Text) }

const (
	leftDelim  = "{{"
	rightDelim = "}}"
)

// state is a state of the lexer: one of Pike's state functions.
type state int

const (
	inText   state = iota // lexText
	inAction              // lexInsideAction
)

// lex yields the items of input, then an EOF or an Error item.
//
//agen:generator
func lex(y *agen.Yielder[Item, agen.None], input string) {
	start, pos := 0, 0 // the item being read is input[start:pos]
	st := inText
states:
	for {
		switch st {
		case inText:
			i := strings.Index(input[pos:], leftDelim)
			if i < 0 {
				if pos = len(input); pos > start {
					y.Yield(Item{Text, input[start:pos]})
				}
				y.Yield(Item{EOF, ""})
				return
			}
			if pos += i; pos > start {
				y.Yield(Item{Text, input[start:pos]})
			}
			pos += len(leftDelim)
			y.Yield(Item{LeftDelim, leftDelim})
			start, st = pos, inAction
			continue states

		case inAction:
			if strings.HasPrefix(input[pos:], rightDelim) {
				pos += len(rightDelim)
				y.Yield(Item{RightDelim, rightDelim})
				start, st = pos, inText
				continue states
			}
			r, size := utf8.DecodeRuneInString(input[pos:])
			kind := Identifier
			switch {
			case pos == len(input):
				y.Yield(Item{Error, "unclosed action"})
				return
			case unicode.IsSpace(r):
				pos += size
				start = pos
				continue states
			case r == '.':
				kind, pos = Field, scanWord(input, pos+size)
			case r == '"':
				end, ok := scanString(input, pos+size)
				if !ok {
					y.Yield(Item{Error, "unterminated string"})
					return
				}
				kind, pos = String, end
			case '0' <= r && r <= '9':
				kind, pos = Number, scanDigits(input, pos)
			case isWordRune(r):
				pos = scanWord(input, pos)
			default:
				y.Yield(Item{Error, fmt.Sprintf("unexpected %q in action", r)})
				return
			}
			y.Yield(Item{kind, input[start:pos]})
			start = pos
		}
	}
}

// scanWord returns the end of the word that starts at pos.
func scanWord(s string, pos int) int {
	for pos < len(s) {
		r, size := utf8.DecodeRuneInString(s[pos:])
		if !isWordRune(r) {
			break
		}
		pos += size
	}
	return pos
}

// scanDigits returns the end of the digits that start at pos.
func scanDigits(s string, pos int) int {
	for pos < len(s) && '0' <= s[pos] && s[pos] <= '9' {
		pos++
	}
	return pos
}

// scanString returns the end of the quoted string whose body starts at pos,
// after its closing quote, and false if there is none.
func scanString(s string, pos int) (int, bool) {
	for pos < len(s) {
		switch s[pos] {
		case '\\':
			pos++
		case '"':
			return pos + 1, true
		case '\n':
			return pos, false
		}
		pos++
	}
	return pos, false
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// items returns the items of input, stopping at the first error.
func items(input string) ([]Item, error) {
	var out []Item
	for it := range lexGen(input).All() {
		if it.Kind == Error {
			return out, fmt.Errorf("lex: %s", it.Text)
		}
		out = append(out, it)
	}
	return out, nil
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run lexes the words of args, or an example, and prints the items.
func run(args []string, stdout, stderr io.Writer) int {
	input := `Hello, {{.Name}}! You have {{ len .Items }} items, "{{printf "%d" 3}}".`
	if len(args) > 0 {
		input = strings.Join(args, " ")
	}
	list, err := items(input)
	for _, it := range list {
		fmt.Fprintln(stdout, it)
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}
