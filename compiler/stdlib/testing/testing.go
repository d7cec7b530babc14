// Package testing is minigo's testing: the types and helpers that programs (and Go's
// own test programs) use outside `go test` — AllocsPerRun, Benchmark, T, B, TB —
// without the test runner itself (there is no `minigo test`).
//
// Plain Go over fmt, os, runtime, strings, sync and time. AllocsPerRun counts
// runtime.MemStats.Mallocs around the calls, so it reports what minigo's heap really
// allocated; Benchmark grows b.N until the run takes about a second, as Go does.
//
// Example: n := testing.AllocsPerRun(100, func() { _ = make([]byte, 10) })
package testing

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"
)

// Short reports whether the -test.short flag is set (never, without a test runner).
func Short() bool { return false }

// Verbose reports whether the -test.v flag is set (never, without a test runner).
func Verbose() bool { return false }

// Testing reports whether the current code is being run in a test.
func Testing() bool { return false }

// AllocsPerRun calls f once to warm up and then runs times more, and
// returns the number of heap allocations per call over those runs (a whole
// number: the division truncates). GOMAXPROCS is 1 meanwhile, so other
// goroutines' allocations are not counted.
func AllocsPerRun(runs int, f func()) (avg float64) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	f()
	before := mallocCount()
	for i := 0; i < runs; i++ {
		f()
	}
	return float64((mallocCount() - before) / uint64(runs))
}

// mallocCount is the number of heap allocations the program has made.
func mallocCount() uint64 {
	var stats runtime.MemStats
	runtime.ReadMemStats(&stats)
	return stats.Mallocs
}

// TB is the interface common to T and B.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string

	// private prevents implementations outside this package.
	private()
}

var _ TB = (*T)(nil)
var _ TB = (*B)(nil)

// common holds the state shared by T and B: the log, the failure flags and the
// cleanups. Log output is written to standard error as it is produced.
type common struct {
	mu       sync.Mutex
	name     string
	failed   bool
	skipped  bool
	finished bool
	cleanups []func()
}

func (c *common) private() {}

// Name returns the name of the running test or benchmark.
func (c *common) Name() string { return c.name }

// Fail records a failure and lets the test go on.
func (c *common) Fail() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.failed = true
}

// Failed reports whether a failure was recorded.
func (c *common) Failed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.failed
}

// FailNow marks the function as having failed and stops its execution by calling
// runtime.Goexit.
func (c *common) FailNow() {
	c.Fail()
	c.finished = true
	runtime.Goexit()
}

// log writes a log line, indented like go test's output.
func (c *common) log(s string) {
	if !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	fmt.Fprint(os.Stderr, "    "+c.name+": "+s)
}

// Log formats its arguments using default formatting, analogous to Println, and
// records the text in the error log.
func (c *common) Log(args ...any) { c.log(fmt.Sprintln(args...)) }

// Logf formats its arguments according to the format, analogous to Printf.
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

// Error is Log and then Fail.
func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

// Errorf is Logf and then Fail.
func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

// Fatal is Log and then FailNow.
func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

// Fatalf is Logf and then FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

// Skip is Log and then SkipNow.
func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

// Skipf is Logf and then SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// SkipNow marks the test as having been skipped and stops its execution by calling
// runtime.Goexit.
func (c *common) SkipNow() {
	c.mu.Lock()
	c.skipped = true
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Skipped reports whether SkipNow ended the test.
func (c *common) Skipped() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.skipped
}

// Helper marks the calling function as a test helper function (a no-op here).
func (c *common) Helper() {}

// Cleanup registers f to run when the test and its subtests are done;
// cleanups run in reverse order of registration.
func (c *common) Cleanup(f func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cleanups = append(c.cleanups, f)
}

// runCleanups calls the registered cleanups, last first.
func (c *common) runCleanups() {
	for {
		c.mu.Lock()
		n := len(c.cleanups)
		if n == 0 {
			c.mu.Unlock()
			return
		}
		f := c.cleanups[n-1]
		c.cleanups = c.cleanups[:n-1]
		c.mu.Unlock()
		f()
	}
}

// Setenv calls os.Setenv(key, value) and uses Cleanup to restore the environment
// variable to its original value after the test.
func (c *common) Setenv(key, value string) {
	prev, ok := os.LookupEnv(key)
	if err := os.Setenv(key, value); err != nil {
		c.Fatalf("cannot set environment variable: %v", err)
	}
	if ok {
		c.Cleanup(func() { os.Setenv(key, prev) })
	} else {
		c.Cleanup(func() { os.Unsetenv(key) })
	}
}

// TempDir returns a temporary directory for the test to use, removed by Cleanup.
func (c *common) TempDir() string {
	dir, err := os.MkdirTemp("", "minigo-test-")
	if err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	c.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// runIsolated runs f in its own goroutine (so that FailNow's Goexit ends only f) and
// waits for it, then runs the cleanups.
func runIsolated(c *common, f func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer c.runCleanups()
		f()
	}()
	<-done
}

// T is a type passed to Test functions to manage test state and support formatted
// test logs.
type T struct {
	common
}

// Parallel would let the test run alongside other parallel tests; here tests
// run one at a time and it does nothing.
func (t *T) Parallel() {}

// Run runs f as a subtest of t called name and reports whether f succeeded.
func (t *T) Run(name string, f func(t *T)) bool {
	sub := &T{common: common{name: t.name + "/" + name}}
	runIsolated(&sub.common, func() { f(sub) })
	if sub.Failed() {
		t.Fail()
	}
	return !sub.Failed()
}

