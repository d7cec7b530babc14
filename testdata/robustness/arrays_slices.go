package main

import "fmt"

type Matrix [3][3]float64

func (m *Matrix) Identity() {
	for i := range m {
		for j := range m[i] {
			if i == j {
				m[i][j] = 1
			} else {
				m[i][j] = 0
			}
		}
	}
}

func sum(xs ...int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}

func main() {
	var m Matrix
	m.Identity()
	a := [...]int{1, 2, 3, 4, 5}
	s := a[1:4]
	s = append(s, 10)
	t := s[:2:3]
	u := make([]int, len(t), 8)
	copy(u, t)
	fmt.Println(m[1][1], a, s, t, u, cap(t), sum(a[:]...), sum())
	grid := [][]byte{[]byte("ab"), []byte("cd")}
	grid[0][1] = 'z'
	fmt.Println(string(grid[0]))
}
