// Package log is minigo's log: a simple logger that writes "prefix date time message"
// lines, by default to standard error.
//
// Plain Go over fmt, os, time and sync. Fatal* exit with status 1 after logging;
// Panic* panic with the message. Flags select the header as in Go (Ldate, Ltime,
// Lmicroseconds, Llongfile, Lshortfile, LUTC, Lmsgprefix); file names come from
// runtime.Caller.
//
// Example: log.SetFlags(0); log.Println("hi") // writes "hi\n" to standard error
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

// The flags choose what goes before each message. The date and time are in
// local time unless LUTC is set.
const (
	Ldate         = 1 << iota     // 2009/01/23
	Ltime                         // 01:23:23
	Lmicroseconds                 // 01:23:23.123123 (implies the time)
	Llongfile                     // /a/b/c/d.go:23
	Lshortfile                    // d.go:23 (wins over Llongfile)
	LUTC                          // date and time in UTC
	Lmsgprefix                    // put the prefix just before the message, not at the line start
	LstdFlags     = Ldate | Ltime // what the standard logger starts with
)

// Logger writes one line per call to out, in a single Write: the prefix and
// header chosen by flag, then the message. mu makes concurrent calls safe and
// guards buf, the line being built, which is reused from call to call.
type Logger struct {
	mu     sync.Mutex
	prefix string
	flag   int
	out    io.Writer
	buf    []byte
}

// New returns a Logger that writes to out with the given prefix and flags.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

// std is the logger behind the package-level functions.
var std = New(os.Stderr, "", LstdFlags)

// Default returns the logger the package-level functions use.
func Default() *Logger { return std }

// SetOutput makes l write to w.
func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	l.out = w
	l.mu.Unlock()
}

// appendZeroPadded appends n in decimal with at least width digits.
func appendZeroPadded(b []byte, n, width int) []byte {
	digits := strconv.Itoa(n)
	for i := len(digits); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, digits...)
}

// appendHeader appends what l's flags put before a message logged at when
// from file:line.
func (l *Logger) appendHeader(b []byte, when time.Time, file string, line int) []byte {
	flags := l.flag
	if flags&Lmsgprefix == 0 {
		b = append(b, l.prefix...)
	}
	if flags&LUTC != 0 {
		when = when.UTC()
	}
	if flags&Ldate != 0 {
		year, month, day := when.Date()
		b = appendZeroPadded(b, year, 4)
		b = appendZeroPadded(append(b, '/'), int(month), 2)
		b = appendZeroPadded(append(b, '/'), day, 2)
		b = append(b, ' ')
	}
	if flags&(Ltime|Lmicroseconds) != 0 {
		hour, minute, second := when.Clock()
		b = appendZeroPadded(b, hour, 2)
		b = appendZeroPadded(append(b, ':'), minute, 2)
		b = appendZeroPadded(append(b, ':'), second, 2)
		if flags&Lmicroseconds != 0 {
			b = appendZeroPadded(append(b, '.'), when.Nanosecond()/1000, 6)
		}
		b = append(b, ' ')
	}
	if flags&(Lshortfile|Llongfile) != 0 {
		if flags&Lshortfile != 0 {
			file = baseName(file)
		}
		b = append(b, file...)
		b = strconv.AppendInt(append(b, ':'), int64(line), 10)
		b = append(b, ": "...)
	}
	if flags&Lmsgprefix != 0 {
		b = append(b, l.prefix...)
	}
	return b
}

// baseName is the part of a slash-separated path after the last slash (a
// slash at index 0 is kept, as Go's log does).
func baseName(path string) string {
	for i := len(path) - 1; i > 0; i-- {
		if path[i] == '/' {
			return path[i+1:]
		}
	}
	return path
}

