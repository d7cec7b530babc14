// Package fmt is minigo's fmt: formatted I/O with Go's verbs, flags, widths,
// precisions, argument indexes and error forms (%!d(string=x), %!(EXTRA ...)).
//
// It is plain Go, layered as in Go's design but written for minigo:
//
//	format.go  formatter: padding, signs and prefixes for one verb's operand
//	print.go   printer: the Print/Sprint/Fprint/Append families, verb dispatch,
//	           Formatter/GoStringer/error/Stringer methods, composite values
//	mapsort.go the sorted order in which maps are printed
//	errors.go  Errorf with %w
//	scan.go    Sscan/Sscanf/Sscanln/Fscan*/Scan* for the basic types
//
// Everything reaches the runtime only through reflect (to look inside composite values
// and name types), os (Stdout for Print*) and sync (the printer pool). Printers come
// from a sync.Pool, as in Go, so the operands of every print function leak their
// content to the heap ("leaking param content: a") and the format string does not
// escape, matching gc's escape tags.
//
// Example: fmt.Sprintf("%5.2f|%-4d|%q|%v", 3.14159, 7, "hi", []int{1, 2}) ==
// " 3.14|7   |\"hi\"|[1 2]".
package fmt

import (
	"io"
	"os"
	"reflect"
	"sync"
	"unicode/utf8"
)

// The fixed pieces of output: Go's spellings of nil and of the error forms.
const (
	commaSpaceString  = ", "
	nilAngleString    = "<nil>"
	nilParenString    = "(nil)"
	nilString         = "nil"
	mapString         = "map["
	percentBangString = "%!"
	missingString     = "(MISSING)"
	badIndexString    = "(BADINDEX)"
	panicString       = "(PANIC="
	extraString       = "%!(EXTRA "
	badWidthString    = "%!(BADWIDTH)"
	badPrecString     = "%!(BADPREC)"
	noVerbString      = "%!(NOVERB)"
	invReflectString  = "<invalid reflect.Value>"
)

// State represents the printer state passed to custom formatters. It provides access
// to the io.Writer interface plus information about the flags and options for the
// operand's format specifier.
type State interface {
	// Write is the function to call to emit formatted output to be printed.
	Write(b []byte) (n int, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Precision returns the value of the precision option and whether it has been set.
	Precision() (prec int, ok bool)

	// Flag reports whether the flag c, a character, has been set.
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method. The implementation
// controls how State and rune are interpreted, and may call Sprint(f) or Fprint(f)
// etc. to generate its output.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by any value that has a String method, which defines the
// “native” format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines the
// Go syntax for that value (the %#v format).
type GoStringer interface {
	GoString() string
}

// printer holds the state of one print call. Printers are recycled through a pool.
type printer struct {
	buf []byte
	f   formatter

	arg   any           // the operand being printed
	value reflect.Value // the operand when printed through reflection

	reordered  bool // the format used an explicit argument index
	goodArgNum bool // the last argument index was valid
	panicking  bool // inside catchPanic: do not call methods again
	erroring   bool // printing an error form: do not call methods (avoids recursion)
	wrapErrs   bool // Errorf: %w is allowed
	wrapped    error
}

var printerPool = sync.Pool{
	New: func() any { return new(printer) },
}

// newPrinter returns a reset printer from the pool.
func newPrinter() *printer {
	p := printerPool.Get().(*printer)
	p.panicking = false
	p.erroring = false
	p.wrapErrs = false
	p.f.init(&p.buf)
	return p
}

// free returns p to the pool, unless its buffer grew too large to keep.
func (p *printer) free() {
	if cap(p.buf) > 64*1024 {
		p.buf = nil
	} else {
		p.buf = p.buf[:0]
	}
	p.arg = nil
	p.value = reflect.Value{}
	p.wrapped = nil
	printerPool.Put(p)
}

func (p *printer) Width() (wid int, ok bool) { return p.f.wid, p.f.widPresent }

func (p *printer) Precision() (prec int, ok bool) { return p.f.prec, p.f.precPresent }

func (p *printer) Flag(b int) bool {
	switch b {
	case '-':
		return p.f.minus
	case '+':
		return p.f.plus || p.f.plusV
	case '#':
		return p.f.sharp || p.f.sharpV
	case ' ':
		return p.f.space
	case '0':
		return p.f.zero
	}
	return false
}

// Write lets a Formatter print into the printer (it is State's Write).
func (p *printer) Write(b []byte) (ret int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

// WriteString is Write for a string, so io.WriteString on a State does not copy.
func (p *printer) WriteString(s string) (ret int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

// --- the exported print functions ---

// The nine entry points differ in the layout (Printf's format, Print's
// spacing rule, Println's spaces and newline) and in where the text goes (a
// Writer, a new string, or a byte slice). Each takes a printer from the pool,
// lays out its operands into p.buf, delivers the bytes and returns the
// printer.

// Fprintf formats a by format (see the package comment) and writes the text
// to w, returning Write's results.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	defer p.free()
	p.doPrintf(format, a)
	return w.Write(p.buf)
}

// Printf is Fprintf to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats a by format and returns the text.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	defer p.free()
	p.doPrintf(format, a)
	return string(p.buf)
}

// Appendf formats a by format and appends the text to b.
func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	defer p.free()
	p.doPrintf(format, a)
	return append(b, p.buf...)
}

// Fprint writes a to w in their default formats, with a space between two
// operands when neither is a string.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	defer p.free()
	p.doPrint(a)
	return w.Write(p.buf)
}

