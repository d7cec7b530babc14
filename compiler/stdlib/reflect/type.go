// Package reflect is minigo's reflect: run-time reflection over Go values, with Go
// 1.19's API (Type, Value, Kind, StructField, Method, MapIter, ...).
//
// Almost everything here is a runtime hook: functions and methods declared without a
// body are provided by the runtime, which owns the type descriptors. The contract
// between this file and the runtime:
//
//   - *rtype is a pointer to the runtime's type descriptor for a type; its layout
//     belongs to the runtime (the struct below only reserves its first word). Type is
//     implemented by *rtype alone.
//   - An interface value is two words, the first being the *rtype of the dynamic type
//     (nil for a nil interface) and the second the data word; TypeOf reads the first
//     word directly, so its escape tag is gc's "leaking param: i to result ~r0 level=0".
//   - A Value is {typ, ptr, flag}: flag's low 5 bits hold the Kind, then flagStickyRO,
//     flagEmbedRO, flagIndir, flagAddr and flagMethod as declared below, so Kind,
//     IsValid, CanAddr, CanSet and CanInterface are plain Go.
//
// Plain Go here: Kind and ChanDir names, StructTag parsing, ValueError, Indirect,
// PtrTo, SliceHeader and StringHeader.
//
// Example: reflect.TypeOf(3).Kind() == reflect.Int; reflect.ValueOf("x").Len() == 1.
package reflect

import (
	"strconv"
	"unsafe"
)

// A Kind represents the specific kind of type that a Type represents. The zero Kind is
// not a valid kind.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

// kindNames lists the names Kind.String prints, in Kind order.
var kindNames = [...]string{
	"invalid", "bool",
	"int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128",
	"array", "chan", "func", "interface", "map", "ptr", "slice", "string", "struct",
	"unsafe.Pointer",
}

// String is the kind's name as Go spells it ("int", "ptr", ...), or "kind"
// and the number for a value outside the list.
func (k Kind) String() string {
	if uint(k) >= uint(len(kindNames)) {
		return "kind" + strconv.Itoa(int(k))
	}
	return kindNames[k]
}

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir             = 1 << iota // <-chan
	SendDir                                 // chan<-
	BothDir = RecvDir | SendDir             // chan
)

// String is the direction as it appears in a channel type ("<-chan",
// "chan<-", "chan"), or "ChanDir" and the number for anything else.
func (d ChanDir) String() string {
	names := [...]string{RecvDir: "<-chan", SendDir: "chan<-", BothDir: "chan"}
	if d <= 0 || int(d) >= len(names) {
		return "ChanDir" + strconv.Itoa(int(d))
	}
	return names[d]
}

// Type is the representation of a Go type. Not all methods apply to all kinds of
// types; kind-specific methods panic when called on the wrong kind. Type values are
// comparable: two Type values are equal if they represent identical types.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type

	common() *rtype
}

// rtype is the runtime's type descriptor (see the package comment).
type rtype struct {
	_ uintptr // layout owned by the runtime
}

func (t *rtype) common() *rtype { return t }

//go:noescape
func (t *rtype) Align() int

//go:noescape
func (t *rtype) FieldAlign() int
func (t *rtype) Method(i int) Method
func (t *rtype) MethodByName(name string) (Method, bool)

//go:noescape
func (t *rtype) NumMethod() int
func (t *rtype) Name() string
func (t *rtype) PkgPath() string

//go:noescape
func (t *rtype) Size() uintptr
func (t *rtype) String() string

//go:noescape
func (t *rtype) Kind() Kind
func (t *rtype) Implements(u Type) bool
func (t *rtype) AssignableTo(u Type) bool
func (t *rtype) ConvertibleTo(u Type) bool

//go:noescape
func (t *rtype) Comparable() bool
func (t *rtype) Bits() int
func (t *rtype) ChanDir() ChanDir
func (t *rtype) IsVariadic() bool
func (t *rtype) Elem() Type
func (t *rtype) Field(i int) StructField
func (t *rtype) FieldByIndex(index []int) StructField
func (t *rtype) FieldByName(name string) (StructField, bool)
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool)
func (t *rtype) In(i int) Type
func (t *rtype) Key() Type
func (t *rtype) Len() int
func (t *rtype) NumField() int
func (t *rtype) NumIn() int
func (t *rtype) NumOut() int
func (t *rtype) Out(i int) Type

