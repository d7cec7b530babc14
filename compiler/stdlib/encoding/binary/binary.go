// Package binary is minigo's encoding/binary: translation between numbers and byte
// sequences (fixed-size little- and big-endian, and varints), and Read/Write of
// fixed-size values through reflection.
//
// Plain Go over io, errors, math and reflect (reflect's internals are runtime hooks).
//
// Example: binary.BigEndian.Uint16([]byte{1, 2}) == 0x0102
package binary

import (
	"errors"
	"io"
	"math"
	"reflect"
)

// ByteOrder reads and writes unsigned integers in byte slices in one byte
// order.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// AppendByteOrder appends unsigned integers to byte slices in one byte order.
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

// LittleEndian puts the least significant byte first.
var LittleEndian littleEndian

// BigEndian puts the most significant byte first.
var BigEndian bigEndian

// The two orders are written once, over n-byte integers: readN and putN
// index b[n-1] first, so that a short slice panics (index out of range)
// before any byte is read or written.

// readLE reads the n-byte little-endian integer at the start of b.
func readLE(b []byte, n int) uint64 {
	_ = b[n-1]
	var v uint64
	for i := n - 1; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

// putLE writes the low n bytes of v at the start of b, least significant first.
func putLE(b []byte, v uint64, n int) {
	_ = b[n-1]
	for i := 0; i < n; i++ {
		b[i] = byte(v >> (8 * uint(i)))
	}
}

// readBE reads the n-byte big-endian integer at the start of b.
func readBE(b []byte, n int) uint64 {
	_ = b[n-1]
	var v uint64
	for i := 0; i < n; i++ {
		v = v<<8 | uint64(b[i])
	}
	return v
}

// putBE writes the low n bytes of v at the start of b, most significant first.
func putBE(b []byte, v uint64, n int) {
	_ = b[n-1]
	for i := 0; i < n; i++ {
		b[i] = byte(v >> (8 * uint(n-1-i)))
	}
}

// appendOrdered appends the low n bytes of v in the order put writes them.
func appendOrdered(b []byte, v uint64, n int, put func([]byte, uint64, int)) []byte {
	var tmp [8]byte
	put(tmp[:n], v, n)
	return append(b, tmp[:n]...)
}

type littleEndian struct{}

func (littleEndian) Uint16(b []byte) uint16       { return uint16(readLE(b, 2)) }
func (littleEndian) Uint32(b []byte) uint32       { return uint32(readLE(b, 4)) }
func (littleEndian) Uint64(b []byte) uint64       { return readLE(b, 8) }
func (littleEndian) PutUint16(b []byte, v uint16) { putLE(b, uint64(v), 2) }
func (littleEndian) PutUint32(b []byte, v uint32) { putLE(b, uint64(v), 4) }
func (littleEndian) PutUint64(b []byte, v uint64) { putLE(b, v, 8) }

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return appendOrdered(b, uint64(v), 2, putLE)
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return appendOrdered(b, uint64(v), 4, putLE)
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	return appendOrdered(b, v, 8, putLE)
}

func (littleEndian) String() string   { return "LittleEndian" }
func (littleEndian) GoString() string { return "binary.LittleEndian" }

type bigEndian struct{}

func (bigEndian) Uint16(b []byte) uint16       { return uint16(readBE(b, 2)) }
func (bigEndian) Uint32(b []byte) uint32       { return uint32(readBE(b, 4)) }
func (bigEndian) Uint64(b []byte) uint64       { return readBE(b, 8) }
func (bigEndian) PutUint16(b []byte, v uint16) { putBE(b, uint64(v), 2) }
func (bigEndian) PutUint32(b []byte, v uint32) { putBE(b, uint64(v), 4) }
func (bigEndian) PutUint64(b []byte, v uint64) { putBE(b, v, 8) }

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return appendOrdered(b, uint64(v), 2, putBE)
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return appendOrdered(b, uint64(v), 4, putBE)
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	return appendOrdered(b, v, 8, putBE)
}

func (bigEndian) String() string   { return "BigEndian" }
func (bigEndian) GoString() string { return "binary.BigEndian" }

// --- varints ---

// MaxVarintLenN is the maximum length of a varint-encoded N-bit integer.
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

// AppendUvarint appends the varint encoding of x: seven bits per byte,
// least significant first, with the top bit set on every byte but the last.
func AppendUvarint(buf []byte, x uint64) []byte {
	for ; x >= 0x80; x >>= 7 {
		buf = append(buf, 0x80|byte(x))
	}
	return append(buf, byte(x))
}

// PutUvarint writes the varint encoding of x into buf (which must be long
// enough; MaxVarintLen64 always is) and returns its length.
func PutUvarint(buf []byte, x uint64) int {
	n := 0
	for ; x >= 0x80; x >>= 7 {
		buf[n] = 0x80 | byte(x)
		n++
	}
	buf[n] = byte(x)
	return n + 1
}

