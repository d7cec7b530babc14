package p

// A value boxed into an interface flows into its box with `x (interface-converted)`;
// a conversion that allocates prints as its site (`([]byte)(s)`).

var sink interface{}

type pair struct{ a, b *int }

func boxStruct() {
	i := 0
	var x pair
	x.a = &i
	sink = x
}

func boxCopy() {
	i := 0
	var y struct{ x pair }
	y.x.b = &i
	x := y.x
	sink = x
}

func boxBytes(s string) {
	sink = []byte(s)
}
