// Package buildcost is a synthetic package of generators.
package bcx

import (
	"fmt"

	"github.com/agen-go/agen/runtime/agen"
)

// gen0 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen0(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen0: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 0 {
		y.Yield(total)
	}
	return nil
}

// gen1 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen1(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen1: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 1 {
		y.Yield(total)
	}
	return nil
}

// gen2 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen2(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen2: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 2 {
		y.Yield(total)
	}
	return nil
}

// gen3 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen3(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen3: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 3 {
		y.Yield(total)
	}
	return nil
}

// gen4 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen4(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen4: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 4 {
		y.Yield(total)
	}
	return nil
}

// gen5 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen5(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen5: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 5 {
		y.Yield(total)
	}
	return nil
}

// gen6 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen6(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen6: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 6 {
		y.Yield(total)
	}
	return nil
}

// gen7 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen7(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen7: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 7 {
		y.Yield(total)
	}
	return nil
}

// gen8 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen8(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen8: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 8 {
		y.Yield(total)
	}
	return nil
}

// gen9 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen9(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen9: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 9 {
		y.Yield(total)
	}
	return nil
}

// gen10 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen10(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen10: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 10 {
		y.Yield(total)
	}
	return nil
}

// gen11 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen11(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen11: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 11 {
		y.Yield(total)
	}
	return nil
}

// gen12 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen12(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen12: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 12 {
		y.Yield(total)
	}
	return nil
}

// gen13 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen13(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen13: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 13 {
		y.Yield(total)
	}
	return nil
}

// gen14 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen14(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen14: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 14 {
		y.Yield(total)
	}
	return nil
}

// gen15 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen15(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen15: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 15 {
		y.Yield(total)
	}
	return nil
}

// gen16 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen16(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen16: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 16 {
		y.Yield(total)
	}
	return nil
}

// gen17 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen17(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen17: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 17 {
		y.Yield(total)
	}
	return nil
}

// gen18 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen18(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen18: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 18 {
		y.Yield(total)
	}
	return nil
}

// gen19 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen19(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen19: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 19 {
		y.Yield(total)
	}
	return nil
}

// gen20 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen20(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen20: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 20 {
		y.Yield(total)
	}
	return nil
}

// gen21 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen21(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen21: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 21 {
		y.Yield(total)
	}
	return nil
}

// gen22 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen22(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen22: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 22 {
		y.Yield(total)
	}
	return nil
}

// gen23 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen23(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen23: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 23 {
		y.Yield(total)
	}
	return nil
}

// gen24 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen24(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen24: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 24 {
		y.Yield(total)
	}
	return nil
}

// gen25 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen25(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen25: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 25 {
		y.Yield(total)
	}
	return nil
}

// gen26 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen26(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen26: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 26 {
		y.Yield(total)
	}
	return nil
}

// gen27 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen27(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen27: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 27 {
		y.Yield(total)
	}
	return nil
}

// gen28 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen28(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen28: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 28 {
		y.Yield(total)
	}
	return nil
}

// gen29 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen29(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen29: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 29 {
		y.Yield(total)
	}
	return nil
}

// gen30 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen30(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen30: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 30 {
		y.Yield(total)
	}
	return nil
}

// gen31 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen31(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen31: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 31 {
		y.Yield(total)
	}
	return nil
}

// gen32 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen32(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen32: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 32 {
		y.Yield(total)
	}
	return nil
}

// gen33 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen33(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen33: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 33 {
		y.Yield(total)
	}
	return nil
}

// gen34 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen34(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen34: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 34 {
		y.Yield(total)
	}
	return nil
}

// gen35 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen35(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen35: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 35 {
		y.Yield(total)
	}
	return nil
}

// gen36 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen36(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen36: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 36 {
		y.Yield(total)
	}
	return nil
}

// gen37 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen37(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen37: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 37 {
		y.Yield(total)
	}
	return nil
}

// gen38 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen38(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen38: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 38 {
		y.Yield(total)
	}
	return nil
}

// gen39 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen39(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen39: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 39 {
		y.Yield(total)
	}
	return nil
}

