// deep-recursion: Go recursion 1,000,000 frames deep, repeated.
//
// Go's stacks grow by copying until the 1 GB limit, so a plain recursive
// function can go a million frames deep; JavaScript's own call stack cannot
// (Go's wasm port, whose Go calls are wasm calls, dies here with
// "RangeError: Maximum call stack size exceeded"). Each round recurses to the
// full depth, mixing a value on the way down and another on the way up so
// every frame's locals stay live across its call. Prints the combined checksum.
//
// Usage: deep-recursion [rounds]   (default 40; depth is always 1,000,000)
package main

import (
	"fmt"
	"os"
	"strconv"
)

const depth = 1000000

// descend recurses n frames deep; the frame's own n and down are used after the
// call returns, so they live in the frame for the whole descent.
func descend(n, down int) int {
	if n == 0 {
		return down
	}
	down = (down*31 + n) % 1000003
	up := descend(n-1, down)
	return (up*7 + down + n) % 1000033
}

func main() {
	rounds := 40
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			rounds = v
		}
	}
	sum := 0
	for r := 0; r < rounds; r++ {
		sum += descend(depth, r)
	}
	fmt.Printf("depth %d, %d rounds, checksum %d\n", depth, rounds, sum)
}
