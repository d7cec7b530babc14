package main

func main() {
	# not a comment
}
