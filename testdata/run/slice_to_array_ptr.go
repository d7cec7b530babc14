package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[4]int)(s)
	p[0] = 100
	fmt.Println(s, *p)
	q := (*[2]int)(s[2:])
	q[1] = -1
	fmt.Println(s)
	var e []int
	z := (*[0]int)(e)
	fmt.Println(z == nil)
	arr := [3]string{"a", "b", "c"}
	sl := arr[:]
	sl[1] = "B"
	fmt.Println(arr)
}
