package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Point struct{ X, Y int }
type Handler func(string) error
type Stack []int
type IntMap map[string]int

func main() {
	vals := []interface{}{
		1, int8(1), uint16(1), int64(1), uintptr(1), 1.5, float32(1.5), 2i, complex64(2i),
		"s", 'r', byte('b'), true, nil,
		[]int{}, [3]string{}, map[string]bool{}, &Point{}, Point{}, []*Point{},
		Celsius(1), Handler(nil), Stack{}, IntMap{}, errors.New("x"),
		func(int) string { return "" }, make(chan int), struct{ A int }{}, new(interface{}),
		[]interface{}{}, map[Point][]Celsius{}, (*int)(nil), fmt.Errorf("w %w", errors.New("i")),
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
}
