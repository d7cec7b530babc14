package main

import (
	"fmt"
	"runtime"
)

type Particle struct {
	X, Y, VX, VY float64
	ID           int
}

var world []*Particle
var flat []Particle

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	world = make([]*Particle, 500)
	for i := range world {
		world[i] = &Particle{ID: i}
	}
	runtime.ReadMemStats(&after)
	fmt.Println("pointers:", after.Mallocs-before.Mallocs)
	runtime.ReadMemStats(&before)
	flat = make([]Particle, 500)
	for i := range flat {
		flat[i].ID = i
	}
	runtime.ReadMemStats(&after)
	fmt.Println("flat:", after.Mallocs-before.Mallocs)
	runtime.ReadMemStats(&before)
	for step := 0; step < 100; step++ {
		for _, p := range world {
			p.X += p.VX
			p.VX += 0.1
		}
	}
	runtime.ReadMemStats(&after)
	fmt.Println("update:", after.Mallocs-before.Mallocs)
	fmt.Printf("%.2f\n", world[10].X)
}
