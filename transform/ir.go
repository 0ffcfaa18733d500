package transform

// This file defines the state-machine IR that lowering produces and emit
// renders: a generator's frame variables, its suspension points and
// deferred-call sites, and the flat statement list of its resume method.

import (
	"go/token"
	"go/types"
)

// A Machine is one generator body lowered to a state machine.
type Machine struct {
	Gen *Generator

	// Names chosen so as not to clash with the body's identifiers.
	Recv   string // receiver of the frame's methods
	Push   string // the loop body of All, a parameter of push (sync)
	Handle string // the handle parameter of resume
	Sent   string // resume's parameter: the value sent in
	Thrown string // resume's parameter: the error thrown in
	At     string // resume's local: the suspension point resumed
	Ctx    string // async resume's parameter: the context of the consumer's call
	Waker  string // async resume's parameter: the waker of the consumer's poll
	Ready  string // async resume's result: the operation is over (else an awaitable is pending)
	EndErr string // async resume's result: the error the operation returns
	// StartLabel is the label of the body's first statement, free for
	// resume to jump to.
	StartLabel string

	Vars   []*Var   // every variable of the frame or of resume
	Consts []*Const // the constants declared at the top level of resume
	Points []*Point // suspension points; state k is Points[k-1]
	Defers []*DeferSite
	Result *Var // the body's error result, named or not; nil if none
	Body   []*Stmt
	// Start is the effect of the paths from the start of the body to its
	// first suspension point (see effects.go).
	Start Effect
	// UsesSent and UsesThrown report whether the body reads what resume
	// is resumed with: a sync resume takes only what it reads.
	UsesSent, UsesThrown bool
	// StartLive are the variables live at the start of the body.
	StartLive []*Var
	// Types declared in the body, hoisted to package level.
	Types      []*LocalType
	LocalTypes map[*types.TypeName]*LocalType
	// Ranges reports whether the body ranges over a generator's All with a
	// loop body that suspends: the frame keeps the generators of the loops
	// it is in, to close them when it unwinds.
	Ranges bool
	// Nested marks the machine of a deferred function literal that awaits,
	// which the unwinding of the generator's body runs: Name is its type,
	// Unwind the name of run's *agen.Unwinding parameter.
	Nested bool
	Name   string
	Unwind string
	// AwaitingDefers reports whether a deferred function of the body
	// awaits: the body unwinds through agenUnwind, which may suspend, and
	// UnwindLabel is where resume goes on unwinding.
	AwaitingDefers bool
	UnwindLabel    string
	// HiddenNames are the names of variables local to generated code.
	HiddenNames map[string]bool
}

// A Var is a variable of the state machine: a parameter, a variable of the
// body that had to move out of its block, a hidden loop variable or a
// temporary. Liveness decides where it lives.
type Var struct {
	Name  string
	Type  types.Type
	Obj   *types.Var // the body's variable, nil for a hidden one
	Cell  bool       // captured or address-taken: held through a pointer, fresh at each declaration
	Param bool       // a parameter or the receiver: set by the constructor
	Frame bool       // lives in the frame, across suspension points
}

// A Const is a constant declared at the top level of the statement list:
// it stays a constant of resume, named by the naming pass like a Var.
type Const struct {
	Name string
	Obj  *types.Const
}

// A Point is a suspension point: a yield, or an await.
type Point struct {
	State int
	Pos   token.Pos
	Catch bool // YieldErr: a thrown error is returned to the body
	Await bool // agen.Await: the body waits for an awaitable
	// From is the delegate of a YieldFrom, which the point yields the
	// values of: what the consumer does there is forwarded to it.
	From *Var
	// Delegated marks the await of a delegate's operation: it is polled
	// until it is ready, the consumer's context going to the delegate.
	Delegated bool
	// CloseAt is, for the YieldFrom of an async body, the await point where
	// Close waits for the delegate's close before the body unwinds.
	CloseAt *Point
	Label   string // where resume continues
	Entry   Effect // the effect of the paths from here to the next suspension point
	Live    []*Var // the variables live where the body resumes here
}

