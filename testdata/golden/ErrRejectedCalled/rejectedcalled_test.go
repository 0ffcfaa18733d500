package rejectedcalled

import "testing"

func TestCalls(t *testing.T) {
	g := aliasYielderGen()
	g.Next()
	blankGen[int]()
	T{}.methodGen()
	var _ *aliasYielderGenerator
}
