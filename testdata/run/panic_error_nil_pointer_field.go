// stderr: nondeterministic

package main

import "fmt"

type Config struct {
	Limits *struct{ Max int }
}

func main() {
	c := Config{}
	fmt.Println("config loaded")
	fmt.Println(c.Limits.Max)
}
