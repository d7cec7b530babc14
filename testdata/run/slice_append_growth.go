package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	var b []byte
	last = -1
	for i := 0; i < 5000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			fmt.Println("b", len(b), cap(b))
			last = cap(b)
		}
	}
}
