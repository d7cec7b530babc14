package main

import "fmt"

func main() {
	rows := []struct {
		name  string
		qty   int
		price float64
	}{{"apple", 3, 0.5}, {"banana", 12, 0.25}, {"cherry", 100, 12.125}}
	fmt.Printf("%-10s|%5s|%8s\n", "item", "qty", "price")
	for _, r := range rows {
		fmt.Printf("%-10s|%5d|%8.2f\n", r.name, r.qty, r.price)
	}
	fmt.Printf("[%6.2v][%-8v][%08v][%+v]\n", 3.14159, "ab", 42, -3)
	fmt.Printf("[%x][%#08x][%-#8x][% 5d][%+05d]\n", -42, 42, 42, 42, -42)
	fmt.Printf("[%3c][%-3c][%05s][%.1s]\n", 'a', 'b', "z", "日本")
	fmt.Printf("[%v][%6v][%-6v]\n", []int{1, 22}, []int{1, 22}, []string{"a"})
	fmt.Printf("[%5t][%-6t]\n", true, false)
	fmt.Printf("[%10.3e][%-12g][%+.2e]\n", 1234.5678, 0.000012, -5.0)
	fmt.Printf("[%05.1f][%-07.2f][%+07.1f]\n", -2.5, 3.14159, 9.99)
}
