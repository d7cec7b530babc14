// Package sync is minigo's sync: Mutex, RWMutex, WaitGroup, Once, Cond, Pool, Map.
//
// The primitives are plain Go over atomics and four runtime hooks, declared without a
// body in runtime.go:
//
//	runtime_Semacquire(s)   block until *s > 0, then decrement it
//	runtime_Semrelease(s)   increment *s and wake one goroutine blocked on s
//	runtime_registerPoolCleanup(f)   have the GC call f at the start of each cycle
//	fatal(msg)              "fatal error: msg" and exit 2 (not a recoverable panic)
//
// A goroutine blocked in runtime_Semacquire counts as asleep for the runtime's
// deadlock detection ("fatal error: all goroutines are asleep - deadlock!").
//
// Example: var mu sync.Mutex; mu.Lock(); defer mu.Unlock().
package sync

import "sync/atomic"

// Locker is anything with Lock and Unlock, such as *Mutex or the read side
// of an RWMutex (RLocker).
type Locker interface {
	Lock()
	Unlock()
}

// Mutex is a lock for mutual exclusion. The zero Mutex is unlocked. Do not
// copy a Mutex once it has been used.
//
// state counts the goroutines that hold or want the lock: the holder plus
// the waiters. Lock adds one; whoever raises it from 0 to 1 has the lock,
// everyone else sleeps on sema. Unlock subtracts one and, if anyone is left
// waiting, wakes one of them, handing the lock over directly. A semaphore
// remembers wake-ups, so a waiter that has counted itself but not yet gone to
// sleep cannot miss its turn.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock acquires m, sleeping until it is free.
func (m *Mutex) Lock() {
	if atomic.AddInt32(&m.state, 1) != 1 {
		runtime_Semacquire(&m.sema) // the lock is handed to us by Unlock
	}
}

// TryLock acquires m if it is free, without sleeping, and reports whether
// it did.
func (m *Mutex) TryLock() bool {
	return atomic.CompareAndSwapInt32(&m.state, 0, 1)
}

// Unlock releases m, passing it to a waiting goroutine if there is one. m
// must be locked (by any goroutine): unlocking a free Mutex is fatal.
func (m *Mutex) Unlock() {
	left := atomic.AddInt32(&m.state, -1)
	if left < 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if left > 0 {
		runtime_Semrelease(&m.sema)
	}
}

// RWMutex is a lock with shared (read) and exclusive (write) modes: any
// number of readers, or one writer. Once a writer is waiting, new readers
// wait behind it, so a steady stream of readers cannot starve it.
//
// gate is an ordinary Mutex. A writer holds it for its whole turn; a reader
// holds it only while registering in readers, so readers queue at the gate
// while a writer is active or waiting. A writer that gets the gate while
// readers are still inside raises writerWaiting and sleeps on drained until
// the last reader leaves and wakes it.
type RWMutex struct {
	gate          Mutex
	drained       uint32 // semaphore: the waiting writer sleeps here
	writerWaiting int32  // 1 while a writer waits for readers to leave
	readers       int32  // readers inside
}

// RLock acquires rw for reading.
func (rw *RWMutex) RLock() {
	rw.gate.Lock()
	atomic.AddInt32(&rw.readers, 1)
	rw.gate.Unlock()
}

// TryRLock acquires rw for reading if no writer holds or waits for it, and
// reports whether it did.
func (rw *RWMutex) TryRLock() bool {
	if !rw.gate.TryLock() {
		return false
	}
	atomic.AddInt32(&rw.readers, 1)
	rw.gate.Unlock()
	return true
}

// RUnlock releases one read hold; the last reader out wakes a waiting
// writer. Releasing a read hold that was never taken is fatal.
func (rw *RWMutex) RUnlock() {
	left := atomic.AddInt32(&rw.readers, -1)
	if left < 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	if left == 0 && atomic.CompareAndSwapInt32(&rw.writerWaiting, 1, 0) {
		runtime_Semrelease(&rw.drained)
	}
}

// Lock acquires rw for writing: it closes the gate to new readers, then
// waits for the readers inside to leave.
func (rw *RWMutex) Lock() {
	rw.gate.Lock()
	if atomic.LoadInt32(&rw.readers) == 0 {
		return
	}
	atomic.StoreInt32(&rw.writerWaiting, 1)
	// Look again: if the last reader left before it could see the flag, take
	// the flag back ourselves. Failing to take it back means that reader did
	// see it and released drained for us, so the wait below returns at once.
	if atomic.LoadInt32(&rw.readers) > 0 || !atomic.CompareAndSwapInt32(&rw.writerWaiting, 1, 0) {
		runtime_Semacquire(&rw.drained)
	}
}

// TryLock acquires rw for writing if nobody holds it, and reports whether
// it did.
func (rw *RWMutex) TryLock() bool {
	if !rw.gate.TryLock() {
		return false
	}
	if atomic.LoadInt32(&rw.readers) != 0 {
		rw.gate.Unlock()
		return false
	}
	return true
}

// Unlock releases rw from writing, letting queued readers and writers in.
// Unlocking an RWMutex that is not write-locked is fatal.
func (rw *RWMutex) Unlock() {
	if atomic.LoadInt32(&rw.gate.state) == 0 {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.gate.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*readLocker)(rw)
}

type readLocker RWMutex

func (r *readLocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *readLocker) Unlock() { (*RWMutex)(r).RUnlock() }
