package main

func main() {
	var s []int = map[string]int{}
	_ = s
}