// gen40 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen40(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen40: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 40 {
		y.Yield(total)
	}
	return nil
}

// gen41 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen41(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen41: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 41 {
		y.Yield(total)
	}
	return nil
}

// gen42 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen42(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen42: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 42 {
		y.Yield(total)
	}
	return nil
}

// gen43 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen43(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen43: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 43 {
		y.Yield(total)
	}
	return nil
}

// gen44 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen44(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen44: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 44 {
		y.Yield(total)
	}
	return nil
}

// gen45 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen45(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen45: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 45 {
		y.Yield(total)
	}
	return nil
}

// gen46 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen46(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen46: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 46 {
		y.Yield(total)
	}
	return nil
}

// gen47 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen47(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen47: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 47 {
		y.Yield(total)
	}
	return nil
}

// gen48 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen48(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen48: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 48 {
		y.Yield(total)
	}
	return nil
}

// gen49 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen49(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen49: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 49 {
		y.Yield(total)
	}
	return nil
}

// gen50 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen50(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen50: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 50 {
		y.Yield(total)
	}
	return nil
}

// gen51 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen51(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen51: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 51 {
		y.Yield(total)
	}
	return nil
}

// gen52 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen52(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen52: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 52 {
		y.Yield(total)
	}
	return nil
}

// gen53 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen53(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen53: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 53 {
		y.Yield(total)
	}
	return nil
}

// gen54 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen54(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen54: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 54 {
		y.Yield(total)
	}
	return nil
}

// gen55 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen55(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen55: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 55 {
		y.Yield(total)
	}
	return nil
}

// gen56 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen56(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen56: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 56 {
		y.Yield(total)
	}
	return nil
}

// gen57 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen57(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen57: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 57 {
		y.Yield(total)
	}
	return nil
}

// gen58 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen58(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen58: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 58 {
		y.Yield(total)
	}
	return nil
}

// gen59 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen59(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen59: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 59 {
		y.Yield(total)
	}
	return nil
}

// gen60 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen60(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen60: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 60 {
		y.Yield(total)
	}
	return nil
}

// gen61 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen61(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen61: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 61 {
		y.Yield(total)
	}
	return nil
}

// gen62 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen62(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen62: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 62 {
		y.Yield(total)
	}
	return nil
}

// gen63 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen63(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen63: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 63 {
		y.Yield(total)
	}
	return nil
}

// gen64 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen64(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen64: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 64 {
		y.Yield(total)
	}
	return nil
}

// gen65 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen65(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen65: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 65 {
		y.Yield(total)
	}
	return nil
}

// gen66 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen66(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen66: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 66 {
		y.Yield(total)
	}
	return nil
}

// gen67 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen67(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen67: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 67 {
		y.Yield(total)
	}
	return nil
}

// gen68 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen68(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen68: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 68 {
		y.Yield(total)
	}
	return nil
}

// gen69 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen69(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen69: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 69 {
		y.Yield(total)
	}
	return nil
}

// gen70 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen70(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen70: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 70 {
		y.Yield(total)
	}
	return nil
}

// gen71 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen71(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen71: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 71 {
		y.Yield(total)
	}
	return nil
}

// gen72 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen72(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen72: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 72 {
		y.Yield(total)
	}
	return nil
}

// gen73 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen73(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen73: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 73 {
		y.Yield(total)
	}
	return nil
}

// gen74 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen74(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen74: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 74 {
		y.Yield(total)
	}
	return nil
}

// gen75 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen75(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen75: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 75 {
		y.Yield(total)
	}
	return nil
}

// gen76 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen76(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen76: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 76 {
		y.Yield(total)
	}
	return nil
}

// gen77 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen77(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen77: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 77 {
		y.Yield(total)
	}
	return nil
}

// gen78 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen78(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen78: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 78 {
		y.Yield(total)
	}
	return nil
}

// gen79 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen79(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen79: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 79 {
		y.Yield(total)
	}
	return nil
}

// gen80 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen80(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen80: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 80 {
		y.Yield(total)
	}
	return nil
}

// gen81 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen81(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen81: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 81 {
		y.Yield(total)
	}
	return nil
}

