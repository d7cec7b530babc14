package main

import "fmt"

type Matrix [][]float64

func newMatrix(n int, f func(i, j int) float64) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		for j := range m[i] {
			m[i][j] = f(i, j)
		}
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	n := len(a)
	return newMatrix(n, func(i, j int) float64 {
		s := 0.0
		for k := 0; k < n; k++ {
			s += a[i][k] * b[k][j]
		}
		return s
	})
}

func main() {
	n := 40
	a := newMatrix(n, func(i, j int) float64 { return float64(i-j) / float64(n) })
	b := newMatrix(n, func(i, j int) float64 { return float64(i*j%7) + 0.5 })
	c := a.Mul(b).Mul(a)
	trace := 0.0
	for i := 0; i < n; i++ {
		trace += c[i][i]
	}
	fmt.Printf("%.6f %.6f %.6f\n", trace, c[3][17], c[n-1][0])
	id := newMatrix(3, func(i, j int) float64 {
		if i == j {
			return 1
		}
		return 0
	})
	fmt.Println(id.Mul(id))
}
