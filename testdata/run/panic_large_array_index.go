// stderr: nondeterministic

package main

import "fmt"

func main() {
	var grid [4][4]int
	r, c := 2, 4
	grid[1][1] = 5
	fmt.Println(grid[1])
	fmt.Println(grid[r][c])
}
