package fmt

import "errors"

// Errorf is Sprintf returning an error. A %w verb formats its operand like
// %v and, when that operand is an error, makes it the result's Unwrap; only
// one %w is allowed.
func Errorf(format string, a ...any) error {
	p := newPrinter()
	defer p.free()
	p.wrapErrs = true
	p.doPrintf(format, a)
	msg := string(p.buf)
	if p.wrapped != nil {
		return &wrapError{msg, p.wrapped}
	}
	return errors.New(msg)
}

// wrapError is the error Errorf returns for a %w operand.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}
