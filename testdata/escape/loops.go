// errorcheck -0 -m -l

// Loop depth: variables declared outside a loop outlive those inside it, including
// loops made with backward goto; defer in a loop; allocations in nested loops.

package p

func outer() {
	var p *int
	for i := 0; i < 2; i++ {
		p = new(int) // ERROR "new\(int\) escapes to heap$"
	}
	_ = p
}

func inner() {
	for i := 0; i < 2; i++ {
		p := new(int) // ERROR "new\(int\) does not escape$"
		_ = p
	}
}

func nested() {
	var p *int
	for i := 0; i < 2; i++ {
		var q *int
		for j := 0; j < 2; j++ {
			x := j // ERROR "moved to heap: x$"
			q = &x
		}
		p = q
	}
	_ = p
}

func gotoLoop(n int) {
	var p *int
	i := 0
loop:
	x := i // ERROR "moved to heap: x$"
	p = &x
	i++
	if i < n {
		goto loop
	}
	_ = p
}

func rangeLoop(s []int) { // ERROR "s does not escape$"
	var p *int
	for _, v := range s {
		v := v // ERROR "moved to heap: v$"
		p = &v
	}
	_ = p
}

func deferInLoop(n int) {
	for i := 0; i < n; i++ {
		defer func() {}() // ERROR "func literal escapes to heap$"
	}
}

func deferOutside() {
	defer func() {}() // ERROR "func literal does not escape$"
}

func sliceInLoop() {
	var s []int
	for i := 0; i < 2; i++ {
		s = make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap$"
	}
	_ = s
}

func sliceInLoopLocal() {
	for i := 0; i < 2; i++ {
		s := make([]int, 4) // ERROR "make\(\[\]int, 4\) does not escape$"
		_ = s
	}
}

func labeled() {
	var p *int
outer:
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			x := i + j // ERROR "moved to heap: x$"
			p = &x
			continue outer
		}
	}
	_ = p
}
