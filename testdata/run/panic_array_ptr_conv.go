// stderr: nondeterministic

package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	fmt.Println(*(*[3]int)(s))
	p := (*[8]int)(s)
	fmt.Println(p)
}
