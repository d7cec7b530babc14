package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, f := range []float64{0, 1.5, -0.1, 1e21, 123.456, 1.0 / 3} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 32))
	}
	for _, s := range []string{"3.14", "-1e10", "inf", "-Inf", "NaN", "1e400", "abc", "0x1p-2", ".5", "1_0.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err, float32(f32))
	b, err := strconv.ParseBool("TRUE")
	fmt.Println(b, err, strconv.FormatBool(false))
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
}
