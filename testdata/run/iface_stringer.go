package main

import (
	"fmt"
	"strconv"
)

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

type Pair struct {
	K string
	V Celsius
}

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return "ptr#" + strconv.Itoa(p.n) }

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return "Color(" + strconv.Itoa(int(c)) + ")"
}

func main() {
	c := Celsius(21.5)
	fmt.Println(c)
	fmt.Printf("%v %s %.3f %d\n", c, c, c, Green)
	fmt.Println(Pair{"t", 3})
	fmt.Printf("%+v\n", Pair{"t", 3})
	fmt.Println([]Celsius{1, 2}, map[string]Color{"a": Blue})
	v := PtrStringer{7}
	fmt.Println(v, &v)
	fmt.Println(Red, Blue, []Color{Green, 5})
	fmt.Printf("%x %q\n", Green, Red)
}
