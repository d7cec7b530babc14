package reflect

import "unsafe"

// Value is the reflection interface to a Go value. The zero Value represents no value:
// IsValid returns false and most methods panic.
type Value struct {
	typ  *rtype         // type of the value held
	ptr  unsafe.Pointer // pointer to the data, or the data itself when not flagIndir
	flag                // kind and attributes, see below
}

type flag uintptr

// Layout of flag: the low kindWidth bits hold the Kind; then the attribute bits.
const (
	kindWidth         = 5 // there are 27 kinds
	kindMask          = (1 << kindWidth) - 1
	flagStickyRO flag = 1 << 5 // obtained via unexported not embedded field
	flagEmbedRO  flag = 1 << 6 // obtained via unexported embedded field
	flagIndir    flag = 1 << 7 // ptr points to the data (rather than being it)
	flagAddr     flag = 1 << 8 // the value is addressable (CanAddr)
	flagMethod   flag = 1 << 9 // a method value
	flagRO       flag = flagStickyRO | flagEmbedRO
)

// A ValueError occurs when a Value method is invoked on a Value that does not support
// it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// Kind returns v's Kind. If v is the zero Value, Kind returns Invalid.
func (v Value) Kind() Kind { return Kind(v.flag & kindMask) }

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool { return v.flag != 0 }

// CanAddr reports whether the value's address can be obtained with Addr.
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet reports whether the value of v can be changed: it is addressable and was not
// obtained through unexported struct fields.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// mustBeAssignable panics, with Go's messages, unless v is a settable value.
func (v Value) mustBeAssignable(method string) {
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// SetString sets v's underlying value to x. It panics if v's Kind is not String or if
// CanSet() is false. (An addressable value always has flagIndir: ptr points to the
// string header.)
func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	if k := v.Kind(); k != String {
		panic(&ValueError{"reflect.Value.SetString", k})
	}
	*(*string)(v.ptr) = x
}

// Indirect returns the value that v points to. If v is a nil pointer, Indirect returns
// a zero Value. If v is not a pointer, Indirect returns v.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// ValueOf returns a new Value initialized to the concrete value stored in the
// interface i. ValueOf(nil) returns the zero Value. Runtime hook.
func ValueOf(i any) Value

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value

// New returns a Value representing a pointer to a new zero value for the specified
// type.
func New(typ Type) Value

// NewAt returns a Value representing a pointer to a value of the specified type,
// using p as that pointer.
//
//minigo:leaks 0 -1,0
func NewAt(typ Type, p unsafe.Pointer) Value

// MakeSlice creates a new zero-initialized slice value for the specified slice type,
// length, and capacity.
func MakeSlice(typ Type, len, cap int) Value

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value

// MakeMapWithSize creates a new map with the specified type and initial space for
// approximately n elements.
func MakeMapWithSize(typ Type, n int) Value

// MakeChan creates a new channel with the specified type and buffer size.
func MakeChan(typ Type, buffer int) Value

// MakeFunc returns a new function of the given Type that wraps the function fn.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value

// Append appends the values x to a slice s and returns the resulting slice.
//
//minigo:leaks 0 1
func Append(s Value, x ...Value) Value

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value

// Copy copies the contents of src into dst until either dst has been filled or src
// has been exhausted. It returns the number of elements copied.
func Copy(dst, src Value) int

// DeepEqual reports whether x and y are "deeply equal": identical types, and values
// equal element by element, following pointers, with NaN != NaN and nil != empty for
// slices and maps.
func DeepEqual(x, y any) bool

// Swapper returns a function that swaps the elements in the provided slice. It panics
// if the provided interface is not a slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	return func(i, j int) { swapSliceElems(v, i, j) }
}

// swapSliceElems swaps elements i and j of the slice v. Runtime hook.
//
//go:noescape
func swapSliceElems(v Value, i, j int)

// A SelectDir describes the communication direction of a select case.
type SelectDir int

const (
	_             SelectDir = iota
	SelectSend              // case Chan <- Send
	SelectRecv              // case <-Chan:
	SelectDefault           // default
)

// A SelectCase describes a single case in a select operation.
type SelectCase struct {
	Dir  SelectDir // direction of case
	Chan Value     // channel to use (for send or receive)
	Send Value     // value to send (for send)
}

// Select executes a select operation described by the list of cases.
//
//minigo:leaks 1
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool)

// A MapIter is an iterator for ranging over a map. See Value.MapRange.
type MapIter struct {
	m     Value
	state unsafe.Pointer // the runtime's iteration state
}

