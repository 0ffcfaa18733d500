// Package golden lists the differential suites of the golden cases: each
// folder holds a package with generator bodies (the input), the file agen
// generated from it (the golden output, checked in), and a Suite that
// runs every body both ways. Folders holding errors.txt instead are inputs
// agen must reject, with exactly those errors.
package golden

import (
	"github.com/agen-go/agen/testdata/difftest"
	"github.com/agen-go/agen/testdata/golden/AdvClosures"
	"github.com/agen-go/agen/testdata/golden/AdvDefers"
	"github.com/agen-go/agen/testdata/golden/AdvEndings"
	"github.com/agen-go/agen/testdata/golden/AdvFlow"
	"github.com/agen-go/agen/testdata/golden/AdvForms"
	"github.com/agen-go/agen/testdata/golden/AdvInner"
	"github.com/agen-go/agen/testdata/golden/AdvMisc"
	"github.com/agen-go/agen/testdata/golden/AdvMore"
	"github.com/agen-go/agen/testdata/golden/AdvNames"
	"github.com/agen-go/agen/testdata/golden/AdvPredeclared"
	"github.com/agen-go/agen/testdata/golden/AdvStmts"
	"github.com/agen-go/agen/testdata/golden/AdvSyntax"
	"github.com/agen-go/agen/testdata/golden/AdvTypes"
	"github.com/agen-go/agen/testdata/golden/AdvValues"
	"github.com/agen-go/agen/testdata/golden/AsyncBasics"
	"github.com/agen-go/agen/testdata/golden/Basics"
	"github.com/agen-go/agen/testdata/golden/Builtins"
	"github.com/agen-go/agen/testdata/golden/Closures"
	"github.com/agen-go/agen/testdata/golden/Conditionals"
	"github.com/agen-go/agen/testdata/golden/Decls"
	"github.com/agen-go/agen/testdata/golden/DeferGeneric"
	"github.com/agen-go/agen/testdata/golden/DeferOperands"
	"github.com/agen-go/agen/testdata/golden/Defers"
	"github.com/agen-go/agen/testdata/golden/EvalOrder"
	"github.com/agen-go/agen/testdata/golden/ExprStmts"
	"github.com/agen-go/agen/testdata/golden/FileNames"
	"github.com/agen-go/agen/testdata/golden/Finalize"
	"github.com/agen-go/agen/testdata/golden/FlowDefers"
	"github.com/agen-go/agen/testdata/golden/Generics"
	"github.com/agen-go/agen/testdata/golden/Goto"
	"github.com/agen-go/agen/testdata/golden/Imports"
	"github.com/agen-go/agen/testdata/golden/Labels"
	"github.com/agen-go/agen/testdata/golden/LineDirectives"
	"github.com/agen-go/agen/testdata/golden/LocalTypes"
	"github.com/agen-go/agen/testdata/golden/Loops"
	"github.com/agen-go/agen/testdata/golden/Methods"
	"github.com/agen-go/agen/testdata/golden/Names"
	"github.com/agen-go/agen/testdata/golden/Nesting"
	"github.com/agen-go/agen/testdata/golden/Options"
	"github.com/agen-go/agen/testdata/golden/PanicState"
	"github.com/agen-go/agen/testdata/golden/Panics"
	"github.com/agen-go/agen/testdata/golden/Params"
	"github.com/agen-go/agen/testdata/golden/Pointers"
	"github.com/agen-go/agen/testdata/golden/RangeEval"
	"github.com/agen-go/agen/testdata/golden/RangeMap"
	"github.com/agen-go/agen/testdata/golden/Ranges"
	"github.com/agen-go/agen/testdata/golden/Recover"
	"github.com/agen-go/agen/testdata/golden/Reentry"
	"github.com/agen-go/agen/testdata/golden/ReviewFixes"
	"github.com/agen-go/agen/testdata/golden/Scopes"
	"github.com/agen-go/agen/testdata/golden/Selects"
	"github.com/agen-go/agen/testdata/golden/SentKinds"
	"github.com/agen-go/agen/testdata/golden/Shadowing"
	"github.com/agen-go/agen/testdata/golden/ShortCircuit"
	"github.com/agen-go/agen/testdata/golden/Switches"
	"github.com/agen-go/agen/testdata/golden/Targets"
	"github.com/agen-go/agen/testdata/golden/TestFiles"
	"github.com/agen-go/agen/testdata/golden/TypeSwitches"
	"github.com/agen-go/agen/testdata/golden/Unusual"
)

// Suites are the suites of the golden cases, by folder.
var Suites = map[string]difftest.Suite{
	"AdvStmts":       advstmts.Suite,
	"AdvFlow":        advflow.Suite,
	"AdvPredeclared": advpredeclared.Suite,
	"AdvSyntax":      advsyntax.Suite,
	"AdvMore":        advmore.Suite,
	"AdvForms":       advforms.Suite,
	"AdvMisc":        advmisc.Suite,
	"AdvInner":       advinner.Suite,
	"AdvEndings":     advendings.Suite,
	"AdvNames":       advnames.Suite,
	"AdvTypes":       advtypes.Suite,
	"AdvValues":      advvalues.Suite,
	"AdvDefers":      advdefers.Suite,
	"AdvClosures":    advclosures.Suite,
	"DeferGeneric":   defergeneric.Suite,
	"DeferOperands":  deferoperands.Suite,
	"TestFiles":      testfiles.Suite,
	"Targets":        targets.Suite,
	"Builtins":       builtins.Suite,
	"FileNames":      filenames.Suite,
	"LineDirectives": linedirectives.Suite,
	"Unusual":        unusual.Suite,
	"RangeEval":      rangeeval.Suite,
	"Finalize":       finalize.Suite,
	"ReviewFixes":    reviewfixes.Suite,
	"Imports":        imports.Suite,
	"AsyncBasics":    asyncbasics.Suite,
	"Basics":         basics.Suite,
	"LocalTypes":     localtypes.Suite,
	"Loops":          loops.Suite,
	"Ranges":         ranges.Suite,
	"RangeMap":       rangemap.Suite,
	"EvalOrder":      evalorder.Suite,
	"ShortCircuit":   shortcircuit.Suite,
	"Closures":       closures.Suite,
	"Pointers":       pointers.Suite,
	"Defers":         defers.Suite,
	"Reentry":        reentry.Suite,
	"Recover":        recover.Suite,
	"PanicState":     panicstate.Suite,
	"Panics":         panics.Suite,
	"Generics":       generics.Suite,
	"Methods":        methods.Suite,
	"Decls":          decls.Suite,
	"Params":         params.Suite,
	"Options":        options.Suite,
	"Names":          names.Suite,
	"Goto":           gotos.Suite,
	"Conditionals":   conditionals.Suite,
	"Switches":       switches.Suite,
	"TypeSwitches":   typeswitches.Suite,
	"Selects":        selects.Suite,
	"ExprStmts":      exprstmts.Suite,
	"Shadowing":      shadowing.Suite,
	"Labels":         labels.Suite,
	"FlowDefers":     flowdefers.Suite,
	"Nesting":        nesting.Suite,
	"SentKinds":      sentkinds.Suite,
	"Scopes":         scopes.Suite,
}
