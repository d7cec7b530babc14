// Package exec is minigo's os/exec: the API for running external commands. A minigo
// program cannot start processes (in a browser there is no operating system to start
// them on), so Start, Run, Output and CombinedOutput always fail; the package exists
// so that programs using it compile and fail at run time, not at build time.
//
// Plain Go over os, io, context, errors and strings. Lookups fail with ErrNotFound,
// and Start passes the request to os.StartProcess, which reports why it cannot run.
//
// Example: out, err := exec.Command("ls").Output() // err != nil in minigo
package exec

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"strings"
)

// ErrNotFound is the error of a command name that no directory of $PATH holds.
var ErrNotFound = errors.New("executable file not found in $PATH")

// Error reports that the command Name could not be resolved, and why.
type Error struct {
	// Name is the command name as given.
	Name string
	// Err is the reason.
	Err error
}

func (e *Error) Error() string {
	return "exec: \"" + e.Name + "\": " + e.Err.Error()
}

// Unwrap exposes the reason to errors.Is and errors.As.
func (e *Error) Unwrap() error { return e.Err }

// ExitError reports a command that ran but did not succeed.
type ExitError struct {
	*os.ProcessState

	// Stderr holds what the command wrote to standard error, when Output
	// collected it.
	Stderr []byte
}

func (e *ExitError) Error() string { return e.ProcessState.String() }

// Cmd describes a command to run. Build it with Command, adjust the fields,
// then call Run, Output or Start and Wait. A Cmd runs at most once.
type Cmd struct {
	// Path is the program to run; Command resolves it through LookPath.
	Path string
	// Args is the argument list, the command name first.
	Args []string
	// Env is the environment as "key=value" strings; nil means this process's.
	Env []string
	// Dir is the working directory; "" means this process's.
	Dir string
	// Stdin, Stdout and Stderr connect the command's standard files; nil
	// means the null device.
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// ExtraFiles are further open files for the command, from descriptor 3.
	ExtraFiles []*os.File
	// Process is the running process, once started.
	Process *os.Process
	// ProcessState describes the finished process, once waited for.
	ProcessState *os.ProcessState
	// Err is an error found while building the Cmd (a failed lookup, say);
	// Start returns it.
	Err error

	ctx context.Context // cancels the command, for CommandContext
}

// Command returns a Cmd that runs name with the given arguments. A name
// without a slash is looked up in $PATH; a failed lookup is kept in Err.
func Command(name string, arg ...string) *Cmd {
	c := &Cmd{Path: name, Args: append([]string{name}, arg...)}
	if strings.Contains(name, "/") {
		return c
	}
	if found, err := LookPath(name); err != nil {
		c.Err = err
	} else {
		c.Path = found
	}
	return c
}

// CommandContext is Command with a context whose end kills the command.
func CommandContext(ctx context.Context, name string, arg ...string) *Cmd {
	if ctx == nil {
		panic("nil Context")
	}
	c := Command(name, arg...)
	c.ctx = ctx
	return c
}

// String shows the command line, for messages: the resolved path and the
// arguments, or just the arguments if the path could not be resolved.
func (c *Cmd) String() string {
	if c.Err != nil || c.Path == "" {
		return strings.Join(c.Args, " ")
	}
	var line strings.Builder
	line.WriteString(c.Path)
	for _, arg := range c.Args[1:] {
		line.WriteString(" " + arg)
	}
	return line.String()
}

// Environ is the environment the command would get: a copy of Env, or this
// process's environment when Env is nil.
func (c *Cmd) Environ() []string {
	if c.Env == nil {
		return os.Environ()
	}
	return append([]string(nil), c.Env...)
}

// LookPath finds file in $PATH. minigo has no file system of programs, so
// every lookup fails.
func LookPath(file string) (string, error) {
	return "", &Error{Name: file, Err: ErrNotFound}
}

// Start launches the command without waiting for it.
func (c *Cmd) Start() error {
	switch {
	case c.Err != nil:
		return c.Err
	case c.Process != nil:
		return errors.New("exec: already started")
	case c.ctx != nil && c.ctx.Err() != nil:
		return c.ctx.Err()
	}
	_, err := os.StartProcess(c.Path, c.Args, &os.ProcAttr{Dir: c.Dir, Env: c.Environ()})
	return err
}

// Wait waits for a started command to finish.
func (c *Cmd) Wait() error {
	if c.Process == nil {
		return errors.New("exec: not started")
	}
	return errors.New("exec: Wait was already called")
}

// Run is Start followed by Wait.
func (c *Cmd) Run() error {
	if err := c.Start(); err != nil {
		return err
	}
	return c.Wait()
}

// alreadySet is the error of asking for a pipe or output capture of a
// standard file (name) the caller has connected already.
func alreadySet(name string) error {
	return errors.New("exec: " + name + " already set")
}

// Output runs the command and returns what it wrote to standard output.
func (c *Cmd) Output() ([]byte, error) {
	if c.Stdout != nil {
		return nil, alreadySet("Stdout")
	}
	var out bytes.Buffer
	c.Stdout = &out
	err := c.Run()
	return out.Bytes(), err
}

// CombinedOutput runs the command and returns what it wrote to standard
// output and standard error, interleaved.
func (c *Cmd) CombinedOutput() ([]byte, error) {
	switch {
	case c.Stdout != nil:
		return nil, alreadySet("Stdout")
	case c.Stderr != nil:
		return nil, alreadySet("Stderr")
	}
	var out bytes.Buffer
	c.Stdout, c.Stderr = &out, &out
	err := c.Run()
	return out.Bytes(), err
}

// StdinPipe returns a writer connected to the command's standard input.
func (c *Cmd) StdinPipe() (io.WriteCloser, error) {
	if c.Stdin != nil {
		return nil, alreadySet("Stdin")
	}
	r, w := io.Pipe()
	c.Stdin = r
	return w, nil
}

// StdoutPipe returns a reader connected to the command's standard output.
func (c *Cmd) StdoutPipe() (io.ReadCloser, error) {
	if c.Stdout != nil {
		return nil, alreadySet("Stdout")
	}
	r, w := io.Pipe()
	c.Stdout = w
	return r, nil
}

// StderrPipe returns a reader connected to the command's standard error.
func (c *Cmd) StderrPipe() (io.ReadCloser, error) {
	if c.Stderr != nil {
		return nil, alreadySet("Stderr")
	}
	r, w := io.Pipe()
	c.Stderr = w
	return r, nil
}
