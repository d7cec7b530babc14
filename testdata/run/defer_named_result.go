package main

import (
	"errors"
	"fmt"
)

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("inner")
}

func recoverToErr() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	var m map[string]int
	m["x"] = 1
	return nil
}

func counter() (n int) {
	for i := 0; i < 5; i++ {
		defer func() { n++ }()
	}
	return 10
}

func main() {
	fmt.Println(double())
	fmt.Println(wrapErr())
	fmt.Println(recoverToErr())
	fmt.Println(counter())
}
