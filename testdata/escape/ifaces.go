// errorcheck -0 -m -l

// Interface conversions, method calls through interfaces, type assertions.

package p

var sink interface{}

type I interface{ M() }

type T struct{ p *int }

func (t T) M() {} // ERROR "t does not escape$"

type P struct{ n int }

func (p *P) M() {} // ERROR "p does not escape$"

func box1(x int) {
	sink = x // ERROR "x escapes to heap$"
}

func box2(x int) interface{} {
	return x // ERROR "x escapes to heap$"
}

func box3() {
	var i interface{} = 42 // ERROR "42 does not escape$"
	_ = i
}

func box4(p *int) { // ERROR "leaking param: p$"
	sink = p
}

func box5(t T) { // ERROR "t does not escape$"
	var i I = t
	i.M() // ERROR "devirtualizing i\.M to T$"
}

func box6() {
	p := &P{} // ERROR "&P\{\} does not escape$"
	var i I = p
	i.M() // ERROR "devirtualizing i\.M to \*P$"
}

func assert1(i interface{}) *int { // ERROR "leaking param: i to result ~r0 level=0$"
	return i.(*int)
}

func assert2(i interface{}) int { // ERROR "i does not escape$"
	return i.(int)
}

func local1() {
	var x int
	var i interface{} = &x
	_ = i
}

func str1(s string) { // ERROR "leaking param: s$"
	sink = s // ERROR "s escapes to heap$"
}
