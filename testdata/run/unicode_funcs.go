package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', 'é', 'Σ', '世', '!', '_', '٣'} {
		fmt.Printf("%q L%v U%v l%v D%v N%v S%v P%v up=%q low=%q\n", r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.ToUpper(r), unicode.ToLower(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.In('Ω', unicode.Greek, unicode.Cyrillic))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, string(unicode.ToTitle('ǆ')))
}
