package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
)

const huge = 1 << 100
const typed int32 = 1 << 29
const str = "const" + "ant"

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(FlagRead, FlagWrite, FlagExec, FlagRead|FlagExec)
	fmt.Println(huge>>90, huge/(huge>>1), typed*2-1+typed, str, len(str))
	const x = 7.0 / 2
	const y = 7 / 2
	fmt.Println(x, y, 'a'+1, string(rune('a'+1)))
	fmt.Printf("%T %T %T %T\n", x, y, 'a', Thursday)
}
