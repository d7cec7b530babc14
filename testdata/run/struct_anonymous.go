package main

import "fmt"

func main() {
	cfg := struct {
		Host string
		Port int
		Tags []string
	}{"localhost", 8080, []string{"a", "b"}}
	fmt.Println(cfg.Host, cfg.Port, cfg.Tags)
	fmt.Printf("%+v\n", cfg)
	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, p := range points {
		fmt.Println(p.X * p.Y)
	}
	var a struct{ N int }
	b := struct{ N int }{5}
	a = b
	fmt.Println(a, a == b)
	nested := struct {
		Inner struct{ V float64 }
	}{}
	nested.Inner.V = 2.5
	fmt.Printf("%#v\n", nested)
}
