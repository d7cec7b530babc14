package main

import (
	"fmt"
	"runtime"
)

type Vec struct{ X, Y, Z float64 }

func (a Vec) Add(b Vec) Vec { return Vec{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }

func length2(v *Vec) float64 { return v.X*v.X + v.Y*v.Y + v.Z*v.Z }

func work(n int) float64 {
	total := 0.0
	for i := 0; i < n; i++ {
		v := Vec{float64(i), 1, 2}
		w := &v
		u := w.Add(Vec{1, 1, 1})
		total += length2(&u)
		buf := [8]int{}
		buf[i%8] = i
		total += float64(buf[i%8])
	}
	return total
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	r := work(10000)
	runtime.ReadMemStats(&after)
	fmt.Println("mallocs:", after.Mallocs-before.Mallocs)
	fmt.Println(r)
}
