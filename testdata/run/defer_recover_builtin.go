// `defer recover()`: the builtin deferred directly. It recovers when the function that
// deferred it runs its defers on the way out of a panic's deferred call, and is a no-op
// when the panic itself runs it.
package main

import "fmt"

func check(label string) {
	if r := recover(); r != nil {
		fmt.Println(label, "recovered", r)
	} else {
		fmt.Println(label, "nothing to recover")
	}
}

func outOfDeferredCall() {
	defer check("after")
	defer func() {
		defer recover() // runs as this func returns: stops the panic that called it
		fmt.Println("deferred call runs")
	}()
	panic("first")
}

func underNewPanic() {
	defer check("after")
	defer func() {
		defer func() { check("inner") }()
		defer recover() // run by the panic of "second": recovers nothing
		panic("second")
	}()
	panic("first")
}

func inPlainCall() {
	defer recover() // no panic is running: nothing happens
	fmt.Println("plain call")
}

func main() {
	outOfDeferredCall()
	underNewPanic()
	inPlainCall()
	fmt.Println("done")
}
