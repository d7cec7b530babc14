package main

import "fmt"

func search(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	i := 0
retry:
	i++
	if i < 3 {
		goto retry
	}
	r, c, ok := search([][]int{{1, -1, 7}, {4, 7}}, 7)
	fmt.Println(i, r, c, ok)
}
