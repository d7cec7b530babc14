package main

func init() {}

func main() {
	f := init
	_ = f
}