// Print is Fprint to standard output.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint is Fprint returning the text.
func Sprint(a ...any) string {
	p := newPrinter()
	defer p.free()
	p.doPrint(a)
	return string(p.buf)
}

// Append is Fprint appending the text to b.
func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	defer p.free()
	p.doPrint(a)
	return append(b, p.buf...)
}

// Fprintln writes a to w in their default formats, separated by spaces and
// followed by a newline.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	defer p.free()
	p.doPrintln(a)
	return w.Write(p.buf)
}

// Println is Fprintln to standard output.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln is Fprintln returning the text.
func Sprintln(a ...any) string {
	p := newPrinter()
	defer p.free()
	p.doPrintln(a)
	return string(p.buf)
}

// Appendln is Fprintln appending the text to b.
func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	defer p.free()
	p.doPrintln(a)
	return append(b, p.buf...)
}

// --- operands ---

// getField returns field i of struct v, looking through a non-nil interface field to
// the value it holds.
func getField(v reflect.Value, i int) reflect.Value {
	val := v.Field(i)
	if val.Kind() == reflect.Interface && !val.IsNil() {
		val = val.Elem()
	}
	return val
}

// maxNum bounds widths, precisions and argument indexes: larger numbers are errors.
const maxNum = 1000000

func tooLarge(x int) bool {
	return x > maxNum || x < -maxNum
}

// parsenum reads the decimal number at s[start:end]. isnum is false when there is no
// digit or the number is absurdly large; newi is the index after the digits.
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	newi = start
	for newi < end && '0' <= s[newi] && s[newi] <= '9' {
		if tooLarge(num) {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
		newi++
	}
	return
}

// unknownType prints a value of a kind the printer has no rule for.
func (p *printer) unknownType(v reflect.Value) {
	if !v.IsValid() {
		p.buf = append(p.buf, nilAngleString...)
		return
	}
	p.buf = append(p.buf, '?')
	p.buf = append(p.buf, v.Type().String()...)
	p.buf = append(p.buf, '?')
}

