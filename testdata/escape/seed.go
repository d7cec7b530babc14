// errorcheck -0 -m -l

// The seed cases of issue 4: what gc 1.19 says about them, as Go's test/run.go
// checks it. minigo errorcheck and the real `go tool compile -m -l` both pass this file.

package p

type T struct{ Name string }

func escapeAnalysis(arg T) (*T, bool) { // ERROR "leaking param: arg$"
	l1 := arg
	l1.Name = "Golang"
	l2 := &l1
	l3 := *l2 // ERROR "moved to heap: l3$"
	return &l3, arg.Name == "Java"
}

func GetT() **T {
	var t T   // ERROR "moved to heap: t$"
	l1 := &t  // ERROR "moved to heap: l1$"
	l2 := &l1
	r3 := l1 // ERROR "moved to heap: r3$"
	r4 := &r3
	var l4 **T
	l4 = l2
	l4 = r4
	return l4
}

func main() {
	s := make([]int, 19999999999999) // ERROR "make\(\[\]int, 19999999999999\) escapes to heap$"
	s[0] = 1
}
