package p

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Move(dx int) { p.X += dx }

func methods() int {
	p := Point{1, 2}
	p.Move(3)
	q := &p
	q.Move(1)
	return p.Sum() + q.Sum()
}
