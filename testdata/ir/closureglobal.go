package p

var total int

func f() func() {
	return func() { total++ }
}
