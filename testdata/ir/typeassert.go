package p

type Stringer interface{ String() string }

func assert(v interface{}) (string, bool) {
	n := v.(int)
	s, ok := v.(Stringer)
	if ok {
		return s.String(), n > 0
	}
	return "", false
}