// Uvarint decodes the varint at the start of buf and returns it with the
// number of bytes it took. n == 0: buf ended before the last byte; n < 0:
// the value does not fit in 64 bits, and -n bytes were examined.
func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	for i, b := range buf {
		last := b < 0x80
		switch {
		case i == MaxVarintLen64, i == MaxVarintLen64-1 && last && b > 1:
			return 0, -(i + 1) // more than 64 bits
		case last:
			return x | uint64(b)<<(7*uint(i)), i + 1
		}
		x |= uint64(b&0x7F) << (7 * uint(i))
	}
	return 0, 0
}

// zigzag maps signed to unsigned so that small magnitudes stay small:
// 0, -1, 1, -2, ... become 0, 1, 2, 3, ...
func zigzag(x int64) uint64 { return uint64(x<<1) ^ uint64(x>>63) }

// unzigzag inverts zigzag.
func unzigzag(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }

// AppendVarint appends the varint encoding of x (zig-zag, then Uvarint).
func AppendVarint(buf []byte, x int64) []byte { return AppendUvarint(buf, zigzag(x)) }

// PutVarint writes the varint encoding of x into buf and returns its length.
func PutVarint(buf []byte, x int64) int { return PutUvarint(buf, zigzag(x)) }

// Varint decodes a signed varint at the start of buf, with Uvarint's
// conventions for n.
func Varint(buf []byte) (int64, int) {
	u, n := Uvarint(buf)
	return unzigzag(u), n
}

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// ReadUvarint reads one varint from r. A read error is returned as it is
// (in Go 1.19 that includes a plain io.EOF part-way through the number);
// more than 64 bits give errOverflow. Either way x holds the bits gathered.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			return x, err
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return x, errOverflow
			}
			return x | uint64(b)<<(7*uint(i)), nil
		}
		x |= uint64(b&0x7F) << (7 * uint(i))
	}
	return x, errOverflow
}

// ReadVarint reads one signed varint from r.
func ReadVarint(r io.ByteReader) (int64, error) {
	u, err := ReadUvarint(r)
	return unzigzag(u), err
}

// --- Read, Write and Size of fixed-size values ---

// Size is the number of bytes Write produces for v (a fixed-size value, a
// slice of them, or a pointer to either), or -1 for anything else.
func Size(v any) int {
	return dataSize(reflect.Indirect(reflect.ValueOf(v)))
}

// dataSize is the encoded size of v, or -1 when it has none: a slice counts
// its elements; anything else must have a fixed-size type.
func dataSize(v reflect.Value) int {
	if v.Kind() == reflect.Slice {
		each := sizeof(v.Type().Elem())
		if each < 0 {
			return -1
		}
		return each * v.Len()
	}
	return sizeof(v.Type()) // panics for the zero Value, as Go's does
}

// kindSizes are the encoded sizes of the fixed-size basic kinds (int, uint
// and uintptr have none: their size depends on the machine).
var kindSizes = map[reflect.Kind]int{
	reflect.Bool: 1, reflect.Int8: 1, reflect.Uint8: 1,
	reflect.Int16: 2, reflect.Uint16: 2,
	reflect.Int32: 4, reflect.Uint32: 4, reflect.Float32: 4,
	reflect.Int64: 8, reflect.Uint64: 8, reflect.Float64: 8, reflect.Complex64: 8,
	reflect.Complex128: 16,
}

// sizeof is the encoded size of a value of type t, or -1 if t is not built
// from fixed-size kinds only.
func sizeof(t reflect.Type) int {
	switch t.Kind() {
	case reflect.Array:
		each := sizeof(t.Elem())
		if each < 0 {
			return -1
		}
		return each * t.Len()
	case reflect.Struct:
		total := 0
		for i := 0; i < t.NumField(); i++ {
			each := sizeof(t.Field(i).Type)
			if each < 0 {
				return -1
			}
			total += each
		}
		return total
	}
	if size, ok := kindSizes[t.Kind()]; ok {
		return size
	}
	return -1
}

// Write encodes data (a fixed-size value, a slice of them, or a pointer to
// either) in the given byte order and writes it to w in one call.
func Write(w io.Writer, order ByteOrder, data any) error {
	v := reflect.Indirect(reflect.ValueOf(data))
	size := dataSize(v)
	if size < 0 {
		return errors.New("binary.Write: invalid type " + reflect.TypeOf(data).String())
	}
	_, err := w.Write(encodeValue(make([]byte, 0, size), order, v))
	return err
}

