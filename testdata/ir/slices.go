package p

func slices(s []int, str string) int {
	t := s[1:3]
	u := s[:2:4]
	v := str[1:]
	t[0] = 9
	w := make([]int, len(s), 10)
	n := copy(w, s)
	w = append(w, 1, 2)
	return t[0] + u[1] + len(v) + n + cap(w) + int(str[0])
}
