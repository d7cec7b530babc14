package main

import "fmt"

var x = "global"

func main() {
	fmt.Println(x)
	x := "local"
	fmt.Println(x)
	{
		x := 42
		fmt.Println(x)
		x++
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 3.5; x > 3 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println(y)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop", x)
	}
	err := fmt.Errorf("outer")
	if true {
		_, err := fmt.Println("inner print")
		_ = err
	}
	fmt.Println(err)
	len := 3
	fmt.Println(len)
}
