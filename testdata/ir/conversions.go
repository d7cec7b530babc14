package p

type Celsius float64
type Names []string

func conversions(i int, s string, b []byte, n []string) (float64, string, []byte, Names, []rune) {
	f := float64(i)
	c := Celsius(f)
	str := string(b)
	bs := []byte(s)
	return float64(c) + float64(int8(i)), str + string(rune(i)), bs, Names(n), []rune(s)
}
