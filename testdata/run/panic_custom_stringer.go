// stderr: nondeterministic

package main

import "fmt"

type State int

func (s State) String() string { return [...]string{"idle", "running", "stopped"}[s] }

func main() {
	s := State(1)
	fmt.Println(s)
	panic(s)
}