// badVerb writes %!verb(type=value) for an operand the verb cannot print. Methods
// are not called while writing it (erroring), so a broken String cannot recurse.
func (p *printer) badVerb(verb rune) {
	p.erroring = true
	p.buf = append(p.buf, percentBangString...)
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, '(')
	if p.arg != nil {
		p.buf = append(p.buf, reflect.TypeOf(p.arg).String()...)
		p.buf = append(p.buf, '=')
		p.printArg(p.arg, 'v')
	} else if p.value.IsValid() {
		p.buf = append(p.buf, p.value.Type().String()...)
		p.buf = append(p.buf, '=')
		p.printValue(p.value, 'v', 0)
	} else {
		p.buf = append(p.buf, nilAngleString...)
	}
	p.buf = append(p.buf, ')')
	p.erroring = false
}

func (p *printer) fmtBool(v bool, verb rune) {
	if verb == 't' || verb == 'v' {
		p.f.fmtBoolean(v)
		return
	}
	p.badVerb(verb)
}

// fmt0x64 writes v in lower-case hex, with the 0x prefix when leading0x is set.
func (p *printer) fmt0x64(v uint64, leading0x bool) {
	saved := p.f.sharp
	p.f.sharp = leading0x
	p.f.fmtInteger(v, 16, unsigned, 'v', ldigits)
	p.f.sharp = saved
}

// fmtInteger dispatches an integer operand on its verb.
func (p *printer) fmtInteger(v uint64, isSigned bool, verb rune) {
	if verb == 'v' && p.f.sharpV && !isSigned {
		p.fmt0x64(v, true) // %#v writes unsigned integers in hex, as Go source may
		return
	}
	base, digits := 10, ldigits
	switch verb {
	case 'v', 'd':
	case 'b':
		base = 2
	case 'o', 'O':
		base = 8
	case 'x':
		base = 16
	case 'X':
		base, digits = 16, udigits
	case 'c':
		p.f.fmtC(v)
		return
	case 'q':
		p.f.fmtQc(v)
		return
	case 'U':
		p.f.fmtUnicode(v)
		return
	default:
		p.badVerb(verb)
		return
	}
	p.f.fmtInteger(v, base, isSigned, verb, digits)
}

// fmtFloat dispatches a float operand on its verb. %v is the shortest %g; %e %f %F
// default to 6 digits after the point; the others default to the shortest form.
func (p *printer) fmtFloat(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.f.fmtFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.f.fmtFloat(v, size, verb, -1)
	case 'f', 'F', 'e', 'E':
		if verb == 'F' {
			verb = 'f'
		}
		p.f.fmtFloat(v, size, verb, 6)
	default:
		p.badVerb(verb)
	}
}

// fmtComplex writes (re+imi): both parts with the float rules, the imaginary part
// always signed.
func (p *printer) fmtComplex(v complex128, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
	default:
		p.badVerb(verb)
		return
	}
	plus := p.f.plus
	p.buf = append(p.buf, '(')
	p.fmtFloat(real(v), size/2, verb)
	p.f.plus = true
	p.fmtFloat(imag(v), size/2, verb)
	p.buf = append(p.buf, "i)"...)
	p.f.plus = plus
}

func (p *printer) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.f.sharpV {
			p.f.fmtQ(v)
		} else {
			p.f.fmtS(v)
		}
	case 's':
		p.f.fmtS(v)
	case 'x':
		p.f.fmtSx(v, ldigits)
	case 'X':
		p.f.fmtSx(v, udigits)
	case 'q':
		p.f.fmtQ(v)
	default:
		p.badVerb(verb)
	}
}

// fmtBytes writes a byte slice (or array, through reflection): as text for %s %q %x
// %X, otherwise as a list of numbers; typeString names the type for %#v.
func (p *printer) fmtBytes(v []byte, verb rune, typeString string) {
	switch verb {
	case 's':
		p.f.fmtBs(v)
	case 'x':
		p.f.fmtBx(v, ldigits)
	case 'X':
		p.f.fmtBx(v, udigits)
	case 'q':
		p.f.fmtQ(string(v))
	case 'v', 'd':
		if p.f.sharpV {
			p.goSyntaxBytes(v, typeString)
			return
		}
		// A list of decimal numbers: [1 2 3].
		p.buf = append(p.buf, '[')
		for i, c := range v {
			if i > 0 {
				p.buf = append(p.buf, ' ')
			}
			p.f.fmtInteger(uint64(c), 10, unsigned, verb, ldigits)
		}
		p.buf = append(p.buf, ']')
	default:
		p.printValue(reflect.ValueOf(v), verb, 0)
	}
}

