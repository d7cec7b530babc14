package main

import "fmt"

type Kind int

const (
	KA Kind = iota
	KB
	KC
)

func (k Kind) String() string {
	switch k {
	case KA:
		return "A"
	case KB:
		return "B"
	default:
		return fmt.Sprintf("Kind(%d)", int(k))
	}
}

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("integer ", x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return "other"
	}
}

func main() {
	for i := 0; i < 5; i++ {
		switch {
		case i < 2:
			fmt.Println("small")
			fallthrough
		case i == 2:
			fmt.Println("two-ish")
		default:
			fmt.Println("big")
		}
	}
	fmt.Println(classify(1), classify("s"), classify(KC), classify(nil), classify(1.5))
}