// Output logs s, adding a newline unless s ends with one. calldepth says
// which caller's file and line to report: 0 is Output itself, 1 its caller,
// and so on; the Print, Fatal and Panic functions pass 2 so that the line is
// the one that called them.
func (l *Logger) Output(calldepth int, s string) error {
	when := time.Now() // before waiting for the lock
	l.mu.Lock()
	defer l.mu.Unlock()
	file, line := "", 0
	if l.flag&(Lshortfile|Llongfile) != 0 {
		var ok bool
		if _, file, line, ok = runtime.Caller(calldepth); !ok {
			file, line = "???", 0
		}
	}
	text := l.appendHeader(l.buf[:0], when, file, line)
	text = append(text, s...)
	if s == "" || s[len(s)-1] != '\n' {
		text = append(text, '\n')
	}
	l.buf = text
	_, err := l.out.Write(text)
	return err
}

// Printf logs its arguments formatted as by fmt.Sprintf.
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }

// Print logs its arguments formatted as by fmt.Sprint.
func (l *Logger) Print(v ...any) { l.Output(2, fmt.Sprint(v...)) }

// Println logs its arguments formatted as by fmt.Sprintln.
func (l *Logger) Println(v ...any) { l.Output(2, fmt.Sprintln(v...)) }

// Fatal is Print and then os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf and then os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println and then os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print and then a panic with the message.
func (l *Logger) Panic(v ...any) {
	msg := fmt.Sprint(v...)
	l.Output(2, msg)
	panic(msg)
}

// Panicf is Printf and then a panic with the message.
func (l *Logger) Panicf(format string, v ...any) {
	msg := fmt.Sprintf(format, v...)
	l.Output(2, msg)
	panic(msg)
}

// Panicln is Println and then a panic with the message.
func (l *Logger) Panicln(v ...any) {
	msg := fmt.Sprintln(v...)
	l.Output(2, msg)
	panic(msg)
}

// Flags reports l's flags.
func (l *Logger) Flags() int {
	l.mu.Lock()
	flags := l.flag
	l.mu.Unlock()
	return flags
}

// SetFlags replaces l's flags.
func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	l.flag = flag
	l.mu.Unlock()
}

// Prefix reports l's prefix.
func (l *Logger) Prefix() string {
	l.mu.Lock()
	prefix := l.prefix
	l.mu.Unlock()
	return prefix
}

// SetPrefix replaces l's prefix.
func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	l.prefix = prefix
	l.mu.Unlock()
}

// Writer reports where l writes.
func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	out := l.out
	l.mu.Unlock()
	return out
}

// SetOutput makes the standard logger write to w.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Flags reports the standard logger's flags.
func Flags() int { return std.Flags() }

// SetFlags replaces the standard logger's flags.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix reports the standard logger's prefix.
func Prefix() string { return std.Prefix() }

// SetPrefix replaces the standard logger's prefix.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Writer reports where the standard logger writes.
func Writer() io.Writer { return std.Writer() }

// Print logs to the standard logger, formatting as fmt.Sprint.
func Print(v ...any) { std.Output(2, fmt.Sprint(v...)) }

// Printf logs to the standard logger, formatting as fmt.Sprintf.
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }

// Println logs to the standard logger, formatting as fmt.Sprintln.
func Println(v ...any) { std.Output(2, fmt.Sprintln(v...)) }

// Fatal is Print and then os.Exit(1).
func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf and then os.Exit(1).
func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println and then os.Exit(1).
func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print and then a panic with the message.
func Panic(v ...any) {
	msg := fmt.Sprint(v...)
	std.Output(2, msg)
	panic(msg)
}

// Panicf is Printf and then a panic with the message.
func Panicf(format string, v ...any) {
	msg := fmt.Sprintf(format, v...)
	std.Output(2, msg)
	panic(msg)
}

// Panicln is Println and then a panic with the message.
func Panicln(v ...any) {
	msg := fmt.Sprintln(v...)
	std.Output(2, msg)
	panic(msg)
}

// Output is Logger.Output for the standard logger (calldepth 1 is the caller
// of Output).
func Output(calldepth int, s string) error {
	return std.Output(calldepth+1, s)
}
