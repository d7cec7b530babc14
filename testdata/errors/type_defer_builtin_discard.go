package main

func main() {
	xs := []int{1}
	defer len(xs)
}
