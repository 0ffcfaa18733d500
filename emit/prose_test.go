package emit

// This file tests the grammar of generated comments.

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestArticle(t *testing.T) {
	for name, want := range map[string]string{
		"fibGenerator":  "a",
		"ItemIterator":  "an",
		"itemIter":      "an",
		"EchoGenerator": "an",
		"HTTPIter":      "an",
		"BFSIter":       "a",
		"FSMIter":       "an",
		"URLIter":       "a",
		"uniqIter":      "a",
		"upperIter":     "an",
		"X":             "an",
		"Y2Gen":         "a",
		"oneShot":       "a",
		"squaresIter":   "a",
	} {
		assert.Equal(t, want, article(name), name)
	}
}