// gen82 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen82(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen82: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 82 {
		y.Yield(total)
	}
	return nil
}

// gen83 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen83(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen83: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 83 {
		y.Yield(total)
	}
	return nil
}

// gen84 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen84(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen84: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 84 {
		y.Yield(total)
	}
	return nil
}

// gen85 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen85(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen85: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 85 {
		y.Yield(total)
	}
	return nil
}

// gen86 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen86(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen86: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 86 {
		y.Yield(total)
	}
	return nil
}

// gen87 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen87(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen87: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 87 {
		y.Yield(total)
	}
	return nil
}

// gen88 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen88(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen88: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 88 {
		y.Yield(total)
	}
	return nil
}

// gen89 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen89(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen89: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 89 {
		y.Yield(total)
	}
	return nil
}

// gen90 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen90(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen90: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 90 {
		y.Yield(total)
	}
	return nil
}

// gen91 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen91(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen91: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 91 {
		y.Yield(total)
	}
	return nil
}

// gen92 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen92(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen92: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 92 {
		y.Yield(total)
	}
	return nil
}

// gen93 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen93(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen93: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 93 {
		y.Yield(total)
	}
	return nil
}

// gen94 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen94(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen94: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 94 {
		y.Yield(total)
	}
	return nil
}

// gen95 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen95(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen95: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 95 {
		y.Yield(total)
	}
	return nil
}

// gen96 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen96(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen96: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 96 {
		y.Yield(total)
	}
	return nil
}

// gen97 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen97(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen97: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 97 {
		y.Yield(total)
	}
	return nil
}

// gen98 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen98(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen98: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 98 {
		y.Yield(total)
	}
	return nil
}

// gen99 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen99(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen99: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 99 {
		y.Yield(total)
	}
	return nil
}

// gen100 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen100(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen100: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 100 {
		y.Yield(total)
	}
	return nil
}

// gen101 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen101(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen101: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 101 {
		y.Yield(total)
	}
	return nil
}

// gen102 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen102(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen102: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 102 {
		y.Yield(total)
	}
	return nil
}

// gen103 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen103(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen103: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 103 {
		y.Yield(total)
	}
	return nil
}

// gen104 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen104(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen104: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 104 {
		y.Yield(total)
	}
	return nil
}

// gen105 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen105(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen105: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 105 {
		y.Yield(total)
	}
	return nil
}

// gen106 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen106(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen106: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 106 {
		y.Yield(total)
	}
	return nil
}

// gen107 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen107(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen107: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 107 {
		y.Yield(total)
	}
	return nil
}

// gen108 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen108(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen108: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 108 {
		y.Yield(total)
	}
	return nil
}

// gen109 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen109(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen109: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 109 {
		y.Yield(total)
	}
	return nil
}

// gen110 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen110(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen110: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 110 {
		y.Yield(total)
	}
	return nil
}

// gen111 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen111(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen111: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 111 {
		y.Yield(total)
	}
	return nil
}

// gen112 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen112(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen112: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 112 {
		y.Yield(total)
	}
	return nil
}

// gen113 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen113(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen113: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 113 {
		y.Yield(total)
	}
	return nil
}

// gen114 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen114(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen114: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 114 {
		y.Yield(total)
	}
	return nil
}

// gen115 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen115(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen115: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 115 {
		y.Yield(total)
	}
	return nil
}

// gen116 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen116(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen116: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 116 {
		y.Yield(total)
	}
	return nil
}

// gen117 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen117(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen117: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 117 {
		y.Yield(total)
	}
	return nil
}

// gen118 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen118(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen118: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 118 {
		y.Yield(total)
	}
	return nil
}

// gen119 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen119(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen119: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 119 {
		y.Yield(total)
	}
	return nil
}

// gen120 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen120(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen120: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 120 {
		y.Yield(total)
	}
	return nil
}

// gen121 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen121(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen121: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 121 {
		y.Yield(total)
	}
	return nil
}

// gen122 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen122(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen122: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 122 {
		y.Yield(total)
	}
	return nil
}

