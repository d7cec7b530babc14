// errorcheck -0 -m -l

// Composite literals, arrays, nested structs, slices of pointers, maps of structs,
// closures over loop variables, interface values holding pointers.

package p

var sink interface{}
var gs []*int

type Pt struct{ X, Y int }

type Box struct {
	p   *Pt
	arr [4]*int
	s   []*int
}

func lit1() Pt {
	p := &Pt{1, 2} // ERROR "&Pt\{\.\.\.\} does not escape$"
	return *p
}

func lit2() *Pt {
	return &Pt{3, 4} // ERROR "&Pt\{\.\.\.\} escapes to heap$"
}

func lit3() {
	sink = &Pt{5, 6} // ERROR "&Pt\{\.\.\.\} escapes to heap$"
}

func lit4() {
	sink = Pt{7, 8} // ERROR "Pt\{\.\.\.\} escapes to heap$"
}

func nested1() *Box {
	return &Box{p: &Pt{}} // ERROR "&Box\{\.\.\.\} escapes to heap$" "&Pt\{\} escapes to heap$"
}

func nested2() int {
	b := Box{p: &Pt{}} // ERROR "&Pt\{\} does not escape$"
	return b.p.X
}

func arrays1() *int {
	x := 1 // ERROR "moved to heap: x$"
	b := Box{}
	b.arr[0] = &x
	return b.arr[1]
}

func arrays2() {
	x := 2 // ERROR "moved to heap: x$"
	var a [3]*int // ERROR "moved to heap: a$"
	a[0] = &x
	gs = a[:]
}

func slices1() {
	x := 3 // ERROR "moved to heap: x$"
	s := []*int{&x} // ERROR "\[\]\*int\{\.\.\.\} escapes to heap$"
	gs = s
}

func slices2() int {
	x := 4
	s := []*int{&x} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	return *s[0]
}

func maps1() map[string]Pt {
	return map[string]Pt{"a": {1, 2}} // ERROR "map\[string\]Pt\{\.\.\.\} escapes to heap$"
}

func maps2() int {
	m := map[string]*Pt{} // ERROR "map\[string\]\*Pt\{\} does not escape$"
	m["a"] = &Pt{} // ERROR "&Pt\{\} escapes to heap$"
	return len(m)
}

func loopClosure() {
	var fs []func() int
	for i := 0; i < 3; i++ { // ERROR "moved to heap: i$"
		fs = append(fs, func() int { return i }) // ERROR "func literal escapes to heap$"
	}
	_ = fs
}

func loopClosure2() int {
	s := 0
	for i := 0; i < 3; i++ {
		f := func() { s += i } // ERROR "func literal does not escape$"
		f()
	}
	return s
}

func ifacePtr() {
	p := &Pt{} // ERROR "&Pt\{\} does not escape$"
	var i interface{} = p
	_ = i
}

func ifaceEsc() {
	p := &Pt{} // ERROR "&Pt\{\} escapes to heap$"
	sink = p
}

func ifaceSlice() {
	xs := []interface{}{1, "a", Pt{}} // ERROR "\[\]interface \{\}\{\.\.\.\} does not escape$" "1 does not escape$" ".a. does not escape$" "Pt\{\} does not escape$"
	_ = xs
}

func ifaceSliceEsc() {
	xs := []interface{}{1, "a", Pt{}} // ERROR "\[\]interface \{\}\{\.\.\.\} escapes to heap$" "1 escapes to heap$" ".a. escapes to heap$" "Pt\{\} escapes to heap$"
	sink = xs // ERROR "xs escapes to heap$"
}

func structParam(b Box) *Pt { // ERROR "leaking param: b to result ~r0 level=0$"
	return b.p
}

func structPtrParam(b *Box) []*int { // ERROR "leaking param: b to result ~r0 level=1$"
	return b.s
}

func appendEsc(b *Box) { // ERROR "leaking param content: b$"
	x := 5 // ERROR "moved to heap: x$"
	b.s = append(b.s, &x)
}
