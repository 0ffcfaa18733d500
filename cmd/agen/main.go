// Command agen turns the functions marked //agen:generator into generators:
// resumable state machines with the protocol of Python's generators.
//
// Install it as a tool of your module and run it through go generate:
//
//	go get -tool github.com/agen-go/agen/cmd/agen
//	//go:generate go tool agen          (in a file of the package)
//	go generate ./...
//
// Usage:
//
//	agen [flags] [packages]
//
// With no packages, agen processes the package in the current directory;
// under go generate, the package of $GOFILE. For each file x.go that holds
// generators it writes x_agen.go beside it (x_test.go gives x_agen_test.go),
// and it deletes generated files whose source holds no generator any more.
// It prints nothing on success. Errors print as file:line:col: message, all
// of them, sorted; then nothing is written and the exit status is 1.
//
// For a body fib, agen generates the constructor fibGen and the type
// fibGenerator (//agen:generator func=NAME type=NAME choose others), and
// the helper types fibGeneratorFrame and fibGeneratorDefer, named after the
// type with its leading capitals lower-cased (type=BFSIter gives
// bfsIterFrame). The generated file records a fingerprint of each body,
// which agenvet compares with the body to report stale generated code, and
// assigns each body to a variable of its function type, so that a changed
// signature fails to compile until agen runs again.
//
// Under go generate, which reads the package's files one by one after
// listing them, a generated file that go generate has yet to read cannot go
// at once: agen leaves a stub in its place with a copy of the
// //go:generate line that ran it, and go generate, reading the stub, runs
// agen again, which deletes it. One go generate run is enough.
//
// File names print as go vet prints them, relative to the current directory
// (absolute when outside it). Under go generate they are absolute: go
// generate runs agen in the package's directory and does not say where it
// was started, and an absolute name is one that editors and terminals
// resolve from anywhere. The //line directives of generated files name the
// source file bare (fib.go:12), as it sits beside the generated file.
//
// Flags:
//
//	-check  write nothing; exit 1 if any generated file is stale
//	-diff   write nothing; print what would change (exit 0 same, 1 differs, 2 error)
//	-tags   build tags, as for go build
//	-v      print each file written
//
// See https://pkg.go.dev/github.com/agen-go/agen for the generated API.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"

	"github.com/agen-go/agen/emit"
	"github.com/agen-go/agen/transform"
)

func main() {
	os.Exit(run(flag.NewFlagSet("agen", flag.ContinueOnError), os.Args[1:], os.Stdout, os.Stderr))
}

// options are the command's flags.
type options struct {
	check, diff, verbose bool
	tags                 string
}

// run runs the command and returns its exit status.
func run(flags *flag.FlagSet, args []string, stdout, stderr io.Writer) int {
	var opt options
	flags.SetOutput(stderr)
	flags.Usage = func() {
		fmt.Fprintf(stderr, "usage: agen [-check | -diff] [-tags tags] [-v] [packages]\n")
		flags.PrintDefaults()
		fmt.Fprintf(stderr, "See https://pkg.go.dev/github.com/agen-go/agen/cmd/agen.\n")
	}
	flags.BoolVar(&opt.check, "check", false, "write nothing; exit 1 if any generated file is stale")
	flags.BoolVar(&opt.diff, "diff", false, "write nothing; print what would change (exit 0 same, 1 differs, 2 error)")
	flags.StringVar(&opt.tags, "tags", "", "comma-separated build tags")
	flags.BoolVar(&opt.verbose, "v", false, "print each file written")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	patterns := flags.Args()
	if len(patterns) == 0 {
		patterns = []string{"."}
		if gofile := os.Getenv("GOFILE"); gofile != "" {
			patterns = []string{"file=" + gofile}
		}
	}
	cfg := transform.Config{}
	if opt.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opt.tags}
	}
	results, err := emit.Generate(cfg, patterns...)
	if err != nil {
		fmt.Fprintln(stderr, showErrors(err))
		if opt.diff {
			return 2
		}
		return 1
	}
	switch {
	case opt.diff:
		return diff(results, stdout, stderr)
	case opt.check:
		return check(results, stderr)
	}
	return write(results, underGoGenerate(opt.tags), opt.verbose, stderr)
}

// check reports each stale file; it returns 1 if there is one.
func check(results []emit.Result, stderr io.Writer) int {
	status := 0
	for _, r := range results {
		if r.Stale() {
			fmt.Fprintf(stderr, "%s: generated file is stale; run \"go generate\"\n", showPath(r.Path))
			status = 1
		}
	}
	return status
}

// write writes each stale file, or deletes it if it is an orphan; under go
// generate (gen not nil), an orphan go generate has yet to read becomes a
// stub that deletes itself (gogenerate.go).
func write(results []emit.Result, gen *goGenerate, verbose bool, stderr io.Writer) int {
	for _, r := range results {
		if r.Content == nil && gen != nil && gen.pending(r.Path) {
			stub, err := gen.stub(r.Path)
			if err != nil {
				fmt.Fprintln(stderr, "agen:", err)
				return 1
			}
			r.Content = stub
		}
		if !r.Stale() {
			continue
		}
		if err := r.Commit(); err != nil {
			fmt.Fprintln(stderr, "agen:", err)
			return 1
		}
		if verbose {
			fmt.Fprintln(stderr, showPath(r.Path))
		}
	}
	return 0
}

// diff prints a unified diff of each stale file.
func diff(results []emit.Result, stdout, stderr io.Writer) int {
	status := 0
	for _, r := range results {
		if !r.Stale() {
			continue
		}
		status = 1
		out, err := unifiedDiff(r)
		if err != nil {
			fmt.Fprintln(stderr, "agen:", err)
			return 2
		}
		stdout.Write(out)
	}
	return status
}

// unifiedDiff returns the diff -u of the file on disk and its new content,
// running diff(1).
func unifiedDiff(r emit.Result) ([]byte, error) {
	tmp, err := os.CreateTemp("", "agen-*.go")
	if err != nil {
		return nil, err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(r.Content); err != nil {
		return nil, err
	}
	if err := tmp.Close(); err != nil {
		return nil, err
	}
	old := r.Path
	if _, err := os.Stat(old); err != nil {
		old = os.DevNull
	}
	out, err := exec.Command("diff", "-u", "--label", showPath(r.Path), "--label", showPath(r.Path), old, tmp.Name()).Output()
	if exit, ok := err.(*exec.ExitError); ok && exit.ExitCode() == 1 {
		err = nil // they differ
	}
	if err != nil {
		return nil, fmt.Errorf("-diff runs diff(1): %v", err)
	}
	return out, nil
}
