package main

import (
	"errors"
	"fmt"
)

func try(f func()) (r interface{}) {
	defer func() { r = recover() }()
	f()
	return nil
}

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("E", e.code) }

func main() {
	fmt.Println(try(func() {}))
	fmt.Println(try(func() { panic("str") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(errors.New("err")) }))
	fmt.Println(try(func() { panic(E{7}) }))
	r := try(func() { panic(fmt.Sprintf("%d-%d", 1, 2)) })
	fmt.Printf("%v %T\n", r, r)
	r = try(func() { panic(E{8}) })
	if e, ok := r.(error); ok {
		fmt.Println("error value:", e)
	}
	fmt.Println(recover())
	func() {
		defer func() {
			fmt.Println("inner recover:", recover())
		}()
		panic("inner")
	}()
	fmt.Println("after")
}
