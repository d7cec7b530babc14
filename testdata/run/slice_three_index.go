package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:5:6]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(arr)
	s = append(s, 200)
	s[0] = -2
	fmt.Println(arr, s)
	t := arr[:0:0]
	fmt.Println(len(t), cap(t), t == nil)
	u := s[1:3:4]
	fmt.Println(u, cap(u))
	str := "hello"
	fmt.Println(str[1:3], str[:0] == "", str[5:])
	p := &arr
	fmt.Println(p[1:3], len(p), cap(p[3:]))
}
