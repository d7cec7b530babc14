package main

import "fmt"

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	n := 0
	for n < 10 {
		n += 3
	}
	fmt.Println(n)
	for {
		n--
		if n < 5 {
			break
		}
	}
	fmt.Println(n)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	for i := range [3]struct{}{} {
		fmt.Print(i)
	}
	fmt.Println()
	var arr [4]int
	for i := range arr {
		arr[i] = i * i
	}
	fmt.Println(arr)
	k := 0
loop:
	if k < 3 {
		fmt.Print("goto", k, " ")
		k++
		goto loop
	}
	fmt.Println()
	sw := 0
	for i := 0; i < 10; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 6:
			break
		default:
			sw += i
		}
	}
	fmt.Println(sw)
}
