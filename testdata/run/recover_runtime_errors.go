package main

import (
	"fmt"
	"runtime"
)

func catch(name string, f func()) {
	defer func() {
		r := recover()
		err, isRuntime := r.(runtime.Error)
		if isRuntime {
			fmt.Printf("%s: runtime.Error %q\n", name, err.Error())
		} else {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

type I interface{ M() }

func main() {
	var s []int
	var m map[string]int
	var p *struct{ x int }
	var i interface{} = "str"
	var e interface{}
	zero := 0
	n := -1
	arr := [3]int{}
	idx := 5
	catch("index", func() { _ = s[3] })
	catch("index array", func() { _ = arr[idx] })
	catch("index string", func() { _ = "abc"[idx] })
	catch("slice", func() { _ = s[1:] })
	catch("slice2", func() { x := []int{1, 2, 3}; _ = x[2:idx] })
	catch("slice3", func() { x := []int{1, 2, 3}; _ = x[idx-3 : 1] })
	catch("slice cap", func() { x := make([]int, 2, 4); _ = x[:idx] })
	catch("slice3idx", func() { x := make([]int, 2, 4); _ = x[0:1:idx] })
	catch("string slice", func() { _ = "hello"[idx+1:] })
	catch("nil map", func() { m["a"] = 1 })
	catch("nil deref", func() { p.x = 1 })
	catch("div", func() { _ = 1 / zero })
	catch("mod", func() { _ = 1 % zero })
	catch("assert", func() { _ = i.(int) })
	catch("assert iface", func() { _ = i.(I) })
	catch("assert nil", func() { _ = e.(string) })
	catch("makeslice", func() { _ = make([]int, n) })
	catch("makeslice cap", func() { _ = make([]int, 2, idx-4) })
	catch("shift", func() { _ = 1 << n })
	catch("custom", func() { panic("custom") })
	catch("array ptr", func() { _ = (*[4]int)(s) })
	catch("uncomparable", func() { a, b := interface{}([]int{}), interface{}([]int{}); _ = a == b })
	catch("unhashable", func() { mm := map[interface{}]int{}; mm[[]int{}] = 1 })
	catch("nil func", func() { var f func(); f() })
	fmt.Println("survived")
}
