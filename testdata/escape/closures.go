// errorcheck -0 -m -l

// Closures: capture by value and by reference, escaping and directly called closures.

package p

var sinkf func() int
var gp *int

func byValue() int {
	x := 1
	f := func() int { return x } // ERROR "func literal does not escape$"
	return f()
}

func byRef() int {
	x := 1
	f := func() int { x++; return x } // ERROR "func literal does not escape$"
	return f()
}

func escapingByRef() {
	x := 2 // ERROR "moved to heap: x$"
	sinkf = func() int { x++; return x } // ERROR "func literal escapes to heap$"
}

func escapingByValue() {
	x := 3
	sinkf = func() int { return x } // ERROR "func literal escapes to heap$"
}

func returned() func() int {
	y := 4 // ERROR "moved to heap: y$"
	return func() int { y++; return y } // ERROR "func literal escapes to heap$"
}

func called() {
	z := 5
	func() { z = 6 }() // ERROR "func literal does not escape$"
	_ = z
}

func addrInClosure() {
	w := 7 // ERROR "moved to heap: w$"
	func() { gp = &w }() // ERROR "func literal does not escape$"
}

func closureParam() {
	f := func(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$" "func literal does not escape$"
	v := 8 // ERROR "moved to heap: v$"
	_ = f(&v)
}

func closureLeak() {
	f := func(p *int) { gp = p } // ERROR "leaking param: p$" "func literal does not escape$"
	v := 9 // ERROR "moved to heap: v$"
	f(&v)
}

func nested() int {
	a := 10
	f := func() int { // ERROR "func literal does not escape$"
		g := func() int { a++; return a } // ERROR "func literal does not escape$"
		return g()
	}
	return f()
}
