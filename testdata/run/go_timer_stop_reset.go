// Checks time.Timer: Stop before expiry returns true and the channel never fires; Reset
// re-arms it; Stop after expiry returns false. Only orderings are printed.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop before firing:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("impossible: stopped timer fired")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("stopped timer stayed silent")
	}
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("reset timer fired")
	fmt.Println("stop after firing:", t.Stop())

	short := time.NewTimer(10 * time.Millisecond)
	long := time.NewTimer(200 * time.Millisecond)
	select {
	case <-short.C:
		fmt.Println("short timer first")
	case <-long.C:
		fmt.Println("long timer first")
	}
	fmt.Println("stop long:", long.Stop())
}
