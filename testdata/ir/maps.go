package p

func maps() int {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	v, ok := m["z"]
	delete(m, "b")
	n := make(map[int]bool, 4)
	n[1] = ok
	return v + m["a"] + len(m)
}
