package main

import "fmt"

func main() {
	fs := []float64{0, 0.5, -0.5, 1.9999, -1.9999, 2.5, -2.5, 1e10, -1e10, 123456789.987, 9007199254740993, 1e18, -1e18, 4294967295.9}
	for _, f := range fs {
		fmt.Println(f, int64(f), int32(int64(f)), uint64(int64(f)), int(f))
	}
	var f32 float32 = 16777217
	fmt.Println(f32, int32(f32), int64(float32(0.1)*1e9))
	u := uint64(1<<63 + 1<<62)
	fmt.Println(float64(u), uint64(float64(u)))
	p, q := 200.7, -100.9
	fmt.Println(uint8(int(p)), int8(int(q)))
}