// goSyntaxBytes writes v as a composite literal of the given type,
// []byte{0x1, 0x2}, or the type and "(nil)" for a nil slice.
func (p *printer) goSyntaxBytes(v []byte, typeString string) {
	p.buf = append(p.buf, typeString...)
	if v == nil {
		p.buf = append(p.buf, nilParenString...)
		return
	}
	p.buf = append(p.buf, '{')
	for i, c := range v {
		if i > 0 {
			p.buf = append(p.buf, commaSpaceString...)
		}
		p.fmt0x64(uint64(c), true)
	}
	p.buf = append(p.buf, '}')
}

// fmtPointer writes the address held by a pointer-shaped value: 0x... for %p and %v
// (<nil> for %v of nil), (*T)(0x...) for %#v, and the number itself for the integer
// verbs.
func (p *printer) fmtPointer(value reflect.Value, verb rune) {
	switch value.Kind() {
	case reflect.Chan, reflect.Func, reflect.Map, reflect.Pointer, reflect.Slice, reflect.UnsafePointer:
	default:
		p.badVerb(verb) // nothing with an address
		return
	}
	addr := uint64(value.Pointer())
	switch verb {
	case 'p':
		p.fmt0x64(addr, !p.f.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(addr, unsigned, verb)
	case 'v':
		switch {
		case p.f.sharpV: // (type)(0xc000010000), or (type)(nil)
			p.buf = append(p.buf, '(')
			p.buf = append(p.buf, value.Type().String()...)
			p.buf = append(p.buf, ")("...)
			if addr == 0 {
				p.buf = append(p.buf, nilString...)
			} else {
				p.fmt0x64(addr, true)
			}
			p.buf = append(p.buf, ')')
		case addr == 0:
			p.f.padString(nilAngleString)
		default:
			p.fmt0x64(addr, !p.f.sharp)
		}
	default:
		p.badVerb(verb)
	}
}

// catchPanic is deferred around calls of an operand's methods. A panic there prints
// as %!verb(PANIC=Method method: value) instead of crashing the program, except that
// a nil pointer receiver prints as <nil> (a method that does not expect nil). A panic
// while printing the panic value is re-raised.
func (p *printer) catchPanic(arg any, verb rune, method string) {
	err := recover()
	switch {
	case err == nil:
		return
	case isNilPointer(arg):
		// A method called on a nil pointer receiver that panicked: print
		// "<nil>", which is what the program most likely meant.
		p.buf = append(p.buf, nilAngleString...)
		return
	case p.panicking:
		// Printing the first panic's value panicked too: give up.
		panic(err)
	}
	// Report the panic in place: %!v(PANIC=String method: boom).
	flags := p.f.fmtFlags
	p.f.clearflags()
	p.buf = append(p.buf, percentBangString...)
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, panicString...)
	p.buf = append(p.buf, method+" method: "...)
	p.panicking = true
	p.printArg(err, 'v')
	p.panicking = false
	p.buf = append(p.buf, ')')
	p.f.fmtFlags = flags
}

// isNilPointer reports whether v holds a nil pointer.
func isNilPointer(v any) bool {
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}

