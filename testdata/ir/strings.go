package p

import "strings"

func join(xs []string) string {
	s := strings.Join(xs, ",")
	s += "!"
	return strings.ToUpper(s) + s[:1]
}
