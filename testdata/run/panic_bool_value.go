// stderr: nondeterministic

package main

func main() {
	panic(false)
}
