package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func modify(xs ...int) { xs[0] = 999 }

func count(args ...interface{}) int { return len(args) }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	modify(nums...)
	fmt.Println(nums)
	fmt.Println(join("-"), join("-", "a"), join(", ", "a", "b", "c"))
	fmt.Println(count(), count(nil), count(1, "a", nil), count([]interface{}{1, 2}...), count([]interface{}{1, 2}))
}
