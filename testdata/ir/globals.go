package p

var a = b + 1
var b = f()
var c, d = pair()
var table = map[string]int{"x": 1}
var counter int

func f() int { return 2 }

func pair() (int, string) { return 3, "x" }

func init() { counter = a }

func init() { counter += len(table) }