// handleMethods lets the operand print itself when the verb calls for a method:
// Format (any verb), GoString (%#v), or Error and then String (%v %s %x %X %q). %w is
// %v for the error operand of Errorf and an error anywhere else. It reports whether
// the operand was printed.
func (p *printer) handleMethods(verb rune) (handled bool) {
	if p.erroring {
		return false // printing an error's text: no methods, to avoid recursion
	}
	if verb == 'w' {
		// %w takes an error, once, and only in Errorf; it then prints as %v.
		err, isError := p.arg.(error)
		if !isError || !p.wrapErrs || p.wrapped != nil {
			p.wrapped, p.wrapErrs = nil, false
			p.badVerb(verb)
			return true
		}
		p.wrapped, verb = err, 'v'
	}
	// handled is set before each method call, so that it stays true when the
	// method panics and catchPanic has printed the panic instead.
	if formatter, ok := p.arg.(Formatter); ok {
		handled = true
		defer p.catchPanic(p.arg, verb, "Format")
		formatter.Format(p, verb)
		return handled
	}
	if p.f.sharpV { // %#v uses GoString and nothing else
		goStringer, ok := p.arg.(GoStringer)
		if ok {
			handled = true
			defer p.catchPanic(p.arg, verb, "GoString")
			p.f.fmtS(goStringer.GoString())
		}
		return handled
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q': // the verbs that print a string
	default:
		return false
	}
	switch v := p.arg.(type) {
	case error: // Error wins over String
		handled = true
		defer p.catchPanic(p.arg, verb, "Error")
		p.fmtString(v.Error(), verb)
	case Stringer:
		handled = true
		defer p.catchPanic(p.arg, verb, "String")
		p.fmtString(v.String(), verb)
	}
	return handled
}

// printArg prints one operand. %T and %p need only the operand's type and address;
// the predeclared types are printed directly; anything else may print itself through
// a method, and otherwise is walked with reflection.
func (p *printer) printArg(arg any, verb rune) {
	p.arg = arg
	p.value = reflect.Value{}

	if arg == nil {
		if verb == 'T' || verb == 'v' {
			p.f.padString(nilAngleString)
		} else {
			p.badVerb(verb)
		}
		return
	}
	if verb == 'T' {
		p.f.fmtS(reflect.TypeOf(arg).String())
		return
	}
	if verb == 'p' {
		p.fmtPointer(reflect.ValueOf(arg), 'p')
		return
	}

	switch v := arg.(type) {
	case bool:
		p.fmtBool(v, verb)
	case float32:
		p.fmtFloat(float64(v), 32, verb)
	case float64:
		p.fmtFloat(v, 64, verb)
	case complex64:
		p.fmtComplex(complex128(v), 64, verb)
	case complex128:
		p.fmtComplex(v, 128, verb)
	case int:
		p.fmtInteger(uint64(v), signed, verb)
	case int8:
		p.fmtInteger(uint64(v), signed, verb)
	case int16:
		p.fmtInteger(uint64(v), signed, verb)
	case int32:
		p.fmtInteger(uint64(v), signed, verb)
	case int64:
		p.fmtInteger(uint64(v), signed, verb)
	case uint:
		p.fmtInteger(uint64(v), unsigned, verb)
	case uint8:
		p.fmtInteger(uint64(v), unsigned, verb)
	case uint16:
		p.fmtInteger(uint64(v), unsigned, verb)
	case uint32:
		p.fmtInteger(uint64(v), unsigned, verb)
	case uint64:
		p.fmtInteger(v, unsigned, verb)
	case uintptr:
		p.fmtInteger(uint64(v), unsigned, verb)
	case string:
		p.fmtString(v, verb)
	case []byte:
		p.fmtBytes(v, verb, "[]byte")
	case reflect.Value:
		// A reflect.Value operand prints the value it holds, methods included.
		if v.IsValid() && v.CanInterface() {
			p.arg = v.Interface()
			if p.handleMethods(verb) {
				return
			}
		}
		p.printValue(v, verb, 0)
	default:
		if !p.handleMethods(verb) {
			p.printValue(reflect.ValueOf(v), verb, 0)
		}
	}
}

