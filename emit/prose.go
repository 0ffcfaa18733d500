package emit

// This file defines the small grammar of the generated comments, so that
// they read as a person writes them.

import (
	"strings"
	"unicode"
)

// article returns "a" or "an", whichever goes before name: an ItemIter, a
// fibGenerator, an HTTPIter (read as letters), a URLIter, a uniqIter.
func article(name string) string {
	runes := []rune(name)
	if len(runes) == 0 {
		return "a"
	}
	if acronym(runes) {
		if strings.ContainsRune("AEFHILMNORSX", unicode.ToUpper(runes[0])) {
			return "an" // an F, an H, an S: the letter's name starts with a vowel
		}
		return "a"
	}
	lower := strings.ToLower(name)
	for _, prefix := range []string{"uni", "use", "usu", "uti", "one", "once"} {
		if strings.HasPrefix(lower, prefix) {
			return "a" // sounded with a consonant: a uniqIter, a useIter
		}
	}
	if strings.ContainsRune("aeiou", rune(lower[0])) {
		return "an"
	}
	return "a"
}

// acronym reports whether a name starts with letters read one by one:
// two capitals (HTTPIter, BFSIter), or a capital alone before a digit or
// the end (X2Iter, X).
func acronym(runes []rune) bool {
	if !unicode.IsUpper(runes[0]) {
		return false
	}
	return len(runes) == 1 || unicode.IsUpper(runes[1]) || unicode.IsDigit(runes[1])
}
