package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond, -5 * time.Minute, 1<<63 - 1}
	for _, d := range ds {
		fmt.Println(d, d.String(), int64(d))
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Truncate(time.Minute), d.Round(time.Hour), d.Round(time.Minute), d.Truncate(0))
	fmt.Printf("%v %d %s %T\n", time.Second, time.Second, time.Millisecond*250, time.Second)
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err)
	pd, err = time.ParseDuration("-1.5us")
	fmt.Println(pd, err)
	_, err = time.ParseDuration("abc")
	fmt.Println(err)
	fmt.Println(time.Duration(1500)*time.Millisecond, time.Minute/7, (time.Hour * 25).String())
}
