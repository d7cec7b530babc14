// errorcheck -0 -m -l

// Calls: static calls use the callee's tags; calls through function values leak;
// go and defer; panic; recursion.

package p

var gp *int

func id(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$"

func leak(p *int) { gp = p } // ERROR "leaking param: p$"

func none(p *int) int { return *p } // ERROR "p does not escape$"

func content(pp **int) { gp = *pp } // ERROR "leaking param content: pp$"

func c1() int {
	x := 1
	return *id(&x)
}

func c2() *int {
	x := 2 // ERROR "moved to heap: x$"
	return id(&x)
}

func c3() {
	x := 3 // ERROR "moved to heap: x$"
	leak(&x)
}

func c4() int {
	x := 4
	return none(&x)
}

func c5() {
	x := 5 // ERROR "moved to heap: x$"
	p := &x
	content(&p)
}

func indirect(f func(*int)) { // ERROR "f does not escape$"
	x := 6 // ERROR "moved to heap: x$"
	f(&x)
}

func goStmt() {
	x := 7 // ERROR "moved to heap: x$"
	go none(&x)
}

func deferStmt() {
	x := 8
	defer none(&x)
}

func deferLoop() {
	for i := 0; i < 2; i++ {
		x := i // ERROR "moved to heap: x$"
		defer none(&x)
	}
}

func panics() {
	x := 9 // ERROR "moved to heap: x$"
	panic(&x)
}

func rec1(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		return p
	}
	return rec2(p, n-1)
}

func rec2(p *int, n int) *int { // ERROR "leaking param: p$"
	return rec1(p, n)
}

type T struct{ p *int }

func (t *T) get() *int { return t.p } // ERROR "leaking param: t to result ~r0 level=1$"

func (t *T) set(p *int) { t.p = p } // ERROR "t does not escape$" "leaking param: p$"

func methods() {
	var t T
	x := 10 // ERROR "moved to heap: x$"
	t.set(&x)
	_ = t.get()
}
