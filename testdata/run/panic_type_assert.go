// stderr: nondeterministic

package main

import "fmt"

func main() {
	var v interface{} = 3.5
	fmt.Println(v.(float64))
	fmt.Println(v.(int))
}
