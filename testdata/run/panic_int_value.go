// stderr: nondeterministic

package main

func main() {
	panic(-17)
}
