package runtime

// A MemStats records statistics about the memory allocator. The fields and their
// meaning are Go 1.19's; minigo's runtime fills them from its own heap (size classes,
// spans, GC cycles), so the numbers track the program's real allocation behaviour.
type MemStats struct {
	// General statistics.

	Alloc      uint64 // bytes of allocated heap objects
	TotalAlloc uint64 // cumulative bytes allocated for heap objects
	Sys        uint64 // total bytes of memory obtained from the OS
	Lookups    uint64 // number of pointer lookups performed by the runtime
	Mallocs    uint64 // cumulative count of heap objects allocated
	Frees      uint64 // cumulative count of heap objects freed

	// Heap memory statistics.

	HeapAlloc    uint64 // bytes of allocated heap objects
	HeapSys      uint64 // bytes of heap memory obtained from the OS
	HeapIdle     uint64 // bytes in idle (unused) spans
	HeapInuse    uint64 // bytes in in-use spans
	HeapReleased uint64 // bytes of physical memory returned to the OS
	HeapObjects  uint64 // number of allocated heap objects

	// Stack memory statistics.

	StackInuse uint64 // bytes in stack spans
	StackSys   uint64 // bytes of stack memory obtained from the OS

	// Off-heap memory statistics.

	MSpanInuse  uint64 // bytes of allocated mspan structures
	MSpanSys    uint64 // bytes of memory obtained from the OS for mspan structures
	MCacheInuse uint64 // bytes of allocated mcache structures
	MCacheSys   uint64 // bytes of memory obtained from the OS for mcache structures
	BuckHashSys uint64 // bytes of memory in profiling bucket hash tables
	GCSys       uint64 // bytes of memory in garbage collection metadata
	OtherSys    uint64 // bytes of memory in miscellaneous off-heap runtime allocations

	// Garbage collector statistics.

	NextGC        uint64      // target heap size of the next GC cycle
	LastGC        uint64      // time the last garbage collection finished, as nanoseconds since 1970
	PauseTotalNs  uint64      // cumulative nanoseconds in GC stop-the-world pauses
	PauseNs       [256]uint64 // circular buffer of recent GC stop-the-world pause times in nanoseconds
	PauseEnd      [256]uint64 // circular buffer of recent GC pause end times
	NumGC         uint32      // number of completed GC cycles
	NumForcedGC   uint32      // number of GC cycles that were forced by the application calling GC
	GCCPUFraction float64     // fraction of this program's available CPU time used by the GC
	EnableGC      bool        // GC is enabled (always true)
	DebugGC       bool        // currently unused

	// BySize reports per-size class allocation statistics.
	BySize [61]struct {
		// Size is the maximum byte size of an object in this size class.
		Size uint32
		// Mallocs is the cumulative count of heap objects allocated in this size class.
		Mallocs uint64
		// Frees is the cumulative count of heap objects freed in this size class.
		Frees uint64
	}
}

// ReadMemStats populates m with memory allocator statistics.
//
//go:noescape
func ReadMemStats(m *MemStats)

// A MemProfileRecord describes the live objects allocated by a particular call
// sequence (stack trace).
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64       // number of bytes allocated, freed
	AllocObjects, FreeObjects int64       // number of objects allocated, freed
	Stack0                    [32]uintptr // stack trace for this record; ends at first 0 entry
}

// InUseBytes returns the number of bytes in use (AllocBytes - FreeBytes).
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the number of objects in use (AllocObjects - FreeObjects).
func (r *MemProfileRecord) InUseObjects() int64 {
	return r.AllocObjects - r.FreeObjects
}

// Stack returns the stack trace associated with the record, a prefix of r.Stack0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// A StackRecord describes a single execution stack.
type StackRecord struct {
	Stack0 [32]uintptr // stack trace for this record; ends at first 0 entry
}

// Stack returns the stack trace associated with the record, a prefix of r.Stack0.
func (r *StackRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// BlockProfileRecord describes blocking events originated at a particular call
// sequence (stack trace).
type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}

// MemProfile returns a profile of memory allocated and freed per allocation site.
// minigo records no profile: it returns 0, true.
//
//go:noescape
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool)

// GoroutineProfile returns n, the number of records in the active goroutine stack
// profile. minigo records no profile.
func GoroutineProfile(p []StackRecord) (n int, ok bool) { return 0, true }

// BlockProfile returns n, the number of records in the current blocking profile.
func BlockProfile(p []BlockProfileRecord) (n int, ok bool) { return 0, true }

// MutexProfile returns n, the number of records in the current mutex profile.
func MutexProfile(p []BlockProfileRecord) (n int, ok bool) { return 0, true }

// SetBlockProfileRate controls the fraction of goroutine blocking events that are
// reported in the blocking profile (ignored by minigo).
func SetBlockProfileRate(rate int) {}

// SetMutexProfileFraction controls the fraction of mutex contention events that are
// reported in the mutex profile (ignored by minigo). It returns the previous rate.
func SetMutexProfileFraction(rate int) int { return 0 }

// SetCPUProfileRate sets the CPU profiling rate (ignored by minigo).
func SetCPUProfileRate(hz int) {}
