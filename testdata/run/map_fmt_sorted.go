package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b", -5: "neg"})
	fmt.Println(map[string]int{"zeta": 1, "alpha": 2, "Mid": 3})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0: true})
	fmt.Printf("%v\n", map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Printf("%+v\n", map[string][]int{"b": {1}, "a": {2, 3}})
	fmt.Printf("%#v\n", map[string]int{"b": 1, "a": 2})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[interface{}]int{"b": 1, "c": 2, "a": 3})
	fmt.Println(map[interface{}]int{3: 1, -1: 2, 2: 3})
}