// encodeValue appends the encoding of v.
func encodeValue(b []byte, order ByteOrder, v reflect.Value) []byte {
	var tmp [8]byte
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			b = encodeValue(b, order, v.Index(i))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			b = encodeValue(b, order, v.Field(i))
		}
	case reflect.Bool:
		if v.Bool() {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
	case reflect.Int8, reflect.Uint8:
		b = append(b, byte(intBits(v)))
	case reflect.Int16, reflect.Uint16:
		order.PutUint16(tmp[:2], uint16(intBits(v)))
		b = append(b, tmp[:2]...)
	case reflect.Int32, reflect.Uint32:
		order.PutUint32(tmp[:4], uint32(intBits(v)))
		b = append(b, tmp[:4]...)
	case reflect.Int64, reflect.Uint64:
		order.PutUint64(tmp[:8], intBits(v))
		b = append(b, tmp[:8]...)
	case reflect.Float32:
		order.PutUint32(tmp[:4], math.Float32bits(float32(v.Float())))
		b = append(b, tmp[:4]...)
	case reflect.Float64:
		order.PutUint64(tmp[:8], math.Float64bits(v.Float()))
		b = append(b, tmp[:8]...)
	case reflect.Complex64:
		c := v.Complex()
		order.PutUint32(tmp[:4], math.Float32bits(float32(real(c))))
		b = append(b, tmp[:4]...)
		order.PutUint32(tmp[:4], math.Float32bits(float32(imag(c))))
		b = append(b, tmp[:4]...)
	case reflect.Complex128:
		c := v.Complex()
		order.PutUint64(tmp[:8], math.Float64bits(real(c)))
		b = append(b, tmp[:8]...)
		order.PutUint64(tmp[:8], math.Float64bits(imag(c)))
		b = append(b, tmp[:8]...)
	}
	return b
}

// intBits returns the bits of an integer value.
func intBits(v reflect.Value) uint64 {
	switch v.Kind() {
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return uint64(v.Int())
	}
	return v.Uint()
}

// Read fills data (a pointer to a fixed-size value, or a slice of them) from
// r, decoding in the given byte order. Blank (_) struct fields consume their
// bytes but are not set.
func Read(r io.Reader, order ByteOrder, data any) error {
	v := reflect.ValueOf(data)
	size := -1 // only pointers and slices can be filled
	switch v.Kind() {
	case reflect.Pointer:
		v = v.Elem()
		size = dataSize(v)
	case reflect.Slice:
		size = dataSize(v)
	}
	if size < 0 {
		return errors.New("binary.Read: invalid type " + reflect.TypeOf(data).String())
	}
	encoded := make([]byte, size)
	if _, err := io.ReadFull(r, encoded); err != nil {
		return err
	}
	decodeValue(encoded, order, v)
	return nil
}

// decodeValue stores the encoding at the start of b into v and returns the rest of b.
func decodeValue(b []byte, order ByteOrder, v reflect.Value) []byte {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			b = decodeValue(b, order, v.Index(i))
		}
		return b
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			if t.Field(i).Name == "_" {
				b = b[sizeof(t.Field(i).Type):]
				continue
			}
			b = decodeValue(b, order, v.Field(i))
		}
		return b
	case reflect.Bool:
		v.SetBool(b[0] != 0)
		return b[1:]
	case reflect.Int8:
		v.SetInt(int64(int8(b[0])))
		return b[1:]
	case reflect.Uint8:
		v.SetUint(uint64(b[0]))
		return b[1:]
	case reflect.Int16:
		v.SetInt(int64(int16(order.Uint16(b))))
		return b[2:]
	case reflect.Uint16:
		v.SetUint(uint64(order.Uint16(b)))
		return b[2:]
	case reflect.Int32:
		v.SetInt(int64(int32(order.Uint32(b))))
		return b[4:]
	case reflect.Uint32:
		v.SetUint(uint64(order.Uint32(b)))
		return b[4:]
	case reflect.Int64:
		v.SetInt(int64(order.Uint64(b)))
		return b[8:]
	case reflect.Uint64:
		v.SetUint(order.Uint64(b))
		return b[8:]
	case reflect.Float32:
		v.SetFloat(float64(math.Float32frombits(order.Uint32(b))))
		return b[4:]
	case reflect.Float64:
		v.SetFloat(math.Float64frombits(order.Uint64(b)))
		return b[8:]
	case reflect.Complex64:
		re := math.Float32frombits(order.Uint32(b))
		im := math.Float32frombits(order.Uint32(b[4:]))
		v.SetComplex(complex(float64(re), float64(im)))
		return b[8:]
	case reflect.Complex128:
		re := math.Float64frombits(order.Uint64(b))
		im := math.Float64frombits(order.Uint64(b[8:]))
		v.SetComplex(complex(re, im))
		return b[16:]
	}
	return b
}
