package time

// Runtime hooks (see the package comment).

// now returns the wall clock as Unix seconds and nanoseconds, and the monotonic clock.
func now() (sec int64, nsec int32, mono int64)

// runtimeNano returns the current value of the runtime's monotonic clock.
func runtimeNano() int64

// Sleep pauses the current goroutine for at least the duration d. A negative or zero
// duration causes Sleep to return immediately.
func Sleep(d Duration)

func startTimer(*runtimeTimer)
func stopTimer(*runtimeTimer) bool
func resetTimer(*runtimeTimer, int64) bool
