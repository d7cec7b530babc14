package main

func main() {
	x := 1
	case 1:
		println(x)
}
