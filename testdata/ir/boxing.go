package p

// Conversions to interfaces: pointer-shaped values need no site; constants and
// zero-size values are sites gc reports but keeps in static data.

type T struct{ n int }
type P struct{ p *int }

var sink interface{}

func pair() (int, int) { return 1, 2 }

func box(n int, x *T, m map[int]int, c chan int, fn func(), s string, b []byte, y interface{}) bool {
	sink = n
	sink = x
	sink = m
	sink = c
	sink = fn
	sink = P{}
	sink = [1]*int{}
	sink = [2]*int{}
	sink = 3
	sink = struct{}{}
	sink = [0]int{}
	sink = T{n: 1}
	sink = s
	sink = b[0]
	sink = n + 1
	var e error
	sink = e
	var ok bool
	sink, ok = y.(int)
	sink, n = pair()
	return y == n && ok
}