// printValue prints a value found by reflection; depth is 0 for the operand itself
// and grows inside composites. Nested values that can be turned back into interfaces
// get their methods called (the operand's own were tried by printArg). Pointers are
// followed only at depth 0 (&{...}), which also stops cycles.
func (p *printer) printValue(value reflect.Value, verb rune, depth int) {
	if depth > 0 && value.IsValid() && value.CanInterface() {
		p.arg = value.Interface()
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = value

	switch value.Kind() {
	case reflect.Invalid:
		switch {
		case depth == 0:
			p.buf = append(p.buf, invReflectString...)
		case verb == 'v':
			p.buf = append(p.buf, nilAngleString...)
		default:
			p.badVerb(verb)
		}
	case reflect.Bool:
		p.fmtBool(value.Bool(), verb)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.fmtInteger(uint64(value.Int()), signed, verb)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.fmtInteger(value.Uint(), unsigned, verb)
	case reflect.Float32:
		p.fmtFloat(value.Float(), 32, verb)
	case reflect.Float64:
		p.fmtFloat(value.Float(), 64, verb)
	case reflect.Complex64:
		p.fmtComplex(value.Complex(), 64, verb)
	case reflect.Complex128:
		p.fmtComplex(value.Complex(), 128, verb)
	case reflect.String:
		p.fmtString(value.String(), verb)
	case reflect.Map:
		p.printMap(value, verb, depth)
	case reflect.Struct:
		p.printStruct(value, verb, depth)
	case reflect.Interface:
		elem := value.Elem()
		switch {
		case elem.IsValid():
			p.printValue(elem, verb, depth+1)
		case p.f.sharpV:
			p.buf = append(p.buf, value.Type().String()...)
			p.buf = append(p.buf, nilParenString...)
		default:
			p.buf = append(p.buf, nilAngleString...)
		}
	case reflect.Array, reflect.Slice:
		p.printList(value, verb, depth)
	case reflect.Pointer:
		if depth == 0 && value.Pointer() != 0 {
			switch elem := value.Elem(); elem.Kind() {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				p.buf = append(p.buf, '&')
				p.printValue(elem, verb, depth+1)
				return
			}
		}
		p.fmtPointer(value, verb)
	case reflect.Chan, reflect.Func, reflect.UnsafePointer:
		p.fmtPointer(value, verb)
	default:
		p.unknownType(value)
	}
}

// separator writes what goes between elements: ", " under %#v, else a space.
func (p *printer) separator() {
	if p.f.sharpV {
		p.buf = append(p.buf, commaSpaceString...)
	} else {
		p.buf = append(p.buf, ' ')
	}
}

// printMap writes map[k:v ...] (T{k:v, ...} under %#v) with keys in sorted order.
func (p *printer) printMap(m reflect.Value, verb rune, depth int) {
	if p.f.sharpV {
		p.buf = append(p.buf, m.Type().String()...)
		if m.IsNil() {
			p.buf = append(p.buf, nilParenString...)
			return
		}
		p.buf = append(p.buf, '{')
	} else {
		p.buf = append(p.buf, mapString...)
	}
	keys, values := sortedMap(m)
	for i := range keys {
		if i > 0 {
			p.separator()
		}
		p.printValue(keys[i], verb, depth+1)
		p.buf = append(p.buf, ':')
		p.printValue(values[i], verb, depth+1)
	}
	if p.f.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}

// printStruct writes {v ...}; %+v adds field names, %#v the type and field names.
func (p *printer) printStruct(s reflect.Value, verb rune, depth int) {
	if p.f.sharpV {
		p.buf = append(p.buf, s.Type().String()...)
	}
	p.buf = append(p.buf, '{')
	for i := 0; i < s.NumField(); i++ {
		if i > 0 {
			p.separator()
		}
		if p.f.plusV || p.f.sharpV {
			if name := s.Type().Field(i).Name; name != "" {
				p.buf = append(p.buf, name...)
				p.buf = append(p.buf, ':')
			}
		}
		p.printValue(getField(s, i), verb, depth+1)
	}
	p.buf = append(p.buf, '}')
}

// printList writes an array or slice: [a b] or T{a, b}. Byte sequences under %s %q
// %x %X print as text instead.
func (p *printer) printList(v reflect.Value, verb rune, depth int) {
	switch verb {
	case 's', 'q', 'x', 'X':
		t := v.Type()
		if t.Elem().Kind() == reflect.Uint8 {
			var b []byte
			switch {
			case v.Kind() == reflect.Slice:
				b = v.Bytes()
			case v.CanAddr():
				b = v.Slice(0, v.Len()).Bytes()
			default:
				// An unaddressable array cannot be sliced: copy it out.
				b = make([]byte, v.Len())
				for i := range b {
					b[i] = byte(v.Index(i).Uint())
				}
			}
			p.fmtBytes(b, verb, t.String())
			return
		}
	}
	if p.f.sharpV {
		p.buf = append(p.buf, v.Type().String()...)
		if v.Kind() == reflect.Slice && v.IsNil() {
			p.buf = append(p.buf, nilParenString...)
			return
		}
		p.buf = append(p.buf, '{')
	} else {
		p.buf = append(p.buf, '[')
	}
	for i := 0; i < v.Len(); i++ {
		if i > 0 {
			p.separator()
		}
		p.printValue(v.Index(i), verb, depth+1)
	}
	if p.f.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}

// --- Printf directives ---

// argCursor walks the operands of a Printf call.
type argCursor struct {
	args      []any
	next      int  // index of the operand the next verb uses
	reordered bool // an explicit [n] index was seen: extra operands are not reported
}

// intArg consumes the next operand as a '*' width or precision. ok is false when
// there is none, it is not an integer, or it is too large.
func (c *argCursor) intArg() (n int, ok bool) {
	if c.next >= len(c.args) {
		return 0, false
	}
	arg := c.args[c.next]
	c.next++
	if n, ok = arg.(int); !ok {
		switch v := reflect.ValueOf(arg); v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			if x := v.Int(); int64(int(x)) == x {
				n, ok = int(x), true
			}
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			if x := v.Uint(); int64(x) >= 0 && uint64(int(x)) == x {
				n, ok = int(x), true
			}
		}
	}
	if ok && tooLarge(n) {
		return 0, false
	}
	return n, ok
}

