// stderr: nondeterministic

package main

import "fmt"

func check(v int) {
	if v > 2 {
		panic(fmt.Sprintf("value too large: %d", v))
	}
	fmt.Println("ok", v)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}
