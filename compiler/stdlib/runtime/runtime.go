// Package runtime is minigo's runtime package: the user-visible face of the runtime
// (GC, goroutines, memory statistics, callers and stacks, finalizers, run-time
// errors).
//
// Nearly every function is a runtime hook, declared without a body and implemented by
// minigo's TypeScript runtime. Hooks whose arguments gc tags as not escaping are marked
// //go:noescape so that minigo's escape analysis gives the same tags (ReadMemStats,
// KeepAlive, Callers, Func.Entry, ...); the others leak their arguments, as gc's do
// (SetFinalizer, Stack, CallersFrames). Plain Go here: the constants, the MemStats and
// profile record types, TypeAssertionError and the run-time error types.
//
// GOOS and GOARCH say "linux" and "amd64" because minigo lays out memory as gc does on
// linux/amd64 (8-byte int and pointers); Compiler is "gc" because minigo reproduces
// gc's escape analysis and messages.
//
// Example: var m runtime.MemStats; runtime.ReadMemStats(&m); println(m.Mallocs)
package runtime

// GOOS is the running program's operating system target.
const GOOS = "linux"

// GOARCH is the running program's architecture target.
const GOARCH = "amd64"

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "gc"

// MemProfileRate controls the fraction of memory allocations that are recorded and
// reported in the memory profile.
var MemProfileRate int = 512 * 1024

// GOROOT returns the root of the Go tree.
func GOROOT() string { return "/usr/lib/go-1.19" }

// Version returns the Go tree's version string.
func Version() string { return "go1.19.8" }

// GC runs a garbage collection and blocks the caller until the garbage collection is
// complete.
func GC()

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// Goexit terminates the goroutine that calls it, running its deferred calls.
func Goexit()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and
// returns the previous setting. If n < 1, it does not change the current setting.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// NumCgoCall returns the number of cgo calls made by the current process (always 0).
func NumCgoCall() int64 { return 0 }

// LockOSThread wires the calling goroutine to its current operating system thread.
// minigo has one thread: it only counts nesting.
func LockOSThread()

// UnlockOSThread undoes an earlier call to LockOSThread.
func UnlockOSThread()

// Breakpoint executes a breakpoint trap.
func Breakpoint()

// KeepAlive marks its argument as currently reachable, so that its finalizer does not
// run before the point of the call.
//
//go:noescape
func KeepAlive(x any)

// SetFinalizer sets the finalizer associated with obj to the provided finalizer
// function. When the garbage collector finds an unreachable block with an associated
// finalizer, it clears the association and runs finalizer(obj) in a separate goroutine.
func SetFinalizer(obj any, finalizer any)

// Caller reports file and line number information about function invocations on the
// calling goroutine's stack. skip is the number of stack frames to ascend, with 0
// identifying the caller of Caller.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills the slice pc with the return program counters of function invocations
// on the calling goroutine's stack, skipping skip frames (0: Callers itself), and
// returns the number of entries written.
//
//go:noescape
func Callers(skip int, pc []uintptr) int

// Stack formats a stack trace of the calling goroutine into buf and returns the number
// of bytes written to buf. If all is true, Stack formats stack traces of all other
// goroutines into buf after the trace for the current goroutine.
func Stack(buf []byte, all bool) int

// Func represents a function in the running binary.
type Func struct {
	opaque struct{} // unexported field to disallow conversions
}

// FuncForPC returns a *Func describing the function that contains the given program
// counter address, or else nil.
func FuncForPC(pc uintptr) *Func

// Name returns the name of the function.
//
//minigo:leaks -1,1
func (f *Func) Name() string

// Entry returns the entry address of the function.
//
//go:noescape
func (f *Func) Entry() uintptr

// FileLine returns the file name and line number of the source code corresponding to
// the program counter pc.
//
//minigo:leaks 1 _
func (f *Func) FileLine(pc uintptr) (file string, line int)

// Frames may be used to get function/file/line information for a slice of PC values
// returned by Callers.
type Frames struct {
	callers []uintptr
	index   int
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	// PC is the program counter for the location in this frame.
	PC uintptr
	// Func is the Func value of this call frame, or nil for non-Go code.
	Func *Func
	// Function is the package path-qualified function name of this call frame.
	Function string
	// File and Line are the file name and line number of the location in this frame.
	File string
	Line int
	// Entry point program counter for the function; may be zero if not known.
	Entry uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to return
// function/file/line information.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC values,
// and whether there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	if ci.index >= len(ci.callers) {
		return Frame{}, false
	}
	pc := ci.callers[ci.index]
	ci.index++
	frame = frameForPC(pc)
	return frame, ci.index < len(ci.callers)
}

// frameForPC describes the call frame at return address pc. Runtime hook.
func frameForPC(pc uintptr) Frame

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError is a no-op function but serves to distinguish types that are
	// run time errors from ordinary errors: a type is a run time error if it has a
	// RuntimeError method.
	RuntimeError()
}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	_interface    string // static type of the asserted interface ("" for an empty interface)
	concrete      string // dynamic type ("" if the interface was nil)
	asserted      string // the type asserted to
	missingMethod string // one method needed by asserted but missing from concrete
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e._interface != "" {
		inter = e._interface
	}
	as := e.asserted
	if e.concrete == "" {
		return "interface conversion: " + inter + " is nil, not " + as
	}
	cs := e.concrete
	if e.missingMethod == "" {
		msg := "interface conversion: " + inter + " is " + cs + ", not " + as
		if cs == as {
			// provide slightly clearer error message
			msg += " (types from different scopes)"
		}
		return msg
	}
	return "interface conversion: " + cs + " is not " + as +
		": missing method " + e.missingMethod
}

// An errorString represents a runtime error described by a single string.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// plainError is a runtime error whose message does not start with "runtime error: "
// (for example "close of nil channel").
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

// A boundsError is an index or slice expression out of range, kept as numbers so the
// message is only formatted when needed.
type boundsError struct {
	x      int64
	y      int
	signed bool
	code   uint8 // which message: see boundsError.Error
}

func (e boundsError) RuntimeError() {}

// Error formats Go's messages: code 0 is an index, 1 a slice end against length, 2 a
// slice end against capacity, 3 a slice start against its end.
func (e boundsError) Error() string {
	x := itoa(e.x)
	if !e.signed && e.x < 0 {
		x = utoa(uint64(e.x))
	}
	y := itoa(int64(e.y))
	switch e.code {
	case 0:
		return "runtime error: index out of range [" + x + "] with length " + y
	case 1:
		return "runtime error: slice bounds out of range [:" + x + "] with length " + y
	case 2:
		return "runtime error: slice bounds out of range [:" + x + "] with capacity " + y
	}
	return "runtime error: slice bounds out of range [" + x + ":" + y + "]"
}

func itoa(v int64) string {
	if v < 0 {
		return "-" + utoa(uint64(-v))
	}
	return utoa(uint64(v))
}

func utoa(v uint64) string {
	var buf [20]byte
	i := len(buf)
	for v >= 10 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	i--
	buf[i] = byte('0' + v)
	return string(buf[i:])
}