// Deadline reports the time at which the test binary will have exceeded the timeout
// (never, here).
func (t *T) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }

// B is a type passed to Benchmark functions to manage benchmark timing and to specify
// the number of iterations to run.
type B struct {
	common
	N int

	start     time.Time
	duration  time.Duration
	timerOn   bool
	startMem  runtime.MemStats
	netAllocs uint64
	netBytes  uint64
	bytes     int64
	extra     map[string]float64
}

// StartTimer resumes timing (and allocation counting). Timing is on when a
// benchmark function starts.
func (b *B) StartTimer() {
	if b.timerOn {
		return
	}
	b.timerOn = true
	runtime.ReadMemStats(&b.startMem)
	b.start = time.Now()
}

// StopTimer pauses timing, adding the time and allocations since StartTimer
// to the totals.
func (b *B) StopTimer() {
	if !b.timerOn {
		return
	}
	b.timerOn = false
	b.duration += time.Since(b.start)
	var now runtime.MemStats
	runtime.ReadMemStats(&now)
	b.netAllocs += now.Mallocs - b.startMem.Mallocs
	b.netBytes += now.TotalAlloc - b.startMem.TotalAlloc
}

// ResetTimer discards the time and allocations measured so far; a running
// timer keeps running from now.
func (b *B) ResetTimer() {
	b.duration, b.netAllocs, b.netBytes = 0, 0, 0
	if b.timerOn {
		runtime.ReadMemStats(&b.startMem)
		b.start = time.Now()
	}
}

// SetBytes sets how many bytes one iteration processes (for MB/s).
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportAllocs enables malloc statistics for this benchmark (always on here).
func (b *B) ReportAllocs() {}

// ReportMetric adds the metric "n unit" to the benchmark's results.
func (b *B) ReportMetric(n float64, unit string) {
	if b.extra == nil {
		b.extra = make(map[string]float64)
	}
	b.extra[unit] = n
}

// Elapsed returns the measured elapsed time of the benchmark.
func (b *B) Elapsed() time.Duration {
	d := b.duration
	if b.timerOn {
		d += time.Since(b.start)
	}
	return d
}

// Run benchmarks f as a subbenchmark with the given name and reports whether it
// succeeded.
func (b *B) Run(name string, f func(b *B)) bool {
	r := runBenchmark(b.name+"/"+name, f)
	return !r.failed
}

// runN times one call of the benchmark function with b.N = n.
func (b *B) runN(f func(b *B), n int) {
	b.N = n
	b.ResetTimer()
	b.StartTimer()
	defer b.StopTimer()
	runIsolated(&b.common, func() { f(b) })
}

// BenchmarkResult holds what one benchmark run measured.
type BenchmarkResult struct {
	N         int           // iterations
	T         time.Duration // total time
	Bytes     int64         // bytes per iteration (SetBytes)
	MemAllocs uint64        // heap allocations, in total
	MemBytes  uint64        // bytes allocated, in total

	// Extra holds the metrics given to ReportMetric, by unit.
	Extra map[string]float64

	failed bool
}

// NsPerOp is the time per iteration in nanoseconds.
func (r BenchmarkResult) NsPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

// AllocsPerOp returns the "allocs/op" metric, MemAllocs / N.
func (r BenchmarkResult) AllocsPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemAllocs) / int64(r.N)
}

// AllocedBytesPerOp returns the "B/op" metric, MemBytes / N.
func (r BenchmarkResult) AllocedBytesPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemBytes) / int64(r.N)
}

// String returns a summary of the benchmark results: iterations and ns/op.
func (r BenchmarkResult) String() string {
	ns := fmt.Sprintf("%10d ns/op", r.NsPerOp())
	if r.N > 0 && r.T.Nanoseconds() < 100*int64(r.N) {
		// Sub-100ns results get fractional precision.
		ns = fmt.Sprintf("%13.2f ns/op", float64(r.T.Nanoseconds())/float64(r.N))
	}
	return fmt.Sprintf("%8d\t%s", r.N, ns)
}

// MemString returns r.AllocedBytesPerOp and r.AllocsPerOp in the same format as 'go
// test'.
func (r BenchmarkResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op", r.AllocedBytesPerOp(), r.AllocsPerOp())
}

// Benchmark benchmarks a single function, growing b.N until the run takes about one
// second. It is useful for creating custom benchmarks that do not use the "go test"
// command.
func Benchmark(f func(b *B)) BenchmarkResult {
	return runBenchmark("", f)
}

func runBenchmark(name string, f func(b *B)) BenchmarkResult {
	b := &B{common: common{name: name}}
	n := 1
	b.runN(f, n)
	const target = time.Second
	for !b.Failed() && b.Elapsed() < target && n < 1e9 {
		prev := n
		per := b.Elapsed().Nanoseconds() / int64(prev)
		if per <= 0 {
			per = 1
		}
		// Aim 20% past the target, growing at most 100x and at least by one.
		next := int(int64(target)*6/5/per) + 1
		if next > 100*prev {
			next = 100 * prev
		}
		if next <= prev {
			next = prev + 1
		}
		n = next
		b.runN(f, n)
	}
	return BenchmarkResult{N: b.N, T: b.Elapsed(), Bytes: b.bytes, MemAllocs: b.netAllocs,
		MemBytes: b.netBytes, Extra: b.extra, failed: b.Failed()}
}
