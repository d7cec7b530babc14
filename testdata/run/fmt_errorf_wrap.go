package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func find(name string) error {
	if name == "" {
		return &PathError{"open", "<empty>", ErrNotFound}
	}
	return fmt.Errorf("find %q: %w", name, ErrNotFound)
}

func main() {
	e1 := find("cfg")
	e2 := find("")
	e3 := fmt.Errorf("layer2: %w", e2)
	for _, e := range []error{e1, e2, e3} {
		fmt.Println(e)
		fmt.Println(errors.Is(e, ErrNotFound), errors.Unwrap(e) != nil)
		var pe *PathError
		if errors.As(e, &pe) {
			fmt.Println("path error:", pe.Path)
		}
	}
	e4 := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(e4, errors.Is(e4, ErrNotFound), errors.Unwrap(e4))
	fmt.Printf("%T %T\n", e1, e4)
}
