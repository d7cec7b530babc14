package main

const c = 3.0 / 0

func main() {
}
