package p

// gc drops `if` branches and switch clauses that constants rule out before escape
// analysis: their allocation sites do not exist.

const debug = false
const goos = "linux"

var sink interface{}

func dead(n int) {
	if debug {
		sink = &n
	}
	if !debug {
		sink = "kept"
	} else {
		sink = "dropped"
	}
	switch goos {
	case "windows":
		sink = "windows"
	case "linux":
		sink = "linux"
	default:
		sink = "other"
	}
	switch {
	case n > 0:
		sink = "positive"
	case debug:
		sink = "debug"
	}
}
