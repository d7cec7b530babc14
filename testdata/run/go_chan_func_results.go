// Checks futures built from buffered channels of size one: each goroutine computes a
// result (string, error) and the caller collects them in the order it chooses.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type result struct {
	value string
	err   error
}

func future(f func() (string, error)) <-chan result {
	c := make(chan result, 1)
	go func() {
		v, err := f()
		c <- result{v, err}
	}()
	return c
}

var errOdd = errors.New("odd input")

func work(n int) func() (string, error) {
	return func() (string, error) {
		if n%2 == 1 {
			return "", fmt.Errorf("work(%d): %w", n, errOdd)
		}
		s := 0
		for i := 0; i <= n*1000; i++ {
			s += i % 7
		}
		return strconv.Itoa(s), nil
	}
}

func main() {
	var futures []<-chan result
	for i := 0; i < 8; i++ {
		futures = append(futures, future(work(i)))
	}
	for i := len(futures) - 1; i >= 0; i-- {
		r := <-futures[i]
		if r.err != nil {
			fmt.Println(i, "error:", r.err, errors.Is(r.err, errOdd))
		} else {
			fmt.Println(i, "value:", r.value)
		}
	}
}
