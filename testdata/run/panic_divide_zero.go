// stderr: nondeterministic

package main

import "fmt"

func avg(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t / len(xs)
}

func main() {
	fmt.Println(avg([]int{1, 2, 3}))
	fmt.Println(avg(nil))
}
