package p

// Every kind of allocation site, with the text gc's -m prints for it
// (checked by sites.test.ts against go tool compile -m -l).

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func g(a ...int) int { return len(a) }
func h(b ...int) string { return "" }

func sites(s, t string, b []byte, r rune, rs []rune, x *T, n int, c chan int) int {
	u := s + t
	v := (s + t) + "x"
	w := s + (t + u)
	s += t
	_ = []byte(s)
	_ = string(b)
	_ = []rune(s)
	_ = string(r)
	_ = string(rs)
	_ = []int{1, 2}
	_ = map[int]int{1: 2}
	_ = &T{}
	_ = &T{n: 1}
	_ = new(T)
	_ = make([]int, n)
	_ = make(map[int]int)
	_ = make(chan int)
	_ = func() {}
	_ = func() int { return n }
	_ = x.Inc
	_ = g(1, 2, 3)
	_ = h(n) + h()
	c <- 1
	return len(u) + len(v) + len(w)
}

var global = []*T{{n: 1}, &T{n: 2}}
var globalMap = map[string]*T{"a": new(T)}
