// stderr: nondeterministic

package main

func main() {
	s := make([]int, 19999999999999)
	s[0] = 1
}