// Method represents a single method.
type Method struct {
	// Name is the method name.
	Name string
	// PkgPath is the package path that qualifies a lower case (unexported) method
	// name. It is empty for upper case (exported) method names.
	PkgPath string

	Type  Type  // method type
	Func  Value // func with receiver as first argument
	Index int   // index for Type.Method
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// A StructField describes a single field in a struct.
type StructField struct {
	// Name is the field name.
	Name string
	// PkgPath is the package path that qualifies a lower case (unexported) field
	// name. It is empty for upper case (exported) field names.
	PkgPath string

	Type      Type      // field type
	Tag       StructTag // field tag string
	Offset    uintptr   // offset within struct, in bytes
	Index     []int     // index sequence for Type.FieldByIndex
	Anonymous bool      // is an embedded field
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// A StructTag is the tag string in a struct field: by convention a space-separated
// list of key:"value" pairs.
type StructTag string

// Get is the value of key in the tag, or "" (see Lookup).
func (tag StructTag) Get(key string) string {
	value, _ := tag.Lookup(key)
	return value
}

// Lookup finds key in the tag, a space-separated list of key:"value" pairs,
// and returns its unquoted value. Scanning stops quietly at the first pair
// that is malformed.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	rest := string(tag)
	for {
		for rest != "" && rest[0] == ' ' {
			rest = rest[1:]
		}
		if rest == "" {
			return "", false
		}
		name, quoted, after, wellFormed := firstTagPair(rest)
		if !wellFormed {
			return "", false
		}
		if name == key {
			value, err := strconv.Unquote(quoted)
			return value, err == nil
		}
		rest = after
	}
}

// firstTagPair splits off the key:"value" pair at the start of s, returning
// the key, the value still in quotes, and what follows. A key is one or more
// bytes other than space, control characters, ':' and '"'.
func firstTagPair(s string) (name, quoted, rest string, ok bool) {
	colon := 0
	for colon < len(s) && s[colon] > ' ' && s[colon] != ':' && s[colon] != '"' && s[colon] != 0x7F {
		colon++
	}
	if colon == 0 || colon+1 >= len(s) || s[colon] != ':' || s[colon+1] != '"' {
		return "", "", "", false
	}
	closing := colon + 2 // scan for the closing quote, stepping over escapes
	for closing < len(s) && s[closing] != '"' {
		if s[closing] == '\\' {
			closing++
		}
		closing++
	}
	if closing >= len(s) {
		return "", "", "", false
	}
	return s[:colon], s[colon+1 : closing+1], s[closing+1:], true
}

// ifaceWords is the two-word layout of an interface value (see the package
// comment).
type ifaceWords struct {
	typ  *rtype
	data unsafe.Pointer
}

// TypeOf is the dynamic type of i, or nil when i is a nil interface.
func TypeOf(i any) Type {
	dynamic := (*ifaceWords)(unsafe.Pointer(&i)).typ
	if dynamic == nil {
		return nil // a nil *rtype must not become a non-nil Type
	}
	return dynamic
}

// PtrTo returns the pointer type with element t.
//
// Deprecated: Superseded by PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo returns the pointer type with element t. Runtime hook.
func PointerTo(t Type) Type

// SliceOf returns the slice type with element type t. Runtime hook.
func SliceOf(t Type) Type

// MapOf returns the map type with the given key and element types. Runtime hook.
func MapOf(key, elem Type) Type

// ArrayOf returns the array type with the given length and element type. Runtime hook.
func ArrayOf(length int, elem Type) Type

// ChanOf returns the channel type with the given direction and element type. Runtime hook.
func ChanOf(dir ChanDir, t Type) Type

// FuncOf returns the function type with the given argument and result types. Runtime hook.
//
//minigo:leaks 1 1 _
func FuncOf(in, out []Type, variadic bool) Type

// StructOf returns the struct type containing fields. Runtime hook.
//
//minigo:leaks 1
func StructOf(fields []StructField) Type

// VisibleFields returns all the visible fields in t, which must be a struct type.
// Runtime hook.
func VisibleFields(t Type) []StructField

// SliceHeader is the runtime representation of a slice.
//
// Deprecated: Use unsafe.Slice or unsafe.SliceData instead.
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

// StringHeader is the runtime representation of a string.
//
// Deprecated: Use unsafe.String or unsafe.StringData instead.
type StringHeader struct {
	Data uintptr
	Len  int
}
