// stderr: nondeterministic

package main

type Level uint8

func main() {
	panic(Level(200))
}
