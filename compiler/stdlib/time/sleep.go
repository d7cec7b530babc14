package time

// runtimeTimer is the timer the runtime keeps in its heap of pending timers: when it
// is due (runtimeNano() >= when) the runtime calls f(arg, seq) on its timer goroutine
// and, if period > 0, re-arms it at when+period.
type runtimeTimer struct {
	when   int64
	period int64
	f      func(any, uintptr)
	arg    any
	seq    uintptr
	status uint32 // owned by the runtime
}

// deadline is the runtimeNano reading at which d will have passed: now for
// d <= 0, and the largest time rather than an overflowed one for huge d.
func deadline(d Duration) int64 {
	now := runtimeNano()
	if d <= 0 {
		return now
	}
	if at := now + int64(d); at >= now {
		return at
	}
	return 1<<63 - 1
}

// newTimer describes a runtime timer that calls f(arg, seq) once d has
// passed, and every period nanoseconds after that if period > 0. The caller
// stores it in its Timer or Ticker and hands that copy to startTimer.
func newTimer(d Duration, period int64, f func(any, uintptr), arg any) runtimeTimer {
	return runtimeTimer{when: deadline(d), period: period, f: f, arg: arg}
}

// Timer is a single event in the future. Unless it was made by AfterFunc,
// the time at which it fires is sent on C.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// Stop cancels the timer and reports whether that prevented it from firing
// (false if it had already fired or been stopped). Stop does not close C.
func (t *Timer) Stop() bool {
	if t.r.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// NewTimer returns a Timer that sends the time on its channel once d has
// passed.
func NewTimer(d Duration) *Timer {
	ch := make(chan Time, 1)
	t := &Timer{C: ch, r: newTimer(d, 0, deliverTime, ch)}
	startTimer(&t.r)
	return t
}

// Reset makes the timer fire d from now and reports whether it was still
// pending.
func (t *Timer) Reset(d Duration) bool {
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(&t.r, deadline(d))
}

// deliverTime is the callback of channel timers: it sends the current time
// on the channel unless the previous value is still waiting there.
func deliverTime(ch any, seq uintptr) {
	select {
	case ch.(chan Time) <- Now():
	default:
	}
}

// After is NewTimer(d).C: a channel that receives the time once d has
// passed.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc calls f in a new goroutine once d has passed. The returned
// Timer's Stop cancels the call; its C is nil.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{r: newTimer(d, 0, spawn, f)}
	startTimer(&t.r)
	return t
}

// spawn is the callback of AfterFunc timers: it starts the function.
func spawn(f any, seq uintptr) {
	go f.(func())()
}

// Ticker sends the time on C at a fixed interval, dropping ticks that a
// slow receiver has not taken.
type Ticker struct {
	C <-chan Time // the ticks
	r runtimeTimer
}

// NewTicker returns a Ticker with period d, which must be positive.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	ch := make(chan Time, 1)
	t := &Ticker{C: ch, r: newTimer(d, int64(d), deliverTime, ch)}
	startTimer(&t.r)
	return t
}

// Stop ends the ticks; C stays open.
func (t *Ticker) Stop() {
	stopTimer(&t.r)
}

// Reset changes the period to d (positive) and restarts the count from now.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	t.r.period = int64(d)
	resetTimer(&t.r, deadline(d))
}

// Tick is NewTicker(d).C for callers that never stop the ticker; it is nil
// for d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
