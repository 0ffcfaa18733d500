package generatednames

import "testing"

// TestCalls calls the constructors: the package must still load.
func TestCalls(t *testing.T) {
	make2()
	thirdGen()
	_ = T{}.gGen
	selfGen()
}
