// stderr: nondeterministic

package main

import "fmt"

func cleanup(name string) { fmt.Println("cleanup", name) }

func work() {
	defer cleanup("work")
	var arr []int
	idx := 7
	arr[idx]++
}

func main() {
	defer cleanup("main")
	work()
}
