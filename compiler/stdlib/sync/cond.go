package sync

import "sync/atomic"

// Cond implements a condition variable, a rendezvous point for goroutines waiting for
// or announcing the occurrence of an event. Each Cond has an associated Locker L,
// which must be held when changing the condition and when calling Wait.
//
// waiters counts goroutines inside Wait that have not been signalled; Signal and
// Broadcast move that many tokens to sema, on which the waiters block.
type Cond struct {
	// L is held while observing or changing the condition
	L Locker

	waiters int32
	sema    uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling goroutine. After
// later resuming execution, Wait locks c.L before returning.
func (c *Cond) Wait() {
	atomic.AddInt32(&c.waiters, 1)
	c.L.Unlock()
	runtime_Semacquire(&c.sema)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	for {
		n := atomic.LoadInt32(&c.waiters)
		if n == 0 {
			return
		}
		if atomic.CompareAndSwapInt32(&c.waiters, n, n-1) {
			runtime_Semrelease(&c.sema)
			return
		}
	}
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	n := atomic.SwapInt32(&c.waiters, 0)
	for ; n > 0; n-- {
		runtime_Semrelease(&c.sema)
	}
}