// A DeferSite is a defer statement of the body: its call runs from a record
// in the frame.
type DeferSite struct {
	Index   int
	Pos     token.Pos
	Builtin string   // the builtin called, if any
	Fn      *Field   // the function value, nil for a builtin
	Args    []*Field // the arguments, evaluated at the defer statement
	Spread  bool     // the last argument is spread with ...
	// Awaiting is the machine of a deferred function literal that
	// awaits, Captured the variables of the body it refers to (their
	// cells go into it), Params its parameters, which Args fill.
	Awaiting *Machine
	Captured []*Var
	// Nested marks a defer statement of a deferred function that awaits:
	// its record, of the body's record type, is pushed on that function's
	// own stack (the Defers of its Machine), not the body's.
	Nested bool
}

// A Field is a field of a deferred-call record.
type Field struct {
	Name string
	Type types.Type
}

// StmtKind tells statements of the resume method apart.
type StmtKind int

const (
	Code    StmtKind = iota // Text, as written or rewritten; may jump to Targets
	Label                   // Label:
	Goto                    // goto Label
	IfGoto                  // if Text { goto Label }
	Suspend                 // suspend at Point with the value Text; resume at Point.Label
	Await                   // poll the awaitable Text into Results; if pending, suspend at Point, resuming at Point.Label (before this statement)
	Return                  // the end of the body: run deferred calls, finish
	Unwind                  // Close after a delegate's close: run deferred calls, finish, return the error Text
)

// A Stmt is a statement of the resume method.
type Stmt struct {
	Kind    StmtKind
	Pos     token.Pos // the user's position, or NoPos for scaffolding
	File    string    // the file of Pos, as //line directives name it
	Line    int       // the line of Pos
	Text    Text
	Label   string
	Point   *Point
	Targets []string // labels a Code statement may jump to
	Jumps   bool     // a Code statement always jumps: nothing runs after it
	User    bool     // a Label of the user's: it stays
	Loops   bool     // a Code statement holds a loop of the user's
	Defs    []*Var   // variables a Code or Await statement assigns before any use
	Results Text     // what an Await statement assigns: value, error
	Ctx     Text     // the context an Await statement polls with; nil: the operation's
}

// Text is code as a sequence of pieces.
type Text []Piece

// A Piece is a run of source text, a reference to a package member, or a
// reference to a variable of the state machine.
type Piece struct {
	Src   string
	Pkg   string // with Name: a package member, rendered through jen.Qual
	Name  string
	Var   *Var
	Ref   RefKind
	Const *Const     // a constant of resume, by its name
	Def   bool       // the variable is assigned here, not read
	Type  types.Type // a type, rendered through jen.Qual
	// Effect marks what the code around it may do; such a piece renders
	// as nothing.
	Effect Effect
	// Tracked renders what arranges, once the body has deferred a call,
	// for an abandoned generator to be finalized: the frame's kind
	// decides how (emit).
	Tracked bool
}

// RefKind says how a variable reference renders.
type RefKind int

const (
	RefValue RefKind = iota // the variable's value (*f.x for a cell)
	RefCell                 // the cell pointer itself (f.x)
	RefBound                // the value through the cell bound in a closure (*x)
	RefName                 // the cell bound in a closure (x), for &x
	RefKey                  // the variable's bare name, as a field of a composite literal
)

// Src returns source text as a Text.
func Src(s string) Text { return Text{{Src: s}} }

// pushDefer returns the statement that pushes record, a deferred call of
// the body of m, onto its frame's pending deferred calls; from then on, an
// abandoned generator is finalized. The machine of a deferred function
// that awaits has no finalization of its own.
func pushDefer(m *Machine, record Text) Text {
	push := Join(Src(m.Recv+".agenDefers = append("+m.Recv+".agenDefers, "), record, Src(")"))
	if m.Nested {
		return push
	}
	return Join(push, Src("; "), Text{{Tracked: true}})
}

// Ref returns a reference to v.
func Ref(v *Var, kind RefKind) Text { return Text{{Var: v, Ref: kind}} }

// Def returns a reference to v that assigns it.
func Def(v *Var) Text { return Text{{Var: v, Ref: RefValue, Def: true}} }

// TypeText returns a type as a Text.
func TypeText(t types.Type) Text { return Text{{Type: t}} }

// Join concatenates texts.
func Join(texts ...Text) Text {
	var out Text
	for _, t := range texts {
		out = append(out, t...)
	}
	return out
}
