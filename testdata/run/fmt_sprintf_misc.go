package main

import (
	"fmt"
	"os"
)

func main() {
	s := fmt.Sprintf("%d items at %.2f each = %v", 3, 1.5, 3*1.5)
	fmt.Println(s)
	n, err := fmt.Printf("%s\n", "printf returns count")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stdout, "%05d\n", 12)
	fmt.Println(n, err)
	fmt.Println(fmt.Sprint(), fmt.Sprintln(), len(fmt.Sprintln()))
	e := fmt.Errorf("code %d", 404)
	fmt.Println(e.Error())
	fmt.Println(fmt.Sprintf("%v|%v|%v", []interface{}{1, "a", nil}, [0]int{}, struct{}{}))
	fmt.Println(fmt.Sprintf("%3d|%-3d|%03d", -1, -1, -1))
	fmt.Println(fmt.Sprintf("%v %v", int64(-9223372036854775808), uint64(18446744073709551615)))
	fmt.Println(fmt.Sprintf("%q", []interface{}{"a", 1, 'b'}))
}
