package main

import "fmt"

type T struct{ Name string }

func escapeAnalysis(arg T) (*T, bool) {
	l1 := arg
	l1.Name = "Golang"
	l2 := &l1
	l3 := *l2
	return &l3, arg.Name == "Java"
}

func main() {
	p, isJava := escapeAnalysis(T{"Java"})
	fmt.Println(p.Name, isJava)
	q, isJava2 := escapeAnalysis(T{"Rust"})
	fmt.Println(q.Name, isJava2, p != q)
	q.Name = "changed"
	fmt.Println(p.Name, q.Name)
}
