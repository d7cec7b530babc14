// Checks panics recovered inside goroutines: each goroutine converts its own panic
// (a string, an error, a runtime error, a custom type) into a result value, and the
// program carries on normally.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type code int

func (c code) String() string { return fmt.Sprintf("code(%d)", int(c)) }

func safely(name string, f func(), out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				out <- fmt.Sprintf("%s: error %v", name, v)
			case fmt.Stringer:
				out <- fmt.Sprintf("%s: stringer %v", name, v)
			default:
				out <- fmt.Sprintf("%s: %T %v", name, v, v)
			}
			return
		}
		out <- name + ": no panic"
	}()
	f()
}

func main() {
	out := make(chan string, 10)
	var wg sync.WaitGroup
	var m map[string]int
	var arr []int
	tasks := map[string]func(){
		"string":  func() { panic("plain string") },
		"error":   func() { panic(errors.New("an error value")) },
		"index":   func() { _ = arr[5] },
		"nilmap":  func() { m["x"] = 1 },
		"custom":  func() { panic(code(42)) },
		"divide":  func() { a, b := 1, 0; _ = a / b },
		"fine":    func() {},
		"integer": func() { panic(7) },
	}
	for name, f := range tasks {
		wg.Add(1)
		go safely(name, f, out, &wg)
	}
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
