package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("a")
var ErrB = errors.New("b")

type CodeErr struct{ Code int }

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", c.Code) }

type Temporary interface{ Temporary() bool }

type TempErr struct{}

func (TempErr) Error() string   { return "temp" }
func (TempErr) Temporary() bool { return true }

type IsErr struct{}

func (IsErr) Error() string        { return "is-err" }
func (IsErr) Is(target error) bool { return target == ErrB }

func main() {
	fmt.Println(ErrA == errors.New("a"), ErrA.Error())
	w := fmt.Errorf("ctx: %w", ErrA)
	ww := fmt.Errorf("outer: %w", w)
	fmt.Println(errors.Is(ww, ErrA), errors.Is(ww, ErrB), errors.Unwrap(ww) == w, errors.Unwrap(errors.Unwrap(ww)) == ErrA)
	ce := fmt.Errorf("wrap: %w", CodeErr{7})
	var target CodeErr
	fmt.Println(errors.As(ce, &target), target.Code)
	var tmp Temporary
	fmt.Println(errors.As(fmt.Errorf("x: %w", TempErr{}), &tmp), tmp != nil && tmp.Temporary())
	fmt.Println(errors.Is(IsErr{}, ErrB), errors.Is(fmt.Errorf("%w", IsErr{}), ErrB), errors.Is(IsErr{}, ErrA))
	fmt.Println(errors.Is(nil, ErrA), errors.Is(nil, nil), errors.Unwrap(ErrA))
	fmt.Println(errors.Is(CodeErr{1}, CodeErr{1}), errors.Is(CodeErr{1}, CodeErr{2}))
}
