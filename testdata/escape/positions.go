// errorcheck -0 -m -l

// Where gc reports an implicit interface conversion. gc 1.19 builds its IR with a global
// "current position" that every non-constant expression it visits moves to and nothing
// moves back; a conversion made afterwards is placed there. So in an append, a send, a
// panic, an assignment, a declaration or a map index the conversion is reported at the
// last non-constant operand visited (possibly deep inside the converted literal, or
// inside a function literal's body), while call arguments, return values and literal
// elements are placed at their own node (a name keeps the previous position). The
// columns are checked against gc's exact output by compiler/escape/positions.test.ts
// (positions.out); the annotations here check the lines and messages.

package p

type C struct {
	R float64
	N int
	F func() int
	I interface{}
	P *int
}

func (c C) Area() float64 { return c.R } // ERROR "c does not escape$"

type S interface{ Area() float64 }

var shapes []S
var sink interface{}

func appends(j int, s []int, x interface{}, d C, p *float64) { // ERROR "s does not escape$" "x does not escape$" "leaking param: d$" "p does not escape$"
	var l []S
	l = append(l, C{R: float64(j) / 2}) // ERROR "C\{\.\.\.\} escapes to heap$"
	l = append(l, C{R: 1})              // ERROR "C\{\.\.\.\} escapes to heap$"
	l = append(l, d)                    // ERROR "d escapes to heap$"
	l = append(l, d, C{R: 2})           // ERROR "d escapes to heap$" "C\{\.\.\.\} escapes to heap$"
	l = append(l, C{R: float64(j)}, d)  // ERROR "C\{\.\.\.\} escapes to heap$" "d escapes to heap$"
	l = append(l, C{R: float64(j + 1)}) // ERROR "C\{\.\.\.\} escapes to heap$"
	l = append(l, C{R: 1 + float64(j)}) // ERROR "C\{\.\.\.\} escapes to heap$"
	l = append(l, C{R: d.R})            // ERROR "C\{\.\.\.\} escapes to heap$"
	l = append(l, C{R: half(j)})        // ERROR "C\{\.\.\.\} escapes to heap$"
	l = append(l, C{N: len(s)})         // ERROR "C\{\.\.\.\} escapes to heap$"
	l = append(l, C{R: x.(float64)})    // ERROR "C\{\.\.\.\} escapes to heap$"
	l = append(l, C{R: *p})             // ERROR "C\{\.\.\.\} escapes to heap$"
	l = append(l, C{N: s[j]})           // ERROR "C\{\.\.\.\} escapes to heap$"
	l = append(l, C{N: len(s[1:j])})    // ERROR "C\{\.\.\.\} escapes to heap$"
	l = append(l, C{N: -j})             // ERROR "C\{\.\.\.\} escapes to heap$"
	l = append(l, C{N: j, R: 2})        // ERROR "C\{\.\.\.\} escapes to heap$"
	l = append(l, C{I: j})              // ERROR "C\{\.\.\.\} escapes to heap$" "j escapes to heap$"
	shapes = l
}

func half(j int) float64 { return float64(j) / 2 }

func closures(j int, s []int, x interface{}) { // ERROR "leaking param: s$" "leaking param: x$"
	var l []S
	l = append(l, C{F: func() int { return j + 1 }}) // ERROR "C\{\.\.\.\} escapes to heap$" "func literal escapes to heap$"
	l = append(l, C{F: func() int { return 1 }})     // ERROR "C\{\.\.\.\} escapes to heap$" "func literal escapes to heap$"
	l = append(l, C{F: func() int {                  // ERROR "func literal escapes to heap$"
		for i := range s {
			if s[i] > j {
				return i
			}
		}
		switch y := x.(type) {
		case int:
			return y // ERROR "C\{\.\.\.\} escapes to heap$"
		}
		return 0
	}})
	l = append(l, C{F: func() int { // ERROR "func literal escapes to heap$"
		var k = s[0]
		return k // ERROR "C\{\.\.\.\} escapes to heap$"
	}})
	l = append(l, C{F: func() int { // ERROR "func literal escapes to heap$"
		for i := 0; i < j; i++ {
			s[i] = 1 // ERROR "C\{\.\.\.\} escapes to heap$"
		}
		return 1
	}})
	shapes = l
}

