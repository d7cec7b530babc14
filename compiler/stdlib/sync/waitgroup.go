package sync

import "sync/atomic"

// WaitGroup lets a goroutine wait for a set of others: Add counts them in,
// each calls Done when finished, and Wait returns once the count is back to
// zero.
//
// state holds the count in its high 32 bits and the number of sleeping
// Wait calls in its low 32, so that one atomic operation sees both.
type WaitGroup struct {
	state uint64
	sema  uint32
}

// Add changes the count by delta (which may be negative). When it reaches
// zero, every Wait returns. A negative count panics, as does an Add that
// starts a new round while Wait calls of the last round are still sleeping.
func (wg *WaitGroup) Add(delta int) {
	after := atomic.AddUint64(&wg.state, uint64(delta)<<32)
	count, sleepers := int32(after>>32), uint32(after)
	switch {
	case count < 0:
		panic("sync: negative WaitGroup counter")
	case sleepers != 0 && delta > 0 && count == int32(delta):
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	case count > 0 || sleepers == 0:
		return
	}
	// The count is zero with goroutines asleep in Wait: wake them all and
	// start afresh.
	atomic.StoreUint64(&wg.state, 0)
	for i := uint32(0); i < sleepers; i++ {
		runtime_Semrelease(&wg.sema)
	}
}

// Done counts one goroutine out: Add(-1).
func (wg *WaitGroup) Done() { wg.Add(-1) }

// Wait sleeps until the count is zero (returning at once if it already is).
func (wg *WaitGroup) Wait() {
	for {
		now := atomic.LoadUint64(&wg.state)
		if now>>32 == 0 {
			return
		}
		if atomic.CompareAndSwapUint64(&wg.state, now, now+1) { // one more sleeper
			runtime_Semacquire(&wg.sema)
			return
		}
	}
}
