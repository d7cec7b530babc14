package main

println("hello")

func main() {
}
