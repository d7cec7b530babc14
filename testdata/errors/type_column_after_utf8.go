package main

func main() {
	s := "héllo, 世界"; t := undefinedName
	_, _ = s, t
}
