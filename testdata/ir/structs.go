package p

type P struct {
	x, y int
	next *P
}

func structs() int {
	a := P{x: 1}
	b := &P{x: 2, next: &a}
	b.next.y = 3
	c := P{}
	return a.y + b.x + c.x
}
