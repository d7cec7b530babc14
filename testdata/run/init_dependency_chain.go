package main

import "fmt"

var x1 = x2 * 2
var x2 = x3 + 1
var x3 = initX3()
var order []string

func initX3() int {
	order = append(order, "x3")
	return 10
}

var y = func() int {
	order = append(order, "y")
	return x1 + 1
}()

type T struct{ v int }

func (t T) Double() int { return t.v * 2 }

var tv = T{21}
var doubled = tv.Double()

func init() {
	order = append(order, "init")
}

func main() {
	fmt.Println(x1, x2, x3, y, doubled)
	fmt.Println(order)
}
