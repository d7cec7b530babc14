// reflect.Value.Call (plain and variadic) and reflect.MakeFunc: results, interface
// results, and a made func run as a goroutine.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type S struct {
	A int
	B string
}

func add(a, b int) int { return a + b }

func join(sep string, xs ...string) string { return strings.Join(xs, sep) }

func main() {
	r := reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(3), reflect.ValueOf(4)})
	fmt.Println(r[0].Int())
	r = reflect.ValueOf(join).Call([]reflect.Value{reflect.ValueOf("-"), reflect.ValueOf("a"), reflect.ValueOf("b")})
	fmt.Println(r[0].String())
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var f func(S, string) (string, S)
	fv := reflect.MakeFunc(reflect.TypeOf(f), swap)
	reflect.ValueOf(&f).Elem().Set(fv)
	s, t := f(S{1, "x"}, "hello")
	fmt.Println(s, t)
	g := reflect.MakeFunc(reflect.TypeOf(func(int) interface{} { return nil }), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(S{int(in[0].Int()) * 2, "y"})}
	}).Interface().(func(int) interface{})
	for i := 0; i < 3; i++ {
		fmt.Println(g(i))
	}
	done := make(chan int)
	h := reflect.MakeFunc(reflect.TypeOf(func(int) {}), func(in []reflect.Value) []reflect.Value {
		done <- int(in[0].Int())
		return nil
	}).Interface().(func(int))
	go h(42)
	fmt.Println(<-done)
}
