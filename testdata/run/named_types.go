package main

import "fmt"

type Meters float64
type Feet float64
type ID int64
type Names []string
type Table map[string]int

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }
func (n Names) Len() int      { return len(n) }
func (t Table) Total() int {
	s := 0
	for _, v := range t {
		s += v
	}
	return s
}

type Alias = int

func main() {
	m := Meters(100)
	fmt.Printf("%.2f %T\n", m.ToFeet(), m.ToFeet())
	var id ID = 1 << 40
	fmt.Println(id+1, int64(id)/2)
	names := Names{"a", "b"}
	names = append(names, "c")
	fmt.Println(names.Len(), names)
	t := Table{"x": 1, "y": 2}
	fmt.Println(t.Total())
	var a Alias = 5
	var i int = a
	fmt.Printf("%T %T %v\n", a, i, a == i)
	type local struct{ v int }
	fmt.Printf("%T %+v\n", local{1}, local{2})
}
