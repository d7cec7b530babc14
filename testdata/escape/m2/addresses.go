package p

// Addresses: `&x (address-of)` also for a variable a closure captures by reference, and
// each operator of `*&x` / `&*&x` noted in turn, printed nested as gc prints them.

var global *int

func captured() {
	var i int
	func() {
		global = &i
	}()
}

func starAmp(x *int) *int {
	return *&x
}

func ampStarAmp() {
	var y int
	global = &*&y
}
