package main

import "fmt"

func run() (out []int) {
	for i := 0; i < 4; i++ {
		defer func(v int) { out = append(out, v) }(i)
	}
	for i := 0; i < 2; i++ {
		defer func() { out = append(out, i*10) }()
	}
	return nil
}

func cleanup(names []string) {
	for _, n := range names {
		defer func(s string) { fmt.Println("close", s) }(n)
		fmt.Println("open", n)
	}
}

func main() {
	fmt.Println(run())
	cleanup([]string{"a", "b", "c"})
}
