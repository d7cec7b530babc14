package main

import "fmt"

func main() {
	fmt.Println("tab\there", "nl\\n", "quote\"", "\x41\x42", "\u00e9\U0001F600", "\101\102", "\a\b\f\v" == "\x07\x08\x0c\x0b")
	raw := `raw \n string
with "newline"`
	fmt.Println(raw)
	fmt.Println(len("\u00e9"), len(`\u00e9`), len("\xff"))
	fmt.Printf("%q\n", "tab\t\x00\x7f\u200b\U0001F600é")
	fmt.Printf("%+q\n", "é世🙂")
	fmt.Printf("%#q %#q\n", "plain", "has`tick")
}
