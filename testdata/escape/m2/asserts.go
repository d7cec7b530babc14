package p

// Type assertions: `x.(T) (dot)` at the dot; `v, ok := x.(T)` is an
// "assign-pair-dot-type"; an asserted pointer stored in an interface prints whole.

var sink interface{}

type T struct{ p *int }

func assertPointer(x interface{}) *T {
	return x.(*T)
}

func assertPair(x interface{}) *T {
	v, ok := x.(*T)
	if !ok {
		return nil
	}
	return v
}

func reconvert(x interface{}) {
	sink = x.(*int)
}