// gen123 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen123(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen123: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 123 {
		y.Yield(total)
	}
	return nil
}

// gen124 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen124(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen124: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 124 {
		y.Yield(total)
	}
	return nil
}

// gen125 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen125(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen125: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 125 {
		y.Yield(total)
	}
	return nil
}

// gen126 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen126(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen126: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 126 {
		y.Yield(total)
	}
	return nil
}

// gen127 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen127(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen127: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 127 {
		y.Yield(total)
	}
	return nil
}

// gen128 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen128(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen128: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 128 {
		y.Yield(total)
	}
	return nil
}

// gen129 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen129(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen129: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 129 {
		y.Yield(total)
	}
	return nil
}

// gen130 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen130(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen130: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 130 {
		y.Yield(total)
	}
	return nil
}

// gen131 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen131(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen131: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 131 {
		y.Yield(total)
	}
	return nil
}

// gen132 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen132(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen132: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 132 {
		y.Yield(total)
	}
	return nil
}

// gen133 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen133(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen133: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 133 {
		y.Yield(total)
	}
	return nil
}

// gen134 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen134(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen134: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 134 {
		y.Yield(total)
	}
	return nil
}

// gen135 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen135(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen135: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 135 {
		y.Yield(total)
	}
	return nil
}

// gen136 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen136(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen136: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 136 {
		y.Yield(total)
	}
	return nil
}

// gen137 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen137(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen137: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 137 {
		y.Yield(total)
	}
	return nil
}

// gen138 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen138(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen138: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 138 {
		y.Yield(total)
	}
	return nil
}

// gen139 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen139(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen139: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 139 {
		y.Yield(total)
	}
	return nil
}

// gen140 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen140(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen140: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 140 {
		y.Yield(total)
	}
	return nil
}

// gen141 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen141(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen141: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 141 {
		y.Yield(total)
	}
	return nil
}

// gen142 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen142(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen142: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 142 {
		y.Yield(total)
	}
	return nil
}

// gen143 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen143(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen143: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 143 {
		y.Yield(total)
	}
	return nil
}

// gen144 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen144(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen144: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 144 {
		y.Yield(total)
	}
	return nil
}

// gen145 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen145(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen145: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 145 {
		y.Yield(total)
	}
	return nil
}

// gen146 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen146(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen146: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 146 {
		y.Yield(total)
	}
	return nil
}

// gen147 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen147(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen147: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 147 {
		y.Yield(total)
	}
	return nil
}

// gen148 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen148(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen148: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 148 {
		y.Yield(total)
	}
	return nil
}

// gen149 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen149(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen149: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 149 {
		y.Yield(total)
	}
	return nil
}

// gen150 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen150(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen150: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 150 {
		y.Yield(total)
	}
	return nil
}

// gen151 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen151(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen151: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 151 {
		y.Yield(total)
	}
	return nil
}

// gen152 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen152(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen152: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 152 {
		y.Yield(total)
	}
	return nil
}

// gen153 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen153(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen153: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 153 {
		y.Yield(total)
	}
	return nil
}

// gen154 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen154(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen154: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 154 {
		y.Yield(total)
	}
	return nil
}

// gen155 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen155(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen155: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 155 {
		y.Yield(total)
	}
	return nil
}

// gen156 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen156(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen156: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 156 {
		y.Yield(total)
	}
	return nil
}

// gen157 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen157(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen157: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 157 {
		y.Yield(total)
	}
	return nil
}

// gen158 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen158(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen158: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 158 {
		y.Yield(total)
	}
	return nil
}

// gen159 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen159(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen159: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 159 {
		y.Yield(total)
	}
	return nil
}

// gen160 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen160(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen160: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 160 {
		y.Yield(total)
	}
	return nil
}

// gen161 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen161(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen161: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 161 {
		y.Yield(total)
	}
	return nil
}

// gen162 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen162(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen162: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 162 {
		y.Yield(total)
	}
	return nil
}

// gen163 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen163(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen163: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 163 {
		y.Yield(total)
	}
	return nil
}

// gen164 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen164(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen164: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 164 {
		y.Yield(total)
	}
	return nil
}

