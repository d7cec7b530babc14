package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[2], s[len(s)-1])
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
	fmt.Println(s[1:3], s[7:], s[:5])
	fmt.Println(s == "héllo, 世界", s < "i", s > "h", "" < "a", "ab" < "abc")
}
