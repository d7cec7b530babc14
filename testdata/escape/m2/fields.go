package p

// Fields of fields: `t.x` is a struct reached through the pointer t ("dot of pointer"),
// `t.x.y` and `t.x[0]` are a field and an element of it ("dot", "fixed-array-index-of").

type inner struct {
	y  byte
	sp *string
}

type outer struct {
	x   inner
	arr [4]byte
}

func fieldOfField() *byte {
	t := new(outer)
	return &t.x.y
}

func elementOfField() *byte {
	t := new(outer)
	return &t.arr[0]
}

func pointerField(t *outer) *string {
	return t.x.sp
}
