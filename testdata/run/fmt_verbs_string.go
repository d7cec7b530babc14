package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("[%s][%10s][%-10s][%.2s][%q][%x][% X][%5.1s]\n", s, s, s, s, s, s, s, s)
	fmt.Printf("[%q][%+q][%#q][%q]\n", "a\"b\n", "日本", "back`tick", 'x')
	fmt.Printf("[%v][%s][%q]\n", []string{"a", "b"}, []string{"c"}, []string{"d e", "f"})
	fmt.Printf("[%s][%v]\n", []byte("bytes"), []byte("ab"))
	fmt.Printf("[%c][%c][%c]\n", 'A', 0x4E16, 128512)
	fmt.Printf("[%U][%#U][%q][%+q]\n", '⌘', '⌘', '⌘', '⌘')
	fmt.Printf("[%t][%v][%5t]\n", true, false, true)
	fmt.Printf("[%%][%5%][%c]\n", 'z')
	fmt.Printf("[%*d][%-*d][%.*f]\n", 5, 42, 4, 7, 2, 3.14159)
}
