package p

func labels(m [][]int) int {
	found := -1
outer:
	for i := range m {
		for j := range m[i] {
			if m[i][j] < 0 {
				continue outer
			}
			if m[i][j] == 0 {
				found = i
				break outer
			}
		}
	}
	return found
}
