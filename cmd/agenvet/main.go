// Command agenvet runs the agen analyzer: standalone (agenvet ./...) or
// under go vet (go vet -vettool=$(which agenvet) ./...). See
// https://pkg.go.dev/github.com/agen-go/agen/analyzer.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/agen-go/agen/analyzer"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
