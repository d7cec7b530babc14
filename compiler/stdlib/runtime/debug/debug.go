// Package debug is minigo's runtime/debug: GC tuning knobs and stack traces.
//
// SetGCPercent, SetMemoryLimit, FreeOSMemory, SetMaxStack, SetMaxThreads,
// SetPanicOnFault, SetTraceback, ReadGCStats and WriteHeapDump are runtime hooks
// (declared without a body). Stack and PrintStack are plain Go over runtime.Stack.
//
// Example: old := debug.SetGCPercent(-1) // disable the collector
package debug

import (
	"os"
	"runtime"
	"time"
)

// SetGCPercent sets the garbage collection target percentage: a collection is
// triggered when the ratio of freshly allocated data to live data remaining after the
// previous collection reaches this percentage. It returns the previous setting. A
// negative percentage disables garbage collection.
func SetGCPercent(percent int) int

// SetMemoryLimit provides the runtime with a soft memory limit and returns the
// previous limit. A negative input does not adjust the limit.
func SetMemoryLimit(limit int64) int64

// FreeOSMemory forces a garbage collection followed by an attempt to return as much
// memory to the operating system as possible.
func FreeOSMemory()

// SetMaxStack sets the maximum amount of memory that can be used by a single goroutine
// stack and returns the previous setting. Exceeding it crashes the program with
// "goroutine stack exceeds N-byte limit".
func SetMaxStack(bytes int) int

// SetMaxThreads sets the maximum number of operating system threads that the Go
// program can use and returns the previous setting.
func SetMaxThreads(threads int) int

// SetPanicOnFault controls the runtime's behavior when a program faults at an
// unexpected address and returns the previous setting.
func SetPanicOnFault(enabled bool) bool

// SetTraceback sets the amount of detail printed by the runtime in the traceback it
// prints before exiting due to an unrecovered panic or an internal runtime error.
func SetTraceback(level string)

// WriteHeapDump writes a description of the heap and the objects in it to the given
// file descriptor.
func WriteHeapDump(fd uintptr)

// GCStats collect information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time       // time of last collection
	NumGC          int64           // number of garbage collections
	PauseTotal     time.Duration   // total pause for all collections
	Pause          []time.Duration // pause history, most recent first
	PauseEnd       []time.Time     // pause end times history, most recent first
	PauseQuantiles []time.Duration
}

// ReadGCStats reads statistics about garbage collection into stats.
func ReadGCStats(stats *GCStats)

// Stack returns a formatted stack trace of the goroutine that calls it, growing its
// buffer until the whole trace fits.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack prints to standard error the stack trace returned by runtime.Stack.
func PrintStack() {
	os.Stderr.Write(Stack())
}
