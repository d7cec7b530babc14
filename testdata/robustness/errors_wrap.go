package main

import (
	"errors"
	"fmt"
	"os"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

func find(name string) error {
	if name == "" {
		return errors.New("empty name")
	}
	return fmt.Errorf("find: %w", &NotFound{name})
}

func main() {
	err := find("x")
	var nf *NotFound
	if errors.As(err, &nf) {
		fmt.Println("as:", nf.Name)
	}
	if errors.Unwrap(err) != nil {
		fmt.Println(err)
	}
	if len(os.Args) > 5 {
		os.Exit(3)
	}
}