func panics(j int, d C) { // ERROR "leaking param: d$"
	if j > 0 {
		panic(C{R: float64(j)}) // ERROR "C\{\.\.\.\} escapes to heap$"
	}
	panic(d) // ERROR "d escapes to heap$"
}

func sends(j int, ch chan S, d C) { // ERROR "ch does not escape$" "leaking param: d$"
	ch <- C{R: float64(j)} // ERROR "C\{\.\.\.\} escapes to heap$"
	ch <- d                // ERROR "d escapes to heap$"
	ch <- C{R: 1}          // ERROR "C\{\.\.\.\} escapes to heap$"
	select {
	case ch <- C{N: j + 1}: // ERROR "C\{\.\.\.\} escapes to heap$"
	case ch <- d: // ERROR "d escapes to heap$"
	}
}

type T struct{ f interface{} }

func assigns(j int, d C, a []T, pt *T) { // ERROR "leaking param: d$" "a does not escape$" "pt does not escape$"
	var s S = C{R: float64(j)} // ERROR "C\{\.\.\.\} escapes to heap$"
	sink = s
	sink = C{R: float64(j)}           // ERROR "C\{\.\.\.\} escapes to heap$"
	sink = d                          // ERROR "d escapes to heap$"
	sink = C{R: 3}                    // ERROR "C\{\.\.\.\} escapes to heap$"
	a[j].f = d                        // ERROR "d escapes to heap$"
	a[0].f = C{N: j}                  // ERROR "C\{\.\.\.\} escapes to heap$"
	pt.f = d                          // ERROR "d escapes to heap$"
	var e, g interface{} = d, C{N: j} // ERROR "d escapes to heap$" "C\{\.\.\.\} escapes to heap$"
	sink, sink = e, g
}

func literals(j int, d C) { // ERROR "leaking param: d$"
	sink = []interface{}{d, j, C{N: j}}                 // ERROR "\[\]interface \{\}\{\.\.\.\} escapes to heap$" "d escapes to heap$" "j escapes to heap$" "C\{\.\.\.\} escapes to heap$"
	sink = map[string]interface{}{"a": d, "b": C{N: j}} // ERROR "map\[string\]interface \{\}\{\.\.\.\} escapes to heap$" "d escapes to heap$" "C\{\.\.\.\} escapes to heap$"
	sink = T{d}                                         // ERROR "T\{\.\.\.\} escapes to heap$" "d escapes to heap$"
	sink = T{f: d}                                      // ERROR "T\{\.\.\.\} escapes to heap$" "d escapes to heap$"
}

func returns(j int, d C) (interface{}, interface{}) { // ERROR "leaking param: d$"
	if j > 0 {
		return 5, d // ERROR "5 escapes to heap$" "d escapes to heap$"
	}
	return d, C{N: j} // ERROR "d escapes to heap$" "C\{\.\.\.\} escapes to heap$"
}

func maps(m map[interface{}]int, j int, d C) { // ERROR "m does not escape$" "leaking param: d$"
	m[d] = 1                     // ERROR "d escapes to heap$"
	m[C{N: j}] = 2               // ERROR "C\{\.\.\.\} escapes to heap$"
	delete(m, C{N: j})           // ERROR "C\{\.\.\.\} does not escape$"
	_ = m[C{N: j}]               // ERROR "C\{\.\.\.\} does not escape$"
	delete(m, d)                 // ERROR "d does not escape$"
	_, ok := m[C{R: float64(j)}] // ERROR "C\{\.\.\.\} does not escape$"
	_ = ok
}

func g(a ...interface{}) {} // ERROR "a does not escape$"

func calls(j int, d C) { // ERROR "leaking param: d$"
	g(d, 1, d)          // ERROR "\.\.\. argument does not escape$" "d does not escape$" "1 does not escape$"
	g(1, d, calls)      // ERROR "\.\.\. argument does not escape$" "1 does not escape$" "d does not escape$"
	defer g(d, C{N: j}) // ERROR "d does not escape$" "C\{\.\.\.\} does not escape$" "\.\.\. argument does not escape$"
	go g(C{N: j}, d)    // ERROR "C\{\.\.\.\} escapes to heap$" "d escapes to heap$" "\.\.\. argument does not escape$"
}
