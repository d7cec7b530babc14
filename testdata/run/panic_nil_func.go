// stderr: nondeterministic

package main

import "fmt"

func main() {
	var handlers map[string]func() string
	fmt.Println("lookup")
	h := handlers["x"]
	fmt.Println(h())
}
