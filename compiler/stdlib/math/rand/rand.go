// Package rand is minigo's math/rand: pseudo-random numbers with Go 1.19's API.
//
// Plain Go (the Normal and exponential variates call math.Log and friends, which are
// runtime hooks). The generator is minigo's own, SplitMix64 (a 64-bit counter passed
// through a mixing function), not Go's additive lagged Fibonacci source: for a given
// seed the sequence differs from Go's, so programs that print random numbers print
// different ones. The derived methods (Intn, Int63n, Float64, Perm, Shuffle, ...) use
// the same reductions as Go's. As in Go 1.19 the top-level functions use a source
// seeded with 1 until Seed is called.
//
// Example: r := rand.New(rand.NewSource(42)); r.Intn(10)
package rand

import "math"

// A Source represents a source of uniformly-distributed pseudo-random int64 values in
// the range [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uniformly-distributed pseudo-random
// uint64 values in the range [0, 1<<64) directly.
type Source64 interface {
	Source
	Uint64() uint64
}

// splitMix is the Source of this package: state advances by a fixed odd constant and
// each output is the state passed through a bijective mixing function.
type splitMix struct {
	state uint64
}

func (s *splitMix) Seed(seed int64) { s.state = uint64(seed) }

func (s *splitMix) Uint64() uint64 {
	s.state += 0x9e3779b97f4a7c15
	z := s.state
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

func (s *splitMix) Int63() int64 { return int64(s.Uint64() >> 1) }

// NewSource returns a new pseudo-random Source seeded with the given value.
func NewSource(seed int64) Source {
	return &splitMix{state: uint64(seed)}
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64 // non-nil if src is source64

	// readVal and readPos carry the bytes of a partly used value between Read calls.
	readVal int64
	readPos int
}

// New returns a new Rand that uses random values from src to generate other random
// values.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed uses the provided seed value to initialize the generator to a deterministic state.
func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.readPos = 0
}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32.
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1) // the top bit is dropped so the result is non-negative
}

// below returns a uniform value in [0, n) given next, which yields uniform
// values in [0, limit]. Draws from the incomplete last stretch of multiples
// of n are rejected, so every result is equally likely; a power of two just
// keeps the low bits.
func below(n uint64, limit uint64, next func() uint64) uint64 {
	if n&(n-1) == 0 {
		return next() & (n - 1)
	}
	// accept draws below the largest multiple of n that fits in [0, limit].
	accept := limit - (limit%n+1)%n
	for {
		if v := next(); v <= accept {
			return v % n
		}
	}
}

// Int63n is a uniform int64 in [0, n); n <= 0 panics.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	return int64(below(uint64(n), 1<<63-1, func() uint64 { return uint64(r.Int63()) }))
}

// Int31n is a uniform int32 in [0, n); n <= 0 panics.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	return int32(below(uint64(n), 1<<31-1, func() uint64 { return uint64(r.Int31()) }))
}

// Intn is a uniform int in [0, n); n <= 0 panics.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n < 1<<31 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns, as a float64, a pseudo-random number in the half-open interval [0.0,1.0).
func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f < 1 { // rounding can give exactly 1: draw again
			return f
		}
	}
}

// Float32 returns, as a float32, a pseudo-random number in the half-open interval [0.0,1.0).
func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f < 1 {
			return f
		}
	}
}

// Perm is a random permutation of 0, 1, ..., n-1, built by inserting each
// i at a random position among the first i+1 (the "inside-out" shuffle).
func (r *Rand) Perm(n int) []int {
	perm := make([]int, n)
	for i := range perm {
		j := r.Intn(i + 1)
		perm[i], perm[j] = perm[j], i
	}
	return perm
}

// Shuffle puts n elements in random order (Fisher-Yates), exchanging them
// with swap; n < 0 panics.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for last := n - 1; last > 0; last-- {
		swap(last, int(r.Int63n(int64(last+1))))
	}
}

// Read fills p with random bytes, seven from each Int63 (its low 56 bits),
// carrying unused bytes over to the next call. It never fails.
func (r *Rand) Read(p []byte) (n int, err error) {
	for n = range p {
		if r.readPos == 0 {
			r.readVal, r.readPos = r.Int63(), 7
		}
		p[n] = byte(r.readVal)
		r.readVal >>= 8
		r.readPos--
	}
	return len(p), nil
}

// NormFloat64 returns a normally distributed float64 in the range
// [-math.MaxFloat64, +math.MaxFloat64] with standard normal distribution (mean = 0,
// stddev = 1), by Marsaglia's polar method.
func (r *Rand) NormFloat64() float64 {
	for {
		u := 2*r.Float64() - 1
		v := 2*r.Float64() - 1
		s := u*u + v*v
		if s > 0 && s < 1 {
			return u * math.Sqrt(-2*math.Log(s)/s)
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 in the range (0,
// +math.MaxFloat64] with an exponential distribution whose rate parameter (lambda) is
// 1 and whose mean is 1/lambda (1), by inversion.
func (r *Rand) ExpFloat64() float64 {
	return -math.Log(1 - r.Float64())
}

// globalRand is the generator behind the top-level functions, seeded with 1.
var globalRand = New(NewSource(1))

// Seed uses the provided seed value to initialize the default Source to a
// deterministic state.
func Seed(seed int64) { globalRand.Seed(seed) }

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64 from the
// default Source.
func Int63() int64 { return globalRand.Int63() }

// Uint32 returns a pseudo-random 32-bit value as a uint32 from the default Source.
func Uint32() uint32 { return globalRand.Uint32() }

// Uint64 returns a pseudo-random 64-bit value as a uint64 from the default Source.
func Uint64() uint64 { return globalRand.Uint64() }

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32 from the
// default Source.
func Int31() int32 { return globalRand.Int31() }

// Int returns a non-negative pseudo-random int from the default Source.
func Int() int { return globalRand.Int() }

// Int63n returns, as an int64, a non-negative pseudo-random number in [0,n) from the
// default Source. It panics if n <= 0.
func Int63n(n int64) int64 { return globalRand.Int63n(n) }

// Int31n returns, as an int32, a non-negative pseudo-random number in [0,n) from the
// default Source. It panics if n <= 0.
func Int31n(n int32) int32 { return globalRand.Int31n(n) }

// Intn returns, as an int, a non-negative pseudo-random number in [0,n) from the
// default Source. It panics if n <= 0.
func Intn(n int) int { return globalRand.Intn(n) }

// Float64 returns, as a float64, a pseudo-random number in [0.0,1.0) from the default
// Source.
func Float64() float64 { return globalRand.Float64() }

// Float32 returns, as a float32, a pseudo-random number in [0.0,1.0) from the default
// Source.
func Float32() float32 { return globalRand.Float32() }

// Perm returns, as a slice of n ints, a pseudo-random permutation of the integers in
// [0,n) from the default Source.
func Perm(n int) []int { return globalRand.Perm(n) }

// Shuffle pseudo-randomizes the order of elements using the default Source.
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

// Read generates len(p) random bytes from the default Source and writes them into p.
//
// Deprecated: For almost all use cases, crypto/rand.Read is more appropriate.
func Read(p []byte) (n int, err error) { return globalRand.Read(p) }

// NormFloat64 returns a normally distributed float64 (mean 0, stddev 1) from the
// default Source.
func NormFloat64() float64 { return globalRand.NormFloat64() }

// ExpFloat64 returns an exponentially distributed float64 (rate 1) from the default
// Source.
func ExpFloat64() float64 { return globalRand.ExpFloat64() }
