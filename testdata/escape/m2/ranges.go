package p

// Range statements evaluate their operand into a temporary outside the loop; the value
// variable is `*{temp}`: `from for loop (range-deref)` at the range keyword.

var sink interface{}

func overSlice(in []*int) *int {
	for _, v := range in {
		return v
	}
	return nil
}

func overMap(m map[string]*int) {
	for k, v := range m {
		_ = k
		sink = v
	}
}

func overArrayPointer(p *[2]*int) *int {
	var last *int
	for _, v := range p {
		last = v
	}
	return last
}
