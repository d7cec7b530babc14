// stderr: nondeterministic

package main

import "fmt"

func main() {
	set := map[interface{}]bool{}
	set[1] = true
	set["a"] = true
	fmt.Println(len(set))
	set[[]string{"x"}] = true
}
