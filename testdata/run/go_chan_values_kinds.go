// Checks that values of many kinds keep their contents when copied through channels by
// goroutines: arrays (by value), slices and maps (shared), strings, funcs, interfaces.
package main

import (
	"fmt"
	"sort"
)

type record struct {
	name  string
	tags  [3]string
	score float64
	meta  map[string]int
}

func main() {
	arrays := make(chan [4]int, 1)
	a := [4]int{1, 2, 3, 4}
	arrays <- a
	a[0] = 100
	fmt.Println("array copied:", <-arrays, a)

	recs := make(chan record)
	done := make(chan map[string]float64)
	go func() {
		out := map[string]float64{}
		for r := range recs {
			r.meta["seen"]++
			out[r.name+"/"+r.tags[1]] = r.score
		}
		done <- out
	}()
	shared := map[string]int{}
	for i := 0; i < 6; i++ {
		recs <- record{
			name:  fmt.Sprintf("r%d", i),
			tags:  [3]string{"a", fmt.Sprint(i * i), "c"},
			score: float64(i) / 4,
			meta:  shared,
		}
	}
	close(recs)
	res := <-done
	fmt.Println(res)
	fmt.Println("shared map updated by the goroutine:", shared["seen"])

	funcs := make(chan func(int) int, 3)
	go func() {
		k := 3
		funcs <- func(x int) int { return x + k }
		funcs <- func(x int) int { return x * k }
		funcs <- func(x int) int { return x - k }
		close(funcs)
	}()
	for f := range funcs {
		fmt.Print(f(10), " ")
	}
	fmt.Println()

	anys := make(chan interface{})
	go func() {
		for _, v := range []interface{}{1, "two", 3.0, []byte("four"), record{name: "five"}, nil, true} {
			anys <- v
		}
		close(anys)
	}()
	var kinds []string
	for v := range anys {
		switch x := v.(type) {
		case int:
			kinds = append(kinds, fmt.Sprint("int:", x))
		case string:
			kinds = append(kinds, "string:"+x)
		case float64:
			kinds = append(kinds, fmt.Sprint("float:", x))
		case []byte:
			kinds = append(kinds, "bytes:"+string(x))
		case record:
			kinds = append(kinds, "record:"+x.name)
		case nil:
			kinds = append(kinds, "nil")
		default:
			kinds = append(kinds, fmt.Sprintf("other:%v", x))
		}
	}
	sort.Strings(kinds)
	fmt.Println(kinds)
}
