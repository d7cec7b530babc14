// errorcheck -0 -m -l

// Locals, address-of, loads and stores through pointers, loops, results.

package p

var sink interface{}
var gp *int

type S struct {
	a, b *int
	n    int
}

func ret1() *int {
	x := 1 // ERROR "moved to heap: x$"
	return &x
}

func ret2() int {
	x := 1
	p := &x
	return *p
}

func param1(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func param2(p *int) int { // ERROR "p does not escape$"
	return *p
}

func param3(p *int) { // ERROR "leaking param: p$"
	gp = p
}

func param4(pp **int) { // ERROR "leaking param content: pp$"
	gp = *pp
}

func param5(p, q *int) (*int, *int) { // ERROR "leaking param: p to result ~r1 level=0$" "leaking param: q to result ~r0 level=0$"
	return q, p
}

func param6(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return *pp
}

func named(p *int) (r *int) { // ERROR "leaking param: p to result r level=0$"
	r = p
	return
}

func loop1() {
	var p *int
	for i := 0; i < 3; i++ {
		x := i // ERROR "moved to heap: x$"
		p = &x
	}
	_ = p
}

func loop2() {
	for i := 0; i < 3; i++ {
		x := i
		p := &x
		_ = p
	}
}

func field1() *int {
	var s S
	y := 2 // ERROR "moved to heap: y$"
	s.a = &y
	return s.a
}

func field2(s *S) *int { // ERROR "leaking param: s to result ~r0 level=1$"
	return s.b
}

func field3(s S) *int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s.a
}

func store1(s *S) { // ERROR "s does not escape$"
	z := 3 // ERROR "moved to heap: z$"
	s.a = &z
}

func global1() {
	x := 4 // ERROR "moved to heap: x$"
	gp = &x
}

func newer() *int {
	p := new(int) // ERROR "new\(int\) escapes to heap$"
	q := new(int) // ERROR "new\(int\) does not escape$"
	*q = *p
	return p
}

func lit1() *S {
	return &S{n: 1} // ERROR "&S\{\.\.\.\} escapes to heap$"
}

func lit2() int {
	s := &S{n: 2} // ERROR "&S\{\.\.\.\} does not escape$"
	return s.n
}

func deep(p ***int) **int { // ERROR "leaking param: p to result ~r0 level=1$"
	return *p
}

func arr1() *int {
	var a [4]int // ERROR "moved to heap: a$"
	return &a[1]
}

func arr2() int {
	var a [4]int
	p := &a[2]
	return *p
}

func big() {
	var a [11 << 20]byte // ERROR "moved to heap: a$"
	a[0] = 1
	_ = a
}

func call1() *int {
	x := 5 // ERROR "moved to heap: x$"
	return param1(&x)
}

func call2() int {
	x := 6
	return param2(&x)
}

func call3() {
	x := 7 // ERROR "moved to heap: x$"
	param3(&x)
}

func call4() {
	x := 8 // ERROR "moved to heap: x$"
	p := &x
	param4(&p)
}
