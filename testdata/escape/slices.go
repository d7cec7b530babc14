// errorcheck -0 -m -l

// Slices, make, append, copy, maps, channels, variadic arguments.

package p

var gs []*int
var gi []int

func mk1() {
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape$"
	s[0] = 1
}

func mk2(n int) {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	s[0] = 1
}

func mk3() []int {
	return make([]int, 10) // ERROR "make\(\[\]int, 10\) escapes to heap$"
}

func mk4() {
	s := make([]int, 100000) // ERROR "make\(\[\]int, 100000\) escapes to heap$"
	_ = s
}

func mk5() {
	s := make([]int, 10, 20) // ERROR "make\(\[\]int, 10, 20\) escapes to heap$"
	gi = s
}

func lit1() int {
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	return s[0]
}

func lit2() []int {
	return []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
}

func app1(s []*int) []*int { // ERROR "leaking param content: s$" "leaking param: s to result ~r0 level=0$"
	x := 1 // ERROR "moved to heap: x$"
	return append(s, &x)
}

func app2(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return append(s, 1)
}

func app3(s, t []*int) []*int { // ERROR "leaking param content: s$" "leaking param: s to result ~r0 level=0$" "leaking param content: t$"
	return append(s, t...)
}

func cp1(dst, src []*int) { // ERROR "dst does not escape$" "leaking param content: src$"
	copy(dst, src)
}

func cp2(dst, src []int) { // ERROR "dst does not escape$" "src does not escape$"
	copy(dst, src)
}

func sl1(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:]
}

func sl2() int {
	var a [8]int
	s := a[:]
	return s[0]
}

func sl3() []int {
	var a [8]int // ERROR "moved to heap: a$"
	return a[:]
}

func maps1() {
	m := make(map[int]int) // ERROR "make\(map\[int\]int\) does not escape$"
	m[1] = 2
}

func maps2(k, v *int) { // ERROR "leaking param: k$" "leaking param: v$"
	m := make(map[*int]*int) // ERROR "make\(map\[\*int\]\*int\) does not escape$"
	m[k] = v
}

func maps3(m map[int]*int) *int { // ERROR "m does not escape$"
	return m[1]
}

func chans1(p *int) { // ERROR "leaking param: p$"
	c := make(chan *int, 1)
	c <- p
}

func chans2(c chan *int) *int { // ERROR "c does not escape$"
	return <-c
}

func vararg(xs ...*int) int { // ERROR "xs does not escape$"
	return len(xs)
}

func varargLeak(xs ...*int) { // ERROR "leaking param: xs$"
	gs = xs
}

func callVararg() {
	a, b := 1, 2
	_ = vararg(&a, &b) // ERROR "\.\.\. argument does not escape$"
}

func callVarargLeak() {
	a := 3 // ERROR "moved to heap: a$"
	varargLeak(&a) // ERROR "\.\.\. argument escapes to heap$"
}
