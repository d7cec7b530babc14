package main

import (
	"fmt"
	"strings"
)

type Big []uint32

const base = 1000000000

func fromInt(n uint64) Big {
	var b Big
	for n > 0 {
		b = append(b, uint32(n%base))
		n /= base
	}
	return b
}

func (a Big) Add(b Big) Big {
	var out Big
	carry := uint64(0)
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += uint64(a[i])
		}
		if i < len(b) {
			s += uint64(b[i])
		}
		out = append(out, uint32(s%base))
		carry = s / base
	}
	return out
}

func (a Big) MulSmall(m uint32) Big {
	var out Big
	carry := uint64(0)
	for _, d := range a {
		p := uint64(d)*uint64(m) + carry
		out = append(out, uint32(p%base))
		carry = p / base
	}
	for carry > 0 {
		out = append(out, uint32(carry%base))
		carry /= base
	}
	return out
}

func (a Big) String() string {
	if len(a) == 0 {
		return "0"
	}
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(a[len(a)-1]))
	for i := len(a) - 2; i >= 0; i-- {
		fmt.Fprintf(&sb, "%09d", a[i])
	}
	return sb.String()
}

func main() {
	f := fromInt(1)
	for i := uint32(2); i <= 50; i++ {
		f = f.MulSmall(i)
	}
	fmt.Println("50! =", f)
	a, b := fromInt(0), fromInt(1)
	for i := 0; i < 200; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(200) =", a)
}
