package main

import "fmt"

func modify(a [4]int) [4]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[4]int) {
	a[1] = 200
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[2] = 30
	c := modify(a)
	modifyPtr(&a)
	fmt.Println(a, b, c)
	fmt.Println(a == [4]int{1, 200, 3, 4}, a != b)
	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i * j
		}
	}
	row := grid[2]
	row[0] = 99
	fmt.Println(grid, row)
	fmt.Println(len(grid), len(grid[0]))
	arr := [...]string{2: "c", 0: "a", 5: "f"}
	fmt.Printf("%q %d\n", arr, len(arr))
	type Pair [2]int
	m := map[Pair]string{{1, 2}: "x"}
	fmt.Println(m[Pair{1, 2}], m[Pair{2, 1}] == "")
}
