package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type Named struct{ s string }

func (n Named) String() string { return "Named(" + n.s + ")" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16:
		return fmt.Sprintf("small %v", x)
	case string:
		return "string " + x
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case error:
		return "error " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case func() int:
		return fmt.Sprint("func ", x())
	case map[string]int:
		return fmt.Sprint("map ", len(x))
	case *int:
		return fmt.Sprint("ptr ", *x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	n := 42
	vals := []interface{}{nil, 1, int8(2), int16(3), "s", []int{1, 2}, errors.New("e"), Named{"n"}, func() int { return 9 }, map[string]int{"a": 1}, &n, 3.5, struct{}{}, [2]bool{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var e error
	switch e.(type) {
	case nil:
		fmt.Println("nil error")
	}
}
