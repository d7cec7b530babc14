package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("no verbs\n", "extra")
	fmt.Printf("%.2q\n", "abcdef")
	fmt.Printf("%t\n", 1)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%d %s\n", nil, nil)
	var e error
	fmt.Printf("%v %s %d\n", e, e, e)
}