// index reads an explicit operand index "[n]" at format[i:], if there is one. It
// returns the index after it, whether one was read (syntactically), and good updated:
// false when the index is malformed or out of range.
func (c *argCursor) index(format string, i int, good bool) (newi int, found bool, newGood bool) {
	if i >= len(format) || format[i] != '[' {
		return i, false, good
	}
	c.reordered = true
	close := -1
	for j := i + 1; j < len(format); j++ {
		if format[j] == ']' {
			close = j
			break
		}
	}
	if close < 0 {
		return i + 1, false, false // no closing bracket: skip the '['
	}
	n, isnum, end := parsenum(format, i+1, close)
	if !isnum || end != close {
		return close + 1, false, false
	}
	n-- // indexes are 1-based
	if n < 0 || n >= len(c.args) {
		return close + 1, true, false
	}
	c.next = n
	return close + 1, true, good
}

// doPrintf copies format to the output, expanding each % directive.
func (p *printer) doPrintf(format string, a []any) {
	c := argCursor{args: a}
	for i := 0; i < len(format); {
		j := i
		for j < len(format) && format[j] != '%' {
			j++
		}
		p.buf = append(p.buf, format[i:j]...)
		if j == len(format) {
			break
		}
		i = p.directive(format, j+1, &c)
	}
	if !c.reordered && c.next < len(a) {
		p.extraArgs(a[c.next:])
	}
}

