package main

import "fmt"

type A struct{ x int }
type B struct{ x int }

func main() {
	var i, j interface{}
	i, j = 1, 1
	fmt.Println(i == j)
	j = int32(1)
	fmt.Println(i == j)
	i, j = A{1}, A{1}
	fmt.Println(i == j)
	j = B{1}
	fmt.Println(i == j)
	i, j = "s", "s"
	fmt.Println(i == j)
	p := &A{1}
	i, j = p, p
	fmt.Println(i == j, i == interface{}(&A{1}))
	var e error
	i = e
	fmt.Println(i == nil)
	i = []int{1}
	j = 5
	fmt.Println(i == j)
	var f interface{} = 2.0
	fmt.Println(f == 2.0, f == 2)
}
