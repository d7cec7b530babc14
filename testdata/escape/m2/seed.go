// The seed program of issue 4, for gc's -m=2 explanations. seed.out is what Go 1.19
// printed for `go tool compile -p p -o gc.o -m=2 -l seed.go` (compiler/escape/explain.test.ts).

package main

type T struct{ Name string }

func escapeAnalysis(arg T) (*T, bool) {
	l1 := arg
	l1.Name = "Golang"
	l2 := &l1
	l3 := *l2
	return &l3, arg.Name == "Java"
}

func GetT() **T {
	var t T
	l1 := &t
	l2 := &l1
	r3 := l1
	r4 := &r3
	var l4 **T
	l4 = l2
	l4 = r4
	return l4
}

func main() {
	s := make([]int, 19999999999999)
	s[0] = 1
}
