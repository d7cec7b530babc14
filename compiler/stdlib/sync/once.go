package sync

import "sync/atomic"

// Once runs a function at most once, however many goroutines ask. done
// becomes 1 after the function has returned (or panicked); until then,
// callers serialise on m, and the first one in runs the function.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls f if no call to o.Do has done so before. Every call returns only
// after f has finished, so the work f does is visible to all of them. If f
// panics, it still counts as done.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 1 {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}
