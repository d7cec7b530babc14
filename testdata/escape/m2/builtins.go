package p

// Maps and slice builtins: `m[k] (key of map put)`, `map[K]V{...} (map literal key)` and
// `(map literal value)` at the literal's brace, `copy(y, x) (copied slice)` and
// `append(y, x...) (appended slice...)` after the call's own note.

var sink interface{}

func put(m map[*int]*int) {
	i := 0
	j := 0
	m[&i] = &j
}

func putParam(m map[*int]bool, k *int) {
	m[k] = true
}

func literal() map[*int]*int {
	i := 0
	j := 0
	return map[*int]*int{&i: &j}
}

func localLiteral() {
	i := 0
	j := 0
	m := map[*int]*int{&i: &j}
	_ = m
}

func copies(y, x []*int) {
	copy(y, x)
}

func spreads(y, x []*int) []*int {
	return append(y, x...)
}
