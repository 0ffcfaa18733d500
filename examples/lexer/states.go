package main

// This file defines the lexer again, closer to Pike's: each state function
// is a generator of its own, which yields its items and says which state
// comes next, and the lexer delegates to them in turn with YieldFrom.

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agen-go/agen/runtime/agen"
)

// stateLexer holds what the states share: the input, the item being read
// (input[start:pos]) and the state to run next.
type stateLexer struct {
	input      string
	start, pos int
	next       stateFn // nil once lexing is over
}

// A stateFn starts a state of the lexer: a generator of its items.
type stateFn func(l *stateLexer) agen.Generator[Item, agen.None]

// run yields the items of the input: it delegates to each state in turn.
//
//agen:generator
func (l *stateLexer) run(y *agen.Yielder[Item, agen.None]) error {
	for l.next = lexTextState; l.next != nil; {
		state := l.next
		l.next = nil
		if err := y.YieldFrom(state(l)); err != nil {
			return err
		}
	}
	return nil
}

func lexTextState(l *stateLexer) agen.Generator[Item, agen.None]   { return l.lexTextGen() }
func lexActionState(l *stateLexer) agen.Generator[Item, agen.None] { return l.lexActionGen() }

// lexText yields the text up to the next action and its left delimiter,
// or the end.
//
//agen:generator
func (l *stateLexer) lexText(y *agen.Yielder[Item, agen.None]) {
	i := strings.Index(l.input[l.pos:], leftDelim)
	if i < 0 {
		if l.pos = len(l.input); l.pos > l.start {
			y.Yield(Item{Text, l.input[l.start:l.pos]})
		}
		y.Yield(Item{EOF, ""})
		return
	}
	if l.pos += i; l.pos > l.start {
		y.Yield(Item{Text, l.input[l.start:l.pos]})
	}
	l.pos += len(leftDelim)
	y.Yield(Item{LeftDelim, leftDelim})
	l.start, l.next = l.pos, lexActionState
}

// lexAction yields the items of an action, up to its right delimiter.
//
//agen:generator
func (l *stateLexer) lexAction(y *agen.Yielder[Item, agen.None]) {
	for !strings.HasPrefix(l.input[l.pos:], rightDelim) {
		r, size := utf8.DecodeRuneInString(l.input[l.pos:])
		kind := Identifier
		switch {
		case l.pos == len(l.input):
			y.Yield(Item{Error, "unclosed action"})
			return
		case unicode.IsSpace(r):
			l.pos += size
			l.start = l.pos
			continue
		case r == '.':
			kind, l.pos = Field, scanWord(l.input, l.pos+size)
		case r == '"':
			end, ok := scanString(l.input, l.pos+size)
			if !ok {
				y.Yield(Item{Error, "unterminated string"})
				return
			}
			kind, l.pos = String, end
		case '0' <= r && r <= '9':
			kind, l.pos = Number, scanDigits(l.input, l.pos)
		case isWordRune(r):
			l.pos = scanWord(l.input, l.pos)
		default:
			y.Yield(Item{Error, fmt.Sprintf("unexpected %q in action", r)})
			return
		}
		y.Yield(Item{kind, l.input[l.start:l.pos]})
		l.start = l.pos
	}
	l.pos += len(rightDelim)
	y.Yield(Item{RightDelim, rightDelim})
	l.start, l.next = l.pos, lexTextState
}

// stateItems returns the items of input from the state lexer, stopping at
// the first error.
func stateItems(input string) ([]Item, error) {
	var out []Item
	for it := range (&stateLexer{input: input}).runGen().All() {
		if it.Kind == Error {
			return out, fmt.Errorf("lex: %s", it.Text)
		}
		out = append(out, it)
	}
	return out, nil
}
