// stderr: nondeterministic

package main

type Msg string

func main() {
	panic(Msg("typed string"))
}
