package main

import "fmt"

func main() {
	n := 6
	tri := make([][]int, n)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for _, row := range tri {
		fmt.Println(row)
	}
	grid := [][]byte{[]byte("#.#"), []byte("..."), []byte("#.#")}
	grid[1][1] = '@'
	for _, r := range grid {
		fmt.Println(string(r))
	}
	jag := [][]string{{"a"}, {}, {"b", "c"}, nil}
	fmt.Println(jag, len(jag[3]))
}