// directive handles the directive whose text starts at format[i] (just after the %):
// flags, [n], width or *, .precision or .*, [n], verb. It returns the index after it.
func (p *printer) directive(format string, i int, c *argCursor) int {
	p.f.clearflags()
flags:
	for ; i < len(format); i++ {
		switch format[i] {
		case '#':
			p.f.sharp = true
		case '0':
			p.f.zero = !p.f.minus // '-' wins: never pad with zeros on the right
		case '+':
			p.f.plus = true
		case '-':
			p.f.minus = true
			p.f.zero = false
		case ' ':
			p.f.space = true
		default:
			// Go's fast path for a lower-case verb right after the flags: width and
			// precision are not parsed, so a Formatter sees the previous directive's
			// width value (with widPresent false), exactly as in Go.
			if v := format[i]; 'a' <= v && v <= 'z' && c.next < len(c.args) {
				if v == 'v' {
					p.f.sharpV, p.f.sharp = p.f.sharp, false
					p.f.plusV, p.f.plus = p.f.plus, false
				}
				p.printArg(c.args[c.next], rune(v))
				c.next++
				return i + 1
			}
			break flags
		}
	}

	good := true
	var indexed bool
	i, indexed, good = c.index(format, i, good)

	if i < len(format) && format[i] == '*' {
		i++
		p.f.wid, p.f.widPresent = c.intArg()
		if !p.f.widPresent {
			p.buf = append(p.buf, badWidthString...)
		}
		if p.f.wid < 0 {
			// A negative '*' width means left alignment.
			p.f.wid = -p.f.wid
			p.f.minus = true
			p.f.zero = false
		}
		indexed = false
	} else {
		p.f.wid, p.f.widPresent, i = parsenum(format, i, len(format))
		if indexed && p.f.widPresent {
			good = false // "%[3]2d": an index must come after the width
		}
	}

	if i+1 < len(format) && format[i] == '.' {
		i++
		if indexed {
			good = false // "%[3].2d"
		}
		i, indexed, good = c.index(format, i, good)
		if i < len(format) && format[i] == '*' {
			i++
			p.f.prec, p.f.precPresent = c.intArg()
			if p.f.prec < 0 {
				p.f.prec, p.f.precPresent = 0, false
			}
			if !p.f.precPresent {
				p.buf = append(p.buf, badPrecString...)
			}
			indexed = false
		} else {
			p.f.prec, p.f.precPresent, i = parsenum(format, i, len(format))
			if !p.f.precPresent {
				// A lone '.' means precision 0.
				p.f.prec, p.f.precPresent = 0, true
			}
		}
	}

	if !indexed {
		i, _, good = c.index(format, i, good)
	}

	if i >= len(format) {
		p.buf = append(p.buf, noVerbString...)
		return i
	}
	verb, size := utf8.DecodeRuneInString(format[i:])
	i += size

	switch {
	case verb == '%':
		// A literal percent sign uses no operand and ignores width and flags.
		p.buf = append(p.buf, '%')
	case !good:
		p.buf = append(p.buf, percentBangString...)
		p.buf = utf8.AppendRune(p.buf, verb)
		p.buf = append(p.buf, badIndexString...)
	case c.next >= len(c.args):
		p.buf = append(p.buf, percentBangString...)
		p.buf = utf8.AppendRune(p.buf, verb)
		p.buf = append(p.buf, missingString...)
	default:
		if verb == 'v' {
			p.f.sharpV, p.f.sharp = p.f.sharp, false
			p.f.plusV, p.f.plus = p.f.plus, false
		}
		p.printArg(c.args[c.next], verb)
		c.next++
	}
	return i
}

// extraArgs reports operands that no verb used: %!(EXTRA type=value, ...).
func (p *printer) extraArgs(extra []any) {
	p.f.clearflags()
	p.buf = append(p.buf, extraString...)
	for i, arg := range extra {
		if i > 0 {
			p.buf = append(p.buf, commaSpaceString...)
		}
		if arg == nil {
			p.buf = append(p.buf, nilAngleString...)
			continue
		}
		p.buf = append(p.buf, reflect.TypeOf(arg).String()...)
		p.buf = append(p.buf, '=')
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, ')')
}

// doPrint prints each operand with %v, with a space between two operands when
// neither is a string.
func (p *printer) doPrint(a []any) {
	prevString := false
	for i, arg := range a {
		isString := arg != nil && reflect.TypeOf(arg).Kind() == reflect.String
		if i > 0 && !isString && !prevString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

// doPrintln prints each operand with %v, separated by spaces, then a newline.
func (p *printer) doPrintln(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}
