// Package maphash is minigo's hash/maphash: hash functions on byte sequences and
// strings, for hash tables and similar structures, with per-seed randomisation.
//
// The hash is computed here in plain Go (a 64-bit multiply-xorshift mix over 8-byte
// words); only MakeSeed needs the runtime, for randomness (runtime_rand, a hook). The
// values differ from Go's (which are random per process anyway); the guarantees are
// the same: equal inputs with equal seeds hash equally, and writes may be split at any
// boundary without changing the result.
//
// Example: var h maphash.Hash; h.WriteString("x"); v := h.Sum64()
package maphash

import "math/bits"

// Seed picks one hash function out of the family: Hashes with equal seeds
// hash equal inputs equally. The zero Seed is not valid; get one from
// MakeSeed.
type Seed struct {
	s uint64
}

// MakeSeed returns a new random, non-zero seed.
func MakeSeed() Seed {
	var s uint64
	for s == 0 {
		s = runtime_rand()
	}
	return Seed{s: s}
}

// runtime_rand returns random bits from the runtime. Runtime hook.
func runtime_rand() uint64

// blockSize is the unit of input the mixing function consumes at a time;
// Hash buffers writes until it has a full block.
const blockSize = 128

// Hash computes a seeded hash of a byte sequence written to it in pieces.
// The zero Hash picks a random seed on first use. Hashes are not comparable
// (the zero-length func array sees to that) and must not be copied in use.
//
// state is the hash of the full blocks absorbed so far; block[:filled] is
// the partial block after them.
type Hash struct {
	_      [0]func()
	seed   Seed
	state  Seed
	block  [blockSize]byte
	filled int
}

// ensureSeed gives a zero Hash its random seed.
func (h *Hash) ensureSeed() {
	if h.seed.s == 0 {
		h.seed = MakeSeed()
		h.state = h.seed
	}
}

// absorb folds the full block into state and empties it.
func (h *Hash) absorb() {
	h.ensureSeed()
	h.state.s = rthash(h.block[:], h.state.s)
	h.filled = 0
}

// WriteByte adds one byte to the hashed input.
func (h *Hash) WriteByte(b byte) error {
	if h.filled == blockSize {
		h.absorb()
	}
	h.block[h.filled] = b
	h.filled++
	return nil
}

// Write adds b to the hashed input; it never fails.
func (h *Hash) Write(b []byte) (int, error) {
	for rest := b; len(rest) > 0; {
		if h.filled == blockSize {
			h.absorb()
		}
		n := copy(h.block[h.filled:], rest)
		h.filled += n
		rest = rest[n:]
	}
	return len(b), nil
}

// WriteString adds s to the hashed input; it never fails.
func (h *Hash) WriteString(s string) (int, error) {
	for rest := s; len(rest) > 0; {
		if h.filled == blockSize {
			h.absorb()
		}
		n := copy(h.block[h.filled:], rest)
		h.filled += n
		rest = rest[n:]
	}
	return len(s), nil
}

// Seed is h's seed (chosen now, at random, if h has none yet).
func (h *Hash) Seed() Seed {
	h.ensureSeed()
	return h.seed
}

// SetSeed starts h afresh with the given seed, which must not be zero.
func (h *Hash) SetSeed(seed Seed) {
	if seed.s == 0 {
		panic("maphash: use of uninitialized Seed")
	}
	h.seed, h.state, h.filled = seed, seed, 0
}

// Reset forgets the input written so far, keeping the seed.
func (h *Hash) Reset() {
	h.ensureSeed()
	h.state, h.filled = h.seed, 0
}

// Sum64 is the hash of everything written since the last Reset or SetSeed.
func (h *Hash) Sum64() uint64 {
	h.ensureSeed()
	return rthash(h.block[:h.filled], h.state.s)
}

// Sum appends the big-endian bytes of Sum64 to b.
func (h *Hash) Sum(b []byte) []byte {
	v := h.Sum64()
	for shift := 56; shift >= 0; shift -= 8 {
		b = append(b, byte(v>>uint(shift)))
	}
	return b
}

// Size is the length of Sum's output: 8 bytes.
func (h *Hash) Size() int { return 8 }

// BlockSize is the size of the blocks the hash consumes.
func (h *Hash) BlockSize() int { return blockSize }

// Bytes is the hash of b under seed, the same as writing b to a Hash with
// that seed.
func Bytes(seed Seed, b []byte) uint64 {
	if seed.s == 0 {
		panic("maphash: use of uninitialized Seed")
	}
	state := seed.s
	for ; len(b) > blockSize; b = b[blockSize:] {
		state = rthash(b[:blockSize], state)
	}
	return rthash(b, state)
}

// String is the hash of s under seed, the same as writing s to a Hash with
// that seed.
func String(seed Seed, s string) uint64 {
	if seed.s == 0 {
		panic("maphash: use of uninitialized Seed")
	}
	var h Hash
	h.SetSeed(seed)
	h.WriteString(s)
	return h.Sum64()
}

// Mixing constants: odd 64-bit values with well-spread bits.
const (
	mixA = 0xa0761d6478bd642f
	mixB = 0xe7037ed1a0b428db
	mixC = 0x8ebc6af09c88c6e3
)

// fold multiplies a and b to 128 bits and xors the halves together.
func fold(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// rthash hashes one block (at most blockSize bytes) starting from seed: it
// folds in 8 bytes at a time, then the tail with the tail's length, and
// finally mixes in the seed again.
func rthash(b []byte, seed uint64) uint64 {
	h := seed ^ mixA ^ uint64(len(b))*mixC
	for ; len(b) >= 8; b = b[8:] {
		h = fold(h^binaryLE(b[:8]), mixB)
	}
	h = fold(h^binaryLE(b)^uint64(len(b)), mixB)
	return fold(h, mixC^seed)
}

// binaryLE reads up to 8 bytes of b as a little-endian number.
func binaryLE(b []byte) uint64 {
	var w uint64
	for i := len(b) - 1; i >= 0; i-- {
		w = w<<8 | uint64(b[i])
	}
	return w
}
