// Package errors is minigo's errors: New, Unwrap, Is and As.
//
// Everything here is plain Go except one runtime hook: As needs reflection to decide
// whether an error in the chain can be assigned to the value its target points to, and
// to store it there. That step is asAssign, declared without a body; the runtime
// provides it (it panics like Go's As when target is nil or not a non-nil pointer to a
// type implementing error or an interface).
//
// The escape tags of the exported functions match gc's: New leaks text (the string is
// kept in a heap *errorString), and Is/As leak both arguments.
package errors

// New returns an error whose Error method returns text. Each call returns a distinct
// error value even when the texts are equal.
func New(text string) error {
	return &errorString{text}
}

// errorString is the concrete type behind New.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of err's Unwrap method, or nil if err has none.
func Unwrap(err error) error {
	if w, ok := err.(interface{ Unwrap() error }); ok {
		return w.Unwrap()
	}
	return nil
}

// Is reports whether any error in err's chain matches target: it is == target (when
// target's dynamic type is comparable) or has an Is(error) bool method that says so.
func Is(err, target error) bool {
	if target == nil {
		return err == nil
	}
	canCompare := isComparable(target)
	for ; err != nil; err = Unwrap(err) {
		if canCompare && err == target {
			return true
		}
		if m, ok := err.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
	}
	return false
}

// As finds the first error in err's chain that can be assigned to *target, stores it
// there and returns true. An error also matches when its As(any) bool method says so.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	checkAsTarget(target)
	for ; err != nil; err = Unwrap(err) {
		if asAssign(err, target) {
			return true
		}
		if m, ok := err.(interface{ As(any) bool }); ok && m.As(target) {
			return true
		}
	}
	return false
}

// isComparable reports whether the dynamic type of v is comparable, so that == on it
// does not panic. Runtime hook.
func isComparable(v any) bool

// checkAsTarget panics with Go's messages when target is not a non-nil pointer to an
// interface type or a type implementing error. Runtime hook.
func checkAsTarget(target any)

// asAssign stores err into *target and returns true when err's dynamic type is
// assignable to target's element type. Runtime hook.
func asAssign(err error, target any) bool
