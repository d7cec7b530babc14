package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64      { return 3.14159 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * 3.14159 * c.R }
func (s *Square) Area() float64     { return s.S * s.S }
func (s *Square) Perimeter() float64 { return 4 * s.S }

type Named interface {
	Shape
	Name() string
}

var errEmpty = errors.New("empty")

func largest(shapes []Shape) (Shape, error) {
	if len(shapes) == 0 {
		return nil, errEmpty
	}
	best := shapes[0]
	for _, s := range shapes[1:] {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return best, nil
}

func main() {
	shapes := []Shape{Circle{1}, &Square{2}}
	s, err := largest(shapes)
	if err != nil {
		fmt.Println(err)
		return
	}
	if c, ok := s.(Circle); ok {
		fmt.Println("circle", c.R)
	}
	var any interface{} = s
	_, isNamed := any.(Named)
	fmt.Println(s.Area(), isNamed)
}
