package main

import "fmt"

func main() {
	vals := []int64{1<<31 + 7, 1<<40 - 3, -(1 << 35), 123456789012, -987654321}
	for _, a := range vals {
		for _, b := range vals {
			fmt.Print(a*b, " ")
		}
		fmt.Println()
	}
	uvals := []uint64{1<<32 + 1, 1<<63 + 1, 0xDEADBEEFCAFEBABE, 3}
	for _, a := range uvals {
		for _, b := range uvals {
			fmt.Print(a*b, " ")
		}
		fmt.Println()
	}
}