//minigo:leaks 1
func (iter *MapIter) Key() Value

//minigo:leaks 1
func (iter *MapIter) Value() Value

//go:noescape
func (iter *MapIter) Next() bool

//minigo:leaks _ 0
func (iter *MapIter) Reset(v Value)

// The Value methods below are runtime hooks. Those marked //go:noescape keep gc's
// escape tags ("v does not escape"); those marked //minigo:leaks state the tags gc
// infers for the real method (compiler/escape/escape.ts, hookLeaks); the others leak
// their arguments, which is what gc infers for them too.

func (v Value) Addr() Value

//go:noescape
func (v Value) Bool() bool
func (v Value) Bytes() []byte

//minigo:leaks 0 1
func (v Value) Call(in []Value) []Value

//minigo:leaks 0 1
func (v Value) CallSlice(in []Value) []Value

//go:noescape
func (v Value) CanComplex() bool
func (v Value) CanConvert(t Type) bool

//go:noescape
func (v Value) CanFloat() bool

//go:noescape
func (v Value) CanInt() bool

//go:noescape
func (v Value) CanUint() bool
func (v Value) Cap() int
func (v Value) Close()

//go:noescape
func (v Value) Complex() complex128
func (v Value) Convert(t Type) Value

//minigo:leaks -1,0
func (v Value) Elem() Value

//minigo:leaks -1,0 _
func (v Value) Field(i int) Value

//minigo:leaks 0 _
func (v Value) FieldByIndex(index []int) Value

//minigo:leaks 0 _
func (v Value) FieldByIndexErr(index []int) (Value, error)

//minigo:leaks 0 _
func (v Value) FieldByName(name string) Value

//minigo:leaks 0 _
func (v Value) FieldByNameFunc(match func(string) bool) Value

//go:noescape
func (v Value) Float() float64

//minigo:leaks -1,0 _
func (v Value) Index(i int) Value

//go:noescape
func (v Value) Int() int64
func (v Value) Interface() (i any)

//go:noescape
func (v Value) IsNil() bool
func (v Value) IsZero() bool
func (v Value) Len() int

//minigo:leaks 1 0
func (v Value) MapIndex(key Value) Value

//minigo:leaks 1
func (v Value) MapKeys() []Value
func (v Value) MapRange() *MapIter

//minigo:leaks -1,0 _
func (v Value) Method(i int) Value

//minigo:leaks 0 _
func (v Value) MethodByName(name string) Value

//go:noescape
func (v Value) NumField() int

//go:noescape
func (v Value) NumMethod() int

//go:noescape
func (v Value) OverflowComplex(x complex128) bool

//go:noescape
func (v Value) OverflowFloat(x float64) bool

//go:noescape
func (v Value) OverflowInt(x int64) bool

//go:noescape
func (v Value) OverflowUint(x uint64) bool

//go:noescape
func (v Value) Pointer() uintptr

//minigo:leaks 1
func (v Value) Recv() (x Value, ok bool)

//minigo:leaks 1 0
func (v Value) Send(x Value)
func (v Value) Set(x Value)

//go:noescape
func (v Value) SetBool(x bool)
func (v Value) SetBytes(x []byte)

//go:noescape
func (v Value) SetCap(n int)

//go:noescape
func (v Value) SetComplex(x complex128)

//go:noescape
func (v Value) SetFloat(x float64)

//go:noescape
func (v Value) SetInt(x int64)

//minigo:leaks 0 1
func (v Value) SetIterKey(iter *MapIter)

//minigo:leaks 0 1
func (v Value) SetIterValue(iter *MapIter)

//go:noescape
func (v Value) SetLen(n int)

//minigo:leaks 1 0 0
func (v Value) SetMapIndex(key, elem Value)

//minigo:leaks _ 0
func (v Value) SetPointer(x unsafe.Pointer)

//go:noescape
func (v Value) SetUint(x uint64)
func (v Value) Slice(i, j int) Value
func (v Value) Slice3(i, j, k int) Value
func (v Value) String() string

//minigo:leaks 1
func (v Value) TryRecv() (x Value, ok bool)

//minigo:leaks 1 0
func (v Value) TrySend(x Value) bool
func (v Value) Type() Type

//go:noescape
func (v Value) Uint() uint64

//go:noescape
func (v Value) UnsafeAddr() uintptr

//minigo:leaks -1,0
func (v Value) UnsafePointer() unsafe.Pointer
