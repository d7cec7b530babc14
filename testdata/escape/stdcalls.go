// errorcheck -0 -m -l

// Calls into the shipped standard library (tags from analysing its source), go and defer
// statements, self-assignments, ranging over maps, unsafe and //go:noescape.

package p

import (
	"fmt"
	"strings"
	"unsafe"
)

type Buf struct {
	b    []byte
	p, q *int
}

func printf(x int, s string) { // ERROR "leaking param: s$"
	fmt.Printf("%d %s\n", x, s) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$" "s escapes to heap$"
}

func println1(p *int) { // ERROR "leaking param: p$"
	fmt.Println(p) // ERROR "\.\.\. argument does not escape$"
}

func sprint(x int) string {
	return fmt.Sprint(x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}

func index(s, t string) int { // ERROR "s does not escape$" "t does not escape$"
	return strings.Index(s, t)
}

func contains(s string) bool { // ERROR "s does not escape$"
	return strings.Contains(s, "x")
}

func goArgs(p *int) { // ERROR "leaking param: p$"
	go fmt.Println(p, 1) // ERROR "1 escapes to heap$" "\.\.\. argument does not escape$"
}

func deferTop() {
	x := 1
	defer fmt.Println(x) // ERROR "x escapes to heap$" "\.\.\. argument does not escape$"
}

func deferLoop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println(i) // ERROR "i escapes to heap$" "\.\.\. argument does not escape$"
	}
}

func selfField(b *Buf) { // ERROR "b does not escape$"
	b.p = b.q // ERROR "selfField ignoring self-assignment in b\.p = b\.q$"
}

func selfSlice(b *Buf) { // ERROR "b does not escape$"
	b.b = b.b[1:] // ERROR "selfSlice ignoring self-assignment in b\.b = b\.b\[1:\]$"
}

func rangeMap(m map[*int]*int) *int { // ERROR "m does not escape$"
	for k, v := range m {
		if v != nil {
			return k
		}
	}
	return nil
}

func unsafeRound(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return (*int)(unsafe.Pointer(uintptr(unsafe.Pointer(p)) + 8))
}

//go:noescape
func external1(p *int) // ERROR "p does not escape$"

func external2(p *int) // ERROR "leaking param: p$"

func callExternal() {
	x, y := 1, 2 // ERROR "moved to heap: y$"
	external1(&x)
	external2(&y)
}

type U int

func (u *U) inc() { *u++ } // ERROR "u does not escape$"

func methodExpr() {
	var u U
	(*U).inc(&u)
}

type I interface{ M() }

type T struct{ n int }

func (T) M() {}

func devirt() {
	var i I = T{} // ERROR "T\{\} does not escape$"
	i.M() // ERROR "devirtualizing i\.M to T$"
}
