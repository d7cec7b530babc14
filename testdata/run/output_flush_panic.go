// stderr: nondeterministic

package main

import "fmt"

func main() {
	for i := 0; i < 5000; i++ {
		fmt.Print(i, ",")
		if i%50 == 49 {
			fmt.Println()
		}
	}
	fmt.Print("partial line without newline")
	var p *[2]int
	p[1] = 3
}
