package main

func main() {
	var v interface{} = 1
	switch t := v.(type) {
	case int:
		println("int")
	}
}
