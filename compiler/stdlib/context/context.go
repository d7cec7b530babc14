// Package context is minigo's context: deadlines, cancellation signals and
// request-scoped values carried across API boundaries and between goroutines.
//
// Plain Go over sync, time and errors. minigo's design: every cancelable context
// (WithCancel, WithDeadline, WithTimeout) is one *cancelable with an optional
// deadline. It registers with its nearest cancelable ancestor (looking through value
// contexts), which cancels it when it is canceled itself; under a Context type this
// package does not know, a goroutine waits for the parent's Done instead. Canceling
// closes Done, records Err once, stops the deadline timer and cancels the children.
//
// Example: ctx, cancel := context.WithTimeout(context.Background(), time.Second)
package context

import (
	"errors"
	"reflect"
	"sync"
	"time"
)

// A Context carries a deadline, a cancellation signal, and other values across API
// boundaries. Context's methods may be called by multiple goroutines simultaneously.
type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

// Canceled is the error returned by Context.Err when the context is canceled.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is the error returned by Context.Err when the context's deadline
// passes.
var DeadlineExceeded error = deadlineExceeded{}

type deadlineExceeded struct{}

func (deadlineExceeded) Error() string   { return "context deadline exceeded" }
func (deadlineExceeded) Timeout() bool   { return true }
func (deadlineExceeded) Temporary() bool { return true }

// A CancelFunc tells an operation to abandon its work. After the first call,
// subsequent calls to a CancelFunc do nothing.
type CancelFunc func()

// root is Background or TODO: never canceled, no values, no deadline.
type root struct {
	name string
}

func (*root) Deadline() (deadline time.Time, ok bool) { return }
func (*root) Done() <-chan struct{}                   { return nil }
func (*root) Err() error                              { return nil }
func (*root) Value(key any) any                       { return nil }
func (r *root) String() string                        { return r.name }

var (
	background = &root{"context.Background"}
	todo       = &root{"context.TODO"}
)

// Background returns a non-nil, empty Context. It is never canceled, has no values,
// and has no deadline.
func Background() Context { return background }

// TODO returns a non-nil, empty Context, for when it is unclear which Context to use.
func TODO() Context { return todo }

// cancelable is the context made by WithCancel, WithDeadline and WithTimeout.
type cancelable struct {
	parent      Context
	done        chan struct{}
	hasDeadline bool
	deadline    time.Time

	mu       sync.Mutex
	err      error
	children map[*cancelable]bool
	timer    *time.Timer
}

func (c *cancelable) Deadline() (time.Time, bool) {
	if c.hasDeadline {
		return c.deadline, true
	}
	return c.parent.Deadline()
}

func (c *cancelable) Done() <-chan struct{} { return c.done }

func (c *cancelable) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

func (c *cancelable) Value(key any) any { return c.parent.Value(key) }

func (c *cancelable) String() string {
	if c.hasDeadline {
		return contextName(c.parent) + ".WithDeadline(" + c.deadline.String() +
			" [" + time.Until(c.deadline).String() + "])"
	}
	return contextName(c.parent) + ".WithCancel"
}

// cancel records err (the first time only), closes Done, and cancels the children.
// detach also removes c from its ancestor's children.
func (c *cancelable) cancel(err error, detach bool) {
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return
	}
	c.err = err
	close(c.done)
	children := c.children
	c.children = nil
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.mu.Unlock()
	for child := range children {
		child.cancel(err, false)
	}
	if detach {
		if a := ancestor(c.parent); a != nil {
			a.mu.Lock()
			delete(a.children, c)
			a.mu.Unlock()
		}
	}
}

// ancestor returns the nearest *cancelable above ctx, looking through value contexts,
// or nil when there is none (a root or a foreign Context type comes first).
func ancestor(ctx Context) *cancelable {
	for {
		switch c := ctx.(type) {
		case *cancelable:
			return c
		case *valueCtx:
			ctx = c.parent
		default:
			return nil
		}
	}
}

// newCancelable makes a child of parent and links it so that canceling the parent
// cancels it.
func newCancelable(parent Context) *cancelable {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := &cancelable{parent: parent, done: make(chan struct{})}
	if parent.Done() == nil {
		return c // the parent can never be canceled
	}
	if a := ancestor(parent); a != nil {
		a.mu.Lock()
		if a.err != nil {
			err := a.err
			a.mu.Unlock()
			c.cancel(err, false)
			return c
		}
		if a.children == nil {
			a.children = make(map[*cancelable]bool)
		}
		a.children[c] = true
		a.mu.Unlock()
		return c
	}
	// A Context type from elsewhere: wait for it.
	go func() {
		select {
		case <-parent.Done():
			c.cancel(parent.Err(), false)
		case <-c.done:
		}
	}()
	return c
}

// WithCancel returns a copy of parent with a new Done channel, closed when the
// returned cancel function is called or when the parent's Done channel is closed,
// whichever happens first.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := newCancelable(parent)
	return c, func() { c.cancel(Canceled, true) }
}

// WithDeadline returns a copy of the parent context with the deadline adjusted to be
// no later than d.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		// The parent's deadline comes first anyway.
		return WithCancel(parent)
	}
	c := newCancelable(parent)
	c.hasDeadline = true
	c.deadline = d
	if wait := time.Until(d); wait <= 0 {
		c.cancel(DeadlineExceeded, true)
	} else {
		c.mu.Lock()
		if c.err == nil {
			c.timer = time.AfterFunc(wait, func() { c.cancel(DeadlineExceeded, true) })
		}
		c.mu.Unlock()
	}
	return c, func() { c.cancel(Canceled, true) }
}

// WithTimeout returns WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

// WithValue returns a copy of parent in which the value associated with key is val.
// The key must be comparable and should not be of a built-in type.
func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	if !reflect.TypeOf(key).Comparable() {
		panic("key is not comparable")
	}
	return &valueCtx{parent, key, val}
}

// valueCtx adds one key-value pair to its parent.
type valueCtx struct {
	parent   Context
	key, val any
}

func (c *valueCtx) Deadline() (time.Time, bool) { return c.parent.Deadline() }
func (c *valueCtx) Done() <-chan struct{}       { return c.parent.Done() }
func (c *valueCtx) Err() error                  { return c.parent.Err() }

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return c.parent.Value(key)
}

func (c *valueCtx) String() string {
	return contextName(c.parent) + ".WithValue(type " + reflect.TypeOf(c.key).String() +
		", val " + stringify(c.val) + ")"
}

// stringify describes v as Go's context does, without importing fmt.
func stringify(v any) string {
	switch s := v.(type) {
	case interface{ String() string }:
		return s.String()
	case string:
		return s
	}
	return "<not Stringer>"
}

// contextName names a context for the String methods.
func contextName(c Context) string {
	if s, ok := c.(interface{ String() string }); ok {
		return s.String()
	}
	return reflect.TypeOf(c).String()
}
