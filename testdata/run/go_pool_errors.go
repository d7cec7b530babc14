// Checks a worker pool whose jobs can fail: results carry an error (errors.New,
// fmt.Errorf with %w, a custom error type); main gathers them, sorts, and classifies
// them with errors.Is and errors.As.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

var errEmpty = errors.New("empty input")

type parseError struct {
	input string
	pos   int
}

func (e *parseError) Error() string { return fmt.Sprintf("bad %q at %d", e.input, e.pos) }

func parse(s string) (int, error) {
	if s == "" {
		return 0, errEmpty
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		for i, r := range s {
			if r < '0' || r > '9' {
				return 0, fmt.Errorf("parse: %w", &parseError{s, i})
			}
		}
		return 0, err
	}
	return n, nil
}

type outcome struct {
	input string
	value int
	err   error
}

func main() {
	inputs := []string{"12", "", "7x", "100", "abc", "42", "", "9", "1e3", "314"}
	jobs := make(chan string)
	out := make(chan outcome)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range jobs {
				v, err := parse(s)
				out <- outcome{s, v, err}
			}
		}()
	}
	go func() {
		for _, s := range inputs {
			jobs <- s
		}
		close(jobs)
		wg.Wait()
		close(out)
	}()
	var all []outcome
	for o := range out {
		all = append(all, o)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].input < all[j].input })
	sum := 0
	for _, o := range all {
		var pe *parseError
		switch {
		case o.err == nil:
			sum += o.value
			fmt.Printf("%q ok %d\n", o.input, o.value)
		case errors.Is(o.err, errEmpty):
			fmt.Printf("%q empty\n", o.input)
		case errors.As(o.err, &pe):
			fmt.Printf("%q parse error at %d: %v\n", o.input, pe.pos, o.err)
		default:
			fmt.Printf("%q other: %v\n", o.input, o.err)
		}
	}
	fmt.Println("sum", sum)
}
