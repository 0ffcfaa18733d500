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
	"github.com/agen-go/agen/testdata/golden/AdvPush"
	"github.com/agen-go/agen/testdata/golden/AdvPushImport"
	"github.com/agen-go/agen/testdata/golden/AdvPushOdd"
	"github.com/agen-go/agen/testdata/golden/AdvStmts"
	"github.com/agen-go/agen/testdata/golden/AdvSyntax"
	"github.com/agen-go/agen/testdata/golden/AdvTypes"
	"github.com/agen-go/agen/testdata/golden/AdvValues"
	"github.com/agen-go/agen/testdata/golden/AsyncAdvClosures"
	"github.com/agen-go/agen/testdata/golden/AsyncAdvDefers"
	"github.com/agen-go/agen/testdata/golden/AsyncAdvEndings"
	"github.com/agen-go/agen/testdata/golden/AsyncAdvFlow"
	"github.com/agen-go/agen/testdata/golden/AsyncAdvForms"
	"github.com/agen-go/agen/testdata/golden/AsyncAdvInner"
	"github.com/agen-go/agen/testdata/golden/AsyncAdvMisc"
	"github.com/agen-go/agen/testdata/golden/AsyncAdvMore"
	"github.com/agen-go/agen/testdata/golden/AsyncAdvNames"
	"github.com/agen-go/agen/testdata/golden/AsyncAdvPredeclared"
	"github.com/agen-go/agen/testdata/golden/AsyncAdvStmts"
	"github.com/agen-go/agen/testdata/golden/AsyncAdvSyntax"
	"github.com/agen-go/agen/testdata/golden/AsyncAdvTypes"
	"github.com/agen-go/agen/testdata/golden/AsyncAdvValues"
	"github.com/agen-go/agen/testdata/golden/AsyncAwaits"
	"github.com/agen-go/agen/testdata/golden/AsyncBasics"
	"github.com/agen-go/agen/testdata/golden/AsyncBuiltins"
	"github.com/agen-go/agen/testdata/golden/AsyncClosures"
	"github.com/agen-go/agen/testdata/golden/AsyncConditionals"
	"github.com/agen-go/agen/testdata/golden/AsyncDecls"
	"github.com/agen-go/agen/testdata/golden/AsyncDeferAwaits"
	"github.com/agen-go/agen/testdata/golden/AsyncDeferGeneric"
	"github.com/agen-go/agen/testdata/golden/AsyncDeferOperands"
	"github.com/agen-go/agen/testdata/golden/AsyncDefers"
	"github.com/agen-go/agen/testdata/golden/AsyncDelegation"
	"github.com/agen-go/agen/testdata/golden/AsyncEvalOrder"
	"github.com/agen-go/agen/testdata/golden/AsyncExprStmts"
	"github.com/agen-go/agen/testdata/golden/AsyncFlowDefers"
	"github.com/agen-go/agen/testdata/golden/AsyncGenerics"
	"github.com/agen-go/agen/testdata/golden/AsyncGoto"
	"github.com/agen-go/agen/testdata/golden/AsyncImports"
	"github.com/agen-go/agen/testdata/golden/AsyncLabels"
	"github.com/agen-go/agen/testdata/golden/AsyncLineDirectives"
	"github.com/agen-go/agen/testdata/golden/AsyncLocalTypes"
	"github.com/agen-go/agen/testdata/golden/AsyncLoops"
	"github.com/agen-go/agen/testdata/golden/AsyncMethods"
	"github.com/agen-go/agen/testdata/golden/AsyncNames"
	"github.com/agen-go/agen/testdata/golden/AsyncNestedDefers"
	"github.com/agen-go/agen/testdata/golden/AsyncNesting"
	"github.com/agen-go/agen/testdata/golden/AsyncOptions"
	"github.com/agen-go/agen/testdata/golden/AsyncPanics"
	"github.com/agen-go/agen/testdata/golden/AsyncParams"
	"github.com/agen-go/agen/testdata/golden/AsyncPointers"
	"github.com/agen-go/agen/testdata/golden/AsyncRangeEval"
	"github.com/agen-go/agen/testdata/golden/AsyncRangeFuncs"
	"github.com/agen-go/agen/testdata/golden/AsyncRangeGenerators"
	"github.com/agen-go/agen/testdata/golden/AsyncRangeMap"
	"github.com/agen-go/agen/testdata/golden/AsyncRanges"
	"github.com/agen-go/agen/testdata/golden/AsyncRecover"
	"github.com/agen-go/agen/testdata/golden/AsyncReentry"
	"github.com/agen-go/agen/testdata/golden/AsyncReviewFixes"
	"github.com/agen-go/agen/testdata/golden/AsyncScopes"
	"github.com/agen-go/agen/testdata/golden/AsyncSelects"
	"github.com/agen-go/agen/testdata/golden/AsyncSentKinds"
	"github.com/agen-go/agen/testdata/golden/AsyncShadowing"
	"github.com/agen-go/agen/testdata/golden/AsyncShortCircuit"
	"github.com/agen-go/agen/testdata/golden/AsyncSwitches"
	"github.com/agen-go/agen/testdata/golden/AsyncTargets"
	"github.com/agen-go/agen/testdata/golden/AsyncTestFiles"
	"github.com/agen-go/agen/testdata/golden/AsyncTypeSwitches"
	"github.com/agen-go/agen/testdata/golden/AsyncUnusual"
	"github.com/agen-go/agen/testdata/golden/Basics"
	"github.com/agen-go/agen/testdata/golden/Builtins"
	"github.com/agen-go/agen/testdata/golden/CPyAsyncDelegationFinally"
	"github.com/agen-go/agen/testdata/golden/CPyAsyncFinalize"
	"github.com/agen-go/agen/testdata/golden/CPyAsyncFinallyForms"
	"github.com/agen-go/agen/testdata/golden/CPyAsyncIgnoredClose"
	"github.com/agen-go/agen/testdata/golden/CPyAsyncNested"
	"github.com/agen-go/agen/testdata/golden/CPyAsyncProtocol"
	"github.com/agen-go/agen/testdata/golden/CPyAsyncReentry"
	"github.com/agen-go/agen/testdata/golden/CPyDelegationForms"
	"github.com/agen-go/agen/testdata/golden/CPySyncClassics"
	"github.com/agen-go/agen/testdata/golden/CPySyncDelegation"
	"github.com/agen-go/agen/testdata/golden/CPySyncProtocol"
	"github.com/agen-go/agen/testdata/golden/Closures"
	"github.com/agen-go/agen/testdata/golden/Conditionals"
	"github.com/agen-go/agen/testdata/golden/Decls"
	"github.com/agen-go/agen/testdata/golden/DeferGeneric"
	"github.com/agen-go/agen/testdata/golden/DeferOperands"
	"github.com/agen-go/agen/testdata/golden/Defers"
	"github.com/agen-go/agen/testdata/golden/Delegation"
	"github.com/agen-go/agen/testdata/golden/EagerLogical"
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
	"github.com/agen-go/agen/testdata/golden/LocalTypeNames"
	"github.com/agen-go/agen/testdata/golden/LocalTypes"
	"github.com/agen-go/agen/testdata/golden/Loops"
	"github.com/agen-go/agen/testdata/golden/MapLiterals"
	"github.com/agen-go/agen/testdata/golden/Methods"
	"github.com/agen-go/agen/testdata/golden/Names"
	"github.com/agen-go/agen/testdata/golden/Nesting"
	"github.com/agen-go/agen/testdata/golden/OperandOrder"
	"github.com/agen-go/agen/testdata/golden/Options"
	"github.com/agen-go/agen/testdata/golden/PanicState"
	"github.com/agen-go/agen/testdata/golden/Panics"
	"github.com/agen-go/agen/testdata/golden/Params"
	"github.com/agen-go/agen/testdata/golden/Pointers"
	"github.com/agen-go/agen/testdata/golden/RangeEval"
	"github.com/agen-go/agen/testdata/golden/RangeFuncs"
	"github.com/agen-go/agen/testdata/golden/RangeGenerators"
	"github.com/agen-go/agen/testdata/golden/RangeMap"
	"github.com/agen-go/agen/testdata/golden/Ranges"
	"github.com/agen-go/agen/testdata/golden/Recover"
	"github.com/agen-go/agen/testdata/golden/Reentry"
	"github.com/agen-go/agen/testdata/golden/ReviewFixes"
	"github.com/agen-go/agen/testdata/golden/Scopes"
	"github.com/agen-go/agen/testdata/golden/Selects"
	"github.com/agen-go/agen/testdata/golden/SentKinds"
	"github.com/agen-go/agen/testdata/golden/ShadowedConsts"
	"github.com/agen-go/agen/testdata/golden/Shadowing"
	"github.com/agen-go/agen/testdata/golden/ShortCircuit"
	"github.com/agen-go/agen/testdata/golden/Switches"
	"github.com/agen-go/agen/testdata/golden/SyncCore"
	"github.com/agen-go/agen/testdata/golden/Targets"
	"github.com/agen-go/agen/testdata/golden/TestFiles"
	"github.com/agen-go/agen/testdata/golden/TypeSwitches"
	"github.com/agen-go/agen/testdata/golden/Unusual"
)

