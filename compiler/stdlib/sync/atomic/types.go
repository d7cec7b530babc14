package atomic

import "unsafe"

// noCopy marks a struct that must not be copied after first use (for go vet's
// copylocks check).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// align64 makes a struct 64-bit aligned on 32-bit platforms; on amd64 it is empty.
type align64 struct{}

// A Bool is an atomic boolean value. The zero value is false.
type Bool struct {
	_ noCopy
	v uint32
}

// Load atomically loads and returns the value stored in x.
func (x *Bool) Load() bool { return LoadUint32(&x.v) != 0 }

// Store atomically stores val into x.
func (x *Bool) Store(val bool) { StoreUint32(&x.v, b32(val)) }

// Swap atomically stores new into x and returns the previous value.
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }

// CompareAndSwap executes the compare-and-swap operation for the boolean value x.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// b32 returns a uint32 0 or 1 representing b.
func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// An Int32 is an atomic int32. The zero value is zero.
type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32           { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32)       { StoreInt32(&x.v, val) }
func (x *Int32) Swap(new int32) int32  { return SwapInt32(&x.v, new) }
func (x *Int32) Add(delta int32) int32 { return AddInt32(&x.v, delta) }
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}

// An Int64 is an atomic int64. The zero value is zero.
type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

func (x *Int64) Load() int64           { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64)       { StoreInt64(&x.v, val) }
func (x *Int64) Swap(new int64) int64  { return SwapInt64(&x.v, new) }
func (x *Int64) Add(delta int64) int64 { return AddInt64(&x.v, delta) }
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}

// A Uint32 is an atomic uint32. The zero value is zero.
type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32            { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32)        { StoreUint32(&x.v, val) }
func (x *Uint32) Swap(new uint32) uint32  { return SwapUint32(&x.v, new) }
func (x *Uint32) Add(delta uint32) uint32 { return AddUint32(&x.v, delta) }
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}

// A Uint64 is an atomic uint64. The zero value is zero.
type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

func (x *Uint64) Load() uint64            { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64)        { StoreUint64(&x.v, val) }
func (x *Uint64) Swap(new uint64) uint64  { return SwapUint64(&x.v, new) }
func (x *Uint64) Add(delta uint64) uint64 { return AddUint64(&x.v, delta) }
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}

// A Uintptr is an atomic uintptr. The zero value is zero.
type Uintptr struct {
	_ noCopy
	v uintptr
}

func (x *Uintptr) Load() uintptr             { return LoadUintptr(&x.v) }
func (x *Uintptr) Store(val uintptr)         { StoreUintptr(&x.v, val) }
func (x *Uintptr) Swap(new uintptr) uintptr  { return SwapUintptr(&x.v, new) }
func (x *Uintptr) Add(delta uintptr) uintptr { return AddUintptr(&x.v, delta) }
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&x.v, old, new)
}

// A Value provides an atomic load and store of a consistently typed value. The zero
// value for a Value returns nil from Load. Once Store has been called, a Value must
// not be copied, and every stored value must have the same concrete type.
type Value struct {
	v any
}

// efaceWords is the layout of an interface value: type word, then data word.
type efaceWords struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// typeWord returns the dynamic type word of x (nil for a nil interface).
func typeWord(x *any) unsafe.Pointer {
	return (*efaceWords)(unsafe.Pointer(x)).typ
}

// loadType atomically loads the dynamic type word of *x (nil for a nil interface). As
// in Go, every Value method reads the type word through the atomic hooks, whose pointer
// parameters leak: the Value itself leaks ("leaking param: v"), as gc tags Go's.
func loadType(x *any) unsafe.Pointer {
	return LoadPointer(&(*efaceWords)(unsafe.Pointer(x)).typ)
}

// Load returns the value set by the most recent Store. It returns nil if there has
// been no call to Store for this Value.
func (v *Value) Load() (val any) {
	if loadType(&v.v) == nil {
		return nil
	}
	return v.v
}

// Store sets the value of the Value v to val. All calls to Store for a given Value
// must use values of the same concrete type; storing nil panics.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if loadType(&v.v) != nil && typeWord(&v.v) != typeWord(&val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
}

// Swap stores new into Value and returns the previous value. It returns nil if the
// Value is empty.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	if loadType(&v.v) != nil && typeWord(&v.v) != typeWord(&new) {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value. Comparing
// values of a non-comparable type panics, as ==.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && typeWord(&old) != typeWord(&new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if loadType(&v.v) == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	if typeWord(&v.v) != typeWord(&new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
