// stderr: nondeterministic
// Checks that a goroutine's unrecovered panic ends the program at once even while main
// is in a long time.Sleep: exit status 2, and main's later print never happens.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		var m map[string][]int
		m["boom"] = append(m["boom"], 1)
	}()
	fmt.Println("main sleeps for an hour")
	time.Sleep(time.Hour)
	fmt.Println("unreachable")
}
