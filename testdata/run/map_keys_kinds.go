package main

import (
	"fmt"
	"math"
)

type key struct {
	a int
	b string
}

func main() {
	mk := map[key]int{{1, "a"}: 1, {2, "b"}: 2}
	mk[key{1, "a"}] += 100
	fmt.Println(mk[key{1, "a"}], len(mk))
	mi := map[interface{}]string{1: "int", int64(1): "int64", "1": "string", 1.0: "float", true: "bool", key{1, ""}: "key"}
	fmt.Println(len(mi), mi[1], mi[int64(1)], mi["1"], mi[1.0], mi[true], mi[key{1, ""}])
	mf := map[float64]int{}
	mf[0.0] = 1
	mf[math.Copysign(0, -1)] = 2
	nan := math.NaN()
	mf[nan] = 3
	mf[nan] = 4
	fmt.Println(len(mf), mf[0], mf[nan])
	ma := map[[3]int]bool{{1, 2, 3}: true}
	fmt.Println(ma[[3]int{1, 2, 3}], ma[[3]int{3, 2, 1}])
	mp := map[*int]int{}
	x, y := 1, 1
	mp[&x] = 1
	mp[&y] = 2
	fmt.Println(len(mp), mp[&x], mp[&y])
	mb := map[bool]int{true: 1}
	mb[false]--
	fmt.Println(mb)
}
