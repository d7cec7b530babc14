package main

func f() {}

func f() {}

var v int
var v string

func main() {
}
