package main

func main() {
	xs := []int{1, 2, 3}
	println(xs[-1])
}
