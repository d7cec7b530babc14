package p

// Function literals called where they are written print as `(func literal)(args)`,
// also when the literal spans several lines; the statement around them prints on one line.

var sink interface{}

func callOnOneLine() {
	x := 0
	sink = func(p *int) *int { return p }(&x)
}

func callStatement() {
	x := 0
	func(p *int) { sink = p }(&x)
}

func callOverLines() {
	y := 0
	z := func(p *int) *int {
		return p
	}(&y)
	sink = z
}

func assignOverLines(a, b *int) {
	sink = pair(
		a,
		b,
	)
}

func pair(a, b *int) *int { return b }

func deferInLoop(n int) {
	for i := 0; i < n; i++ {
		v := i
		fn := func() {
			println(v)
		}
		defer fn()
	}
}
