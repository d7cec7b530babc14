// errorcheck -0 -m -l

// Leak levels, multiple results, content leaks, conversions, channels, select, panic,
// recover, method values and size limits.

package p

var sink interface{}
var gpp **int
var gp *int

type Node struct {
	next *Node
	val  *int
}

func level0(p *int) (*int, *int) { // ERROR "leaking param: p to result ~r1 level=0$"
	return nil, p
}

func level1(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return *pp
}

func level2(ppp ***int) *int { // ERROR "leaking param: ppp to result ~r0 level=2$"
	return **ppp
}

func content1(n *Node) { // ERROR "leaking param content: n$"
	gp = n.val
}

func content2(n *Node) *Node { // ERROR "leaking param: n to result ~r0 level=1$"
	return n.next
}

func walk(n *Node) int { // ERROR "n does not escape$"
	c := 0
	for ; n != nil; n = n.next {
		c++
	}
	return c
}

func build() *Node {
	a := &Node{} // ERROR "&Node\{\} escapes to heap$"
	b := &Node{next: a} // ERROR "&Node\{\.\.\.\} escapes to heap$"
	return b
}

func local() int {
	a := &Node{} // ERROR "&Node\{\} does not escape$"
	b := &Node{next: a} // ERROR "&Node\{\.\.\.\} does not escape$"
	return walk(b)
}

func bytes1(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	return len(b)
}

func bytes2(s string) []byte { // ERROR "s does not escape$"
	return []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func str1(b []byte) string { // ERROR "b does not escape$"
	return string(b) // ERROR "string\(b\) escapes to heap$"
}

func str2(b []byte) int { // ERROR "b does not escape$"
	s := string(b) // ERROR "string\(b\) does not escape$"
	return len(s)
}

func runes(s string) int { // ERROR "s does not escape$"
	r := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape$"
	return len(r)
}

func chan1() {
	c := make(chan int)
	close(c)
}

func chan2(p *int) { // ERROR "leaking param: p$"
	c := make(chan *int, 1)
	select {
	case c <- p:
	default:
	}
}

func panics(p *int) { // ERROR "p does not escape$"
	if p == nil {
		panic("nil") // ERROR ".nil. escapes to heap$"
	}
}

func recovers() (r interface{}) {
	defer func() { // ERROR "func literal does not escape$"
		r = recover()
	}()
	return nil
}

type C struct{ n int }

func (c *C) get() int { return c.n } // ERROR "c does not escape$"

func methodValue() int {
	c := &C{} // ERROR "&C\{\} does not escape$"
	f := c.get // ERROR "c\.get does not escape$"
	return f()
}

func methodValueEscapes() {
	c := &C{} // ERROR "&C\{\} escapes to heap$"
	sink = c.get // ERROR "c\.get escapes to heap$"
}

func sizes() {
	var small [100]int
	big := make([]byte, 1<<20) // ERROR "make\(\[\]byte, 1 << 20\) escapes to heap$"
	var huge [2 << 20]int // ERROR "moved to heap: huge$"
	_, _, _ = small, big, huge
}

func newSizes() {
	p := new([1 << 16]byte) // ERROR "new\(\[65536\]byte\) does not escape$"
	q := new([1 << 17]byte) // ERROR "new\(\[131072\]byte\) escapes to heap$"
	_, _ = p, q
}

func twoResults(p, q *int) (a, b *int) { // ERROR "leaking param: p to result b level=0$" "leaking param: q to result a level=0$"
	a, b = q, p
	return
}

func swap() {
	x, y := 1, 2 // ERROR "moved to heap: y$"
	a, b := twoResults(&x, &y) // ERROR "moved to heap: a$"
	gpp = &a
	_ = b
}
