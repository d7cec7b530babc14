// Differential test: minigo's encoding/binary against Go 1.19's (byte orders,
// varints, Size/Read/Write of structs, arrays and slices). The package under test is
// imported as "encoding/binary" and Go's own as "gostd/encoding/binary";
// compiler/stdlib/sources.test.ts builds minigo's package on Go's reflect for this test.

package binary_test

import (
	bytes "gostd/bytes"
	binary "gostd/encoding/binary"
	rand "gostd/math/rand"
	reflect "gostd/reflect"
	testing "gostd/testing"

	m "encoding/binary"
)

type rec struct {
	A int8
	B uint16
	C int32
	D uint64
	E float32
	F float64
	G [3]int16
	H bool
	I complex64
	_ int32
	J complex128
}

func TestBinary(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for i := 0; i < n; i++ {
		x := r.Uint64() >> uint(r.Intn(64))
		var b1, b2 [8]byte
		m.LittleEndian.PutUint64(b1[:], x)
		binary.LittleEndian.PutUint64(b2[:], x)
		if b1 != b2 || m.BigEndian.Uint32(b1[:]) != binary.BigEndian.Uint32(b1[:]) || m.LittleEndian.Uint16(b1[:]) != binary.LittleEndian.Uint16(b1[:]) {
			t.Fatal("byte order", x)
		}
		if !bytes.Equal(m.BigEndian.AppendUint64(nil, x), binary.BigEndian.AppendUint64(nil, x)) {
			t.Fatal("AppendUint64", x)
		}
		v1 := m.AppendVarint(nil, int64(x))
		v2 := binary.AppendVarint(nil, int64(x))
		if !bytes.Equal(v1, v2) {
			t.Fatal("varint", x)
		}
		cut := v1[:r.Intn(len(v1)+1)]
		if a, an := m.Uvarint(cut); true {
			b, bn := binary.Uvarint(cut)
			if a != b || an != bn {
				t.Fatalf("Uvarint(%x) = %d %d want %d %d", cut, a, an, b, bn)
			}
		}
		junk := make([]byte, r.Intn(12))
		r.Read(junk)
		a, an := m.Uvarint(junk)
		b, bn := binary.Uvarint(junk)
		if a != b || an != bn {
			t.Fatalf("Uvarint(%x) = %d %d want %d %d", junk, a, an, b, bn)
		}
		sa, sn := m.Varint(junk)
		sb, sm := binary.Varint(junk)
		if sa != sb || sn != sm {
			t.Fatalf("Varint(%x)", junk)
		}
	}
	in := rec{-3, 500, -70000, 1 << 60, 1.5, -2.25, [3]int16{1, -2, 3}, true, complex(1, 2), 0, complex(-3, 4)}
	for _, order := range []struct {
		m m.ByteOrder
		g binary.ByteOrder
	}{{m.LittleEndian, binary.LittleEndian}, {m.BigEndian, binary.BigEndian}} {
		var w1, w2 bytes.Buffer
		if err := m.Write(&w1, order.m, &in); err != nil {
			t.Fatal(err)
		}
		binary.Write(&w2, order.g, &in)
		if !bytes.Equal(w1.Bytes(), w2.Bytes()) {
			t.Fatalf("Write: %x want %x", w1.Bytes(), w2.Bytes())
		}
		var out rec
		if err := m.Read(bytes.NewReader(w2.Bytes()), order.m, &out); err != nil || !reflect.DeepEqual(out, in) {
			t.Fatalf("Read: %+v %v", out, err)
		}
		s := []uint16{1, 2, 3}
		w1.Reset()
		w2.Reset()
		m.Write(&w1, order.m, s)
		binary.Write(&w2, order.g, s)
		if !bytes.Equal(w1.Bytes(), w2.Bytes()) || m.Size(s) != binary.Size(s) || m.Size(&in) != binary.Size(&in) {
			t.Fatal("slice Write/Size")
		}
	}
	if m.Size(3) != binary.Size(3) || m.Size("x") != binary.Size("x") {
		t.Fatal("Size of non-fixed")
	}
}
