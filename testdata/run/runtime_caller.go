// runtime.Caller, Callers with CallersFrames, FuncForPC names and runtime.Stack:
// function names, file base names and lines as Go reports them.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

type T struct{}

func (T) M() string {
	pc, file, line, ok := runtime.Caller(0)
	return fmt.Sprint(runtime.FuncForPC(pc).Name(), " ", filepath.Base(file), " ", line, " ", ok)
}

func where() string {
	_, file, line, _ := runtime.Caller(1)
	return fmt.Sprintf("%s:%d", filepath.Base(file), line)
}

func main() {
	fmt.Println(T{}.M())
	fmt.Println(where())
	func() {
		fmt.Println(where())
	}()
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		fmt.Println(f.Function, filepath.Base(f.File), f.Line)
		if !more {
			break
		}
	}
	buf := make([]byte, 1000)
	s := string(buf[:runtime.Stack(buf, false)])
	fmt.Println(strings.Split(s, "\n")[0], strings.Contains(s, "main.main()"))
}
