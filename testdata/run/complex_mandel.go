package main

import "fmt"

func main() {
	for y := -1.0; y <= 1.0; y += 0.125 {
		line := ""
		for x := -2.0; x <= 0.5; x += 0.0625 {
			c := complex(x, y)
			z := complex(0, 0)
			n := 0
			for ; n < 50; n++ {
				z = z*z + c
				if real(z)*real(z)+imag(z)*imag(z) > 4 {
					break
				}
			}
			if n == 50 {
				line += "#"
			} else if n > 10 {
				line += "+"
			} else {
				line += "."
			}
		}
		fmt.Println(line)
	}
}
