// Command agenvet runs go vet's standard analyzers and the agen analyzer,
// which checks the generator bodies marked //agen:generator the way agen
// does and reports generated code that is stale or missing. Swapped in for
// go vet's own tool it loses nothing: a misused Printf is still reported.
//
// Usage:
//
//	agenvet [flags] [packages]                        # standalone
//	go vet -vettool=/path/to/agenvet [packages]
//	go vet -vettool=/path/to/agenvet -fix [packages]
//
// Standalone, agenvet loads the packages itself (with their tests; -test=false
// leaves them out). Under go vet it is run once per package with the
// configuration file go vet writes, as cmd/vet is; both forms take the
// same flags:
//
//	-fix    apply the first suggested fix of each diagnostic instead of printing it
//	-diff   with -fix, print the fixes as a unified diff instead of applying them
//	-json   print diagnostics and fixes as JSON
//	-NAME   run only the analyzers named (-agen, -printf, ...); -NAME=false leaves one out
//
// Under go vet, positions are relative to the current directory, as go vet
// prints them; standalone, they are absolute, as x/tools' checker prints
// them.
//
// Install it as a tool of your module, and give go vet its path:
//
//	go get -tool github.com/agen-go/agen/cmd/agenvet
//	go vet -vettool=$(go tool -n agenvet) ./...
//
// It exits 0 when there is nothing to report, 1 (standalone 3) when there
// is, and 1 on errors such as a package that does not type-check. Run
// agenvet help for the list of analyzers and their flags, agenvet help agen
// for the agen analyzer. See https://pkg.go.dev/github.com/agen-go/agen/analyzer.
package main

import "golang.org/x/tools/go/analysis/multichecker"

// main runs the analyzers through multichecker, which picks the protocol:
// given a single *.cfg file, as go vet passes, it runs as a unitchecker;
// given packages, it loads them itself.
func main() { multichecker.Main(analyzers()...) }