// gen165 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen165(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen165: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 165 {
		y.Yield(total)
	}
	return nil
}

// gen166 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen166(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen166: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 166 {
		y.Yield(total)
	}
	return nil
}

// gen167 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen167(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen167: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 167 {
		y.Yield(total)
	}
	return nil
}

// gen168 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen168(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen168: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 168 {
		y.Yield(total)
	}
	return nil
}

// gen169 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen169(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen169: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 169 {
		y.Yield(total)
	}
	return nil
}

// gen170 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen170(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen170: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 170 {
		y.Yield(total)
	}
	return nil
}

// gen171 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen171(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen171: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 171 {
		y.Yield(total)
	}
	return nil
}

// gen172 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen172(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen172: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 172 {
		y.Yield(total)
	}
	return nil
}

// gen173 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen173(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen173: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 173 {
		y.Yield(total)
	}
	return nil
}

// gen174 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen174(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen174: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 174 {
		y.Yield(total)
	}
	return nil
}

// gen175 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen175(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen175: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 175 {
		y.Yield(total)
	}
	return nil
}

// gen176 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen176(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen176: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 176 {
		y.Yield(total)
	}
	return nil
}

// gen177 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen177(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen177: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 177 {
		y.Yield(total)
	}
	return nil
}

// gen178 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen178(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen178: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 178 {
		y.Yield(total)
	}
	return nil
}

// gen179 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen179(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen179: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 179 {
		y.Yield(total)
	}
	return nil
}

// gen180 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen180(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen180: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 180 {
		y.Yield(total)
	}
	return nil
}

// gen181 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen181(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen181: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 181 {
		y.Yield(total)
	}
	return nil
}

// gen182 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen182(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen182: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 182 {
		y.Yield(total)
	}
	return nil
}

// gen183 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen183(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen183: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 183 {
		y.Yield(total)
	}
	return nil
}

// gen184 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen184(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen184: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 184 {
		y.Yield(total)
	}
	return nil
}

// gen185 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen185(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen185: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 185 {
		y.Yield(total)
	}
	return nil
}

// gen186 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen186(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen186: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 186 {
		y.Yield(total)
	}
	return nil
}

// gen187 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen187(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen187: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 187 {
		y.Yield(total)
	}
	return nil
}

// gen188 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen188(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen188: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 188 {
		y.Yield(total)
	}
	return nil
}

// gen189 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen189(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen189: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 189 {
		y.Yield(total)
	}
	return nil
}

// gen190 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen190(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen190: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 190 {
		y.Yield(total)
	}
	return nil
}

// gen191 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen191(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen191: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 191 {
		y.Yield(total)
	}
	return nil
}

// gen192 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen192(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen192: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 192 {
		y.Yield(total)
	}
	return nil
}

// gen193 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen193(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen193: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 193 {
		y.Yield(total)
	}
	return nil
}

// gen194 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen194(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen194: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 194 {
		y.Yield(total)
	}
	return nil
}

// gen195 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen195(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen195: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 195 {
		y.Yield(total)
	}
	return nil
}

// gen196 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen196(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen196: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 196 {
		y.Yield(total)
	}
	return nil
}

// gen197 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen197(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen197: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 197 {
		y.Yield(total)
	}
	return nil
}

// gen198 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen198(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen198: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 198 {
		y.Yield(total)
	}
	return nil
}

// gen199 yields from xs and m, and recovers from a panic of its own.
//
//agen:generator
func gen199(y *agen.Yielder[int, int], xs []int, m map[string]int, k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gen199: %v", r)
		}
	}()
	total := 0
	for i, x := range xs {
		switch {
		case x%3 == 0:
			if y.Yield(x+i) > k {
				total += x
			}
		case x%3 == 1:
			total -= x
		default:
			if v := y.Yield(-x); v != 0 {
				total += v
			}
		}
	}
	for key, v := range m {
		if len(key) > k && y.Yield(v) == 0 {
			continue
		}
		total += v
	}
	if total > 199 {
		y.Yield(total)
	}
	return nil
}