// Suites holds the differential suite of every golden case with output.
var Suites = map[string]difftest.Suite{
	"AdvPush":                   advpush.Suite,
	"AdvPushImport":             advpushimport.Suite,
	"AdvPushOdd":                advpushodd.Suite,
	"AdvClosures":               advclosures.Suite,
	"AdvDefers":                 advdefers.Suite,
	"AdvEndings":                advendings.Suite,
	"AdvFlow":                   advflow.Suite,
	"AdvForms":                  advforms.Suite,
	"AdvInner":                  advinner.Suite,
	"AdvMisc":                   advmisc.Suite,
	"AdvMore":                   advmore.Suite,
	"AdvNames":                  advnames.Suite,
	"AdvPredeclared":            advpredeclared.Suite,
	"AdvStmts":                  advstmts.Suite,
	"AdvSyntax":                 advsyntax.Suite,
	"AdvTypes":                  advtypes.Suite,
	"AdvValues":                 advvalues.Suite,
	"AsyncAdvClosures":          asyncadvclosures.Suite,
	"AsyncAdvDefers":            asyncadvdefers.Suite,
	"AsyncAdvEndings":           asyncadvendings.Suite,
	"AsyncAdvFlow":              asyncadvflow.Suite,
	"AsyncAdvForms":             asyncadvforms.Suite,
	"AsyncAdvInner":             asyncadvinner.Suite,
	"AsyncAdvMisc":              asyncadvmisc.Suite,
	"AsyncAdvMore":              asyncadvmore.Suite,
	"AsyncAdvNames":             asyncadvnames.Suite,
	"AsyncAdvPredeclared":       asyncadvpredeclared.Suite,
	"AsyncAdvStmts":             asyncadvstmts.Suite,
	"AsyncAdvSyntax":            asyncadvsyntax.Suite,
	"AsyncAdvTypes":             asyncadvtypes.Suite,
	"AsyncAdvValues":            asyncadvvalues.Suite,
	"AsyncAwaits":               asyncawaits.Suite,
	"AsyncBasics":               asyncbasics.Suite,
	"AsyncBuiltins":             asyncbuiltins.Suite,
	"AsyncClosures":             asyncclosures.Suite,
	"AsyncConditionals":         asyncconditionals.Suite,
	"AsyncDecls":                asyncdecls.Suite,
	"AsyncDeferAwaits":          asyncdeferawaits.Suite,
	"AsyncDeferGeneric":         asyncdefergeneric.Suite,
	"AsyncDeferOperands":        asyncdeferoperands.Suite,
	"AsyncDefers":               asyncdefers.Suite,
	"AsyncDelegation":           asyncdelegation.Suite,
	"AsyncEvalOrder":            asyncevalorder.Suite,
	"AsyncExprStmts":            asyncexprstmts.Suite,
	"AsyncFlowDefers":           asyncflowdefers.Suite,
	"AsyncGenerics":             asyncgenerics.Suite,
	"AsyncGoto":                 asyncgoto.Suite,
	"AsyncImports":              asyncimports.Suite,
	"AsyncLabels":               asynclabels.Suite,
	"AsyncLineDirectives":       asynclinedirectives.Suite,
	"AsyncLocalTypes":           asynclocaltypes.Suite,
	"AsyncLoops":                asyncloops.Suite,
	"AsyncMethods":              asyncmethods.Suite,
	"AsyncNames":                asyncnames.Suite,
	"AsyncNestedDefers":         asyncnesteddefers.Suite,
	"AsyncNesting":              asyncnesting.Suite,
	"AsyncOptions":              asyncoptions.Suite,
	"AsyncPanics":               asyncpanics.Suite,
	"AsyncParams":               asyncparams.Suite,
	"AsyncPointers":             asyncpointers.Suite,
	"AsyncRangeEval":            asyncrangeeval.Suite,
	"AsyncRangeFuncs":           asyncrangefuncs.Suite,
	"AsyncRangeGenerators":      asyncrangegenerators.Suite,
	"AsyncRangeMap":             asyncrangemap.Suite,
	"AsyncRanges":               asyncranges.Suite,
	"AsyncRecover":              asyncrecover.Suite,
	"AsyncReentry":              asyncreentry.Suite,
	"AsyncReviewFixes":          asyncreviewfixes.Suite,
	"AsyncScopes":               asyncscopes.Suite,
	"AsyncSelects":              asyncselects.Suite,
	"AsyncSentKinds":            asyncsentkinds.Suite,
	"AsyncShadowing":            asyncshadowing.Suite,
	"AsyncShortCircuit":         asyncshortcircuit.Suite,
	"AsyncSwitches":             asyncswitches.Suite,
	"AsyncTargets":              asynctargets.Suite,
	"AsyncTestFiles":            asynctestfiles.Suite,
	"AsyncTypeSwitches":         asynctypeswitches.Suite,
	"AsyncUnusual":              asyncunusual.Suite,
	"Basics":                    basics.Suite,
	"Builtins":                  builtins.Suite,
	"CPyAsyncDelegationFinally": cpyasyncdelegationfinally.Suite,
	"CPyAsyncFinalize":          cpyasyncfinalize.Suite,
	"CPyAsyncFinallyForms":      cpyasyncfinallyforms.Suite,
	"CPyAsyncIgnoredClose":      cpyasyncignoredclose.Suite,
	"CPyAsyncNested":            cpyasyncnested.Suite,
	"CPyAsyncProtocol":          cpyasyncprotocol.Suite,
	"CPyAsyncReentry":           cpyasyncreentry.Suite,
	"CPyDelegationForms":        cpydelegationforms.Suite,
	"CPySyncClassics":           cpysyncclassics.Suite,
	"CPySyncDelegation":         cpysyncdelegation.Suite,
	"CPySyncProtocol":           cpysyncprotocol.Suite,
	"Closures":                  closures.Suite,
	"Conditionals":              conditionals.Suite,
	"Decls":                     decls.Suite,
	"DeferGeneric":              defergeneric.Suite,
	"DeferOperands":             deferoperands.Suite,
	"Defers":                    defers.Suite,
	"Delegation":                delegation.Suite,
	"EagerLogical":              eagerlogical.Suite,
	"EvalOrder":                 evalorder.Suite,
	"ExprStmts":                 exprstmts.Suite,
	"FileNames":                 filenames.Suite,
	"Finalize":                  finalize.Suite,
	"FlowDefers":                flowdefers.Suite,
	"Generics":                  generics.Suite,
	"Goto":                      gotos.Suite,
	"Imports":                   imports.Suite,
	"Labels":                    labels.Suite,
	"LineDirectives":            linedirectives.Suite,
	"LocalTypeNames":            localtypenames.Suite,
	"LocalTypes":                localtypes.Suite,
	"Loops":                     loops.Suite,
	"MapLiterals":               mapliterals.Suite,
	"Methods":                   methods.Suite,
	"Names":                     names.Suite,
	"Nesting":                   nesting.Suite,
	"OperandOrder":              operandorder.Suite,
	"Options":                   options.Suite,
	"PanicState":                panicstate.Suite,
	"Panics":                    panics.Suite,
	"Params":                    params.Suite,
	"Pointers":                  pointers.Suite,
	"RangeEval":                 rangeeval.Suite,
	"RangeFuncs":                rangefuncs.Suite,
	"RangeGenerators":           rangegenerators.Suite,
	"RangeMap":                  rangemap.Suite,
	"Ranges":                    ranges.Suite,
	"Recover":                   recover.Suite,
	"Reentry":                   reentry.Suite,
	"ReviewFixes":               reviewfixes.Suite,
	"SyncCore":                  synccore.Suite,
	"Scopes":                    scopes.Suite,
	"Selects":                   selects.Suite,
	"SentKinds":                 sentkinds.Suite,
	"ShadowedConsts":            shadowedconsts.Suite,
	"Shadowing":                 shadowing.Suite,
	"ShortCircuit":              shortcircuit.Suite,
	"Switches":                  switches.Suite,
	"Targets":                   targets.Suite,
	"TestFiles":                 testfiles.Suite,
	"TypeSwitches":              typeswitches.Suite,
	"Unusual":                   unusual.Suite,
}
