package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-42), strconv.Itoa(0), strconv.FormatInt(-255, 16), strconv.FormatInt(1<<62, 36), strconv.FormatUint(1<<64-1, 2))
	for _, s := range []string{"123", "-9223372036854775808", "9223372036854775808", "12a", "", " 1", "+5", "0x10"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-80", 16, 8}, {"80", 16, 8}, {"0x1F", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 16}, {"1_000", 0, 64}, {"777", 8, 64}, {"zz", 36, 64}, {"12", 2, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	b := strconv.AppendInt([]byte("n="), -7, 10)
	fmt.Println(string(b))
}
