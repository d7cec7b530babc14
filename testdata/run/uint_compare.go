package main

import "fmt"

func main() {
	vals := []uint64{0, 1, 1 << 53, 1<<53 + 1, 1 << 63, 1<<63 + 1, 1<<64 - 1, 1<<64 - 2}
	for _, a := range vals {
		line := ""
		for _, b := range vals {
			switch {
			case a < b:
				line += "<"
			case a > b:
				line += ">"
			default:
				line += "="
			}
		}
		fmt.Println(line)
	}
	ivals := []int64{-1 << 63, -1, 0, 1 << 53, 1<<53 + 1, 1<<63 - 1}
	for _, a := range ivals {
		line := ""
		for _, b := range ivals {
			if a <= b {
				line += "1"
			} else {
				line += "0"
			}
		}
		fmt.Println(line)
	}
}
