// Package atomic is minigo's sync/atomic: atomic memory primitives.
//
// The functions are runtime hooks, declared without a body as Go declares its
// assembly ones; gc therefore tags their pointer parameters as leaking to the heap
// ("leaking param: addr"), and so does minigo's escape analysis, so that
// atomic.AddInt32(&x, 1) moves x to the heap exactly as in Go. The types (Int32,
// Int64, Uint32, Uint64, Uintptr, Bool, Value) are plain Go on top of the functions.
// Go 1.19's generic Pointer[T] is not provided (minigo has no generics). Value's
// methods check and store in plain Go, relying on minigo's cooperative scheduler not
// to switch goroutines inside them (they make no calls that can block).
//
// Example: var n atomic.Int64; n.Add(2); n.Load() == 2.
package atomic

import "unsafe"

// SwapInt32 puts new in *addr and returns what was there, as one indivisible step.
func SwapInt32(addr *int32, new int32) (old int32)

// SwapInt64 puts new in *addr and returns what was there, as one indivisible step.
func SwapInt64(addr *int64, new int64) (old int64)

// SwapUint32 puts new in *addr and returns what was there, as one indivisible step.
func SwapUint32(addr *uint32, new uint32) (old uint32)

// SwapUint64 puts new in *addr and returns what was there, as one indivisible step.
func SwapUint64(addr *uint64, new uint64) (old uint64)

// SwapUintptr puts new in *addr and returns what was there, as one indivisible step.
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

// SwapPointer puts new in *addr and returns what was there, as one indivisible step.
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)

// CompareAndSwapInt32 puts new in *addr only if *addr equals old, as one indivisible
// step, and reports whether it did.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

// CompareAndSwapInt64 puts new in *addr only if *addr equals old, as one indivisible
// step, and reports whether it did.
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

// CompareAndSwapUint32 puts new in *addr only if *addr equals old, as one indivisible
// step, and reports whether it did.
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

// CompareAndSwapUint64 puts new in *addr only if *addr equals old, as one indivisible
// step, and reports whether it did.
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

// CompareAndSwapUintptr puts new in *addr only if *addr equals old, as one indivisible
// step, and reports whether it did.
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

// CompareAndSwapPointer puts new in *addr only if *addr equals old, as one indivisible
// step, and reports whether it did.
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)

// AddInt32 adds delta to *addr and returns the sum, as one indivisible step.
func AddInt32(addr *int32, delta int32) (new int32)

// AddUint32 adds delta to *addr and returns the sum, as one indivisible step.
// To subtract c, add its two's complement: AddUint32(&x, ^uint32(c-1)).
func AddUint32(addr *uint32, delta uint32) (new uint32)

// AddInt64 adds delta to *addr and returns the sum, as one indivisible step.
func AddInt64(addr *int64, delta int64) (new int64)

// AddUint64 adds delta to *addr and returns the sum, as one indivisible step.
func AddUint64(addr *uint64, delta uint64) (new uint64)

// AddUintptr adds delta to *addr and returns the sum, as one indivisible step.
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

// LoadInt32 reads *addr as one indivisible step.
func LoadInt32(addr *int32) (val int32)

// LoadInt64 reads *addr as one indivisible step.
func LoadInt64(addr *int64) (val int64)

// LoadUint32 reads *addr as one indivisible step.
func LoadUint32(addr *uint32) (val uint32)

// LoadUint64 reads *addr as one indivisible step.
func LoadUint64(addr *uint64) (val uint64)

// LoadUintptr reads *addr as one indivisible step.
func LoadUintptr(addr *uintptr) (val uintptr)

// LoadPointer reads *addr as one indivisible step.
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)

// StoreInt32 writes val to *addr as one indivisible step.
func StoreInt32(addr *int32, val int32)

// StoreInt64 writes val to *addr as one indivisible step.
func StoreInt64(addr *int64, val int64)

// StoreUint32 writes val to *addr as one indivisible step.
func StoreUint32(addr *uint32, val uint32)

// StoreUint64 writes val to *addr as one indivisible step.
func StoreUint64(addr *uint64, val uint64)

// StoreUintptr writes val to *addr as one indivisible step.
func StoreUintptr(addr *uintptr, val uintptr)

// StorePointer writes val to *addr as one indivisible step.
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)
