package agen_test

// This file holds the examples of the reference drivers.

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/agen-go/agen/runtime/agen"
)

// A running total: each value sent in is added, and the new total is
// yielded. Close runs the body's deferred calls.
func ExampleGoroutine() {
	total := agen.Goroutine(func(y *agen.Yielder[int, int]) error {
		defer fmt.Println("closed")
		sum := 0
		for {
			sum += y.Yield(sum)
		}
	})
	fmt.Println(total.Next())
	fmt.Println(total.Send(5))
	fmt.Println(total.Send(10))
	fmt.Println(total.Close())
	fmt.Println(total.Next())

	// Breaking out of All closes the generator.
	squares := agen.Goroutine(func(y *agen.Yielder[int, agen.None]) error {
		for i := 1; ; i++ {
			y.Yield(i * i)
		}
	})
	for v := range squares.All() {
		if v > 20 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	// Output:
	// 0 true
	// 5 true
	// 15 true
	// closed
	// <nil>
	// 0 false
	// 1 4 9 16
}

// An async generator awaits between its values; the blocking methods drive
// it on the caller's goroutine. All reports the error the body ended with.
func ExampleGoroutineAsync() {
	ctx := context.Background()
	countdown := agen.GoroutineAsync(func(y *agen.AsyncYielder[int, agen.None]) error {
		defer fmt.Println("closed")
		for i := 3; i > 0; i-- {
			if _, err := agen.Await(y, agen.Sleep(time.Millisecond)); err != nil {
				return err
			}
			y.Yield(i)
		}
		return errors.New("no liftoff")
	})
	fmt.Println(countdown.Next(ctx))
	for v, err := range countdown.All(ctx) {
		fmt.Println(v, err)
	}
	fmt.Println(countdown.Next(ctx))

	echo := agen.GoroutineAsync(func(y *agen.AsyncYielder[string, string]) error {
		defer fmt.Println("echo closed")
		s := "ready"
		for {
			s = "echo " + y.Yield(s)
		}
	})
	fmt.Println(echo.Next(ctx))
	fmt.Println(echo.Send(ctx, "hi"))
	fmt.Println(echo.Close(ctx))
	// Output:
	// 3 <nil>
	// 2 <nil>
	// 1 <nil>
	// closed
	// 0 no liftoff
	// 0 agen: no more values
	// ready <nil>
	// echo hi <nil>
	// echo closed
	// <nil>
}
