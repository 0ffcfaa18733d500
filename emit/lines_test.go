package emit_test

// This file tests the //line directives of generated code.

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	basics "github.com/agen-go/agen/testdata/golden/Basics"
	linedirectives "github.com/agen-go/agen/testdata/golden/LineDirectives"
)

// TestStackTracesNameTheBodysLines checks the //line directives: a panic
// in a generated body shows, in its stack trace, the line of the body's
// own source file.
func TestStackTracesNameTheBodysLines(t *testing.T) {
	src, err := os.ReadFile("../testdata/golden/Basics/basics.go")
	require.NoError(t, err)
	line := 0
	for i, l := range strings.Split(string(src), "\n") {
		if strings.Contains(l, `panic("boom") //`) {
			line = i + 1
		}
	}
	require.NotZero(t, line)

	g := basics.NewBoom()
	g.Next()
	var stack string
	func() {
		defer func() {
			assert.Equal(t, "boom", recover())
			stack = string(debug.Stack())
		}()
		g.Next()
	}()
	assert.Contains(t, stack, fmt.Sprintf("basics.go:%d", line), "the stack trace:\n%s", stack)
}

// TestStackTracesFollowTheSourcesDirectives checks that a body whose
// source carries //line directives (code generated from a template) is
// named in stack traces as the compiler names the body itself.
func TestStackTracesFollowTheSourcesDirectives(t *testing.T) {
	g := linedirectives.NewCount(1)
	g.Next()
	var stack string
	func() {
		defer func() {
			require.NotNil(t, recover())
			stack = string(debug.Stack())
		}()
		g.Next()
	}()
	assert.Contains(t, stack, "other.tmpl:8", "the stack trace:\n%s", stack)
}
