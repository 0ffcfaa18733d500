// Package filenames has a generator in a file constrained by its name
// (names_linux.go): agen names the output names_agen_linux.go, which keeps
// the constraint.
package filenames
