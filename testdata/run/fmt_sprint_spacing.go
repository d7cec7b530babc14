package main

import "fmt"

type S string

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, 4, true, false))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprint(S("typed"), S("str"), 1))
	fmt.Println(fmt.Sprint(nil, nil, []int{1}, []int{2}))
	fmt.Println(fmt.Sprintln("a", 1, "b") + "|")
	fmt.Print("p", 1, 2, "q", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print(3, "\n", 4, "\n")
	s := fmt.Sprintf("%d-%s", 1, "x")
	fmt.Println(s, len(s))
	fmt.Println()
	fmt.Println("", "")
}
