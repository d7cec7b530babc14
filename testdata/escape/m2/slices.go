package p

// Slice expressions: `x[i:j] (slice)` at the bracket, after `a (address-of)` at the
// operand when an array is sliced through its address.

var sink interface{}

type holder struct {
	arr [4]int
	ps  []*int
}

func fieldArray(h *holder) []int { return h.arr[:] }

func sliceParam(s []*int) []*int { return s[1:] }

func fieldSlice(h *holder) []*int { return h.ps[1:2] }

func localArray() []int {
	var a [4]int
	return a[:]
}

func arrayPointer(p *[4]int) []int { return p[:] }

func explicitAddress() []int {
	var a [8]int
	return (&a)[2:4]
}

func substring(x string) string { return x[1:] }

// A slice literal is stored in a temporary gc does not have: no `s := ... (assign)` for it.
func literalElement() *int {
	i := 0
	s := []*int{&i}
	return s[0]
}
