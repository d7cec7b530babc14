package os

import (
	"errors"
	"runtime"
	"sync/atomic"
	"time"
)

// errNoProcesses is why process operations fail: a minigo program runs alone (in a
// browser there is no operating system to start programs on).
var errNoProcesses = errors.New("minigo programs cannot start processes")

// Process stores the information about a process created by StartProcess.
type Process struct {
	Pid    int
	isdone uint32 // set atomically once the process has been waited for, as Go's
}

func (p *Process) done() bool { return atomic.LoadUint32(&p.isdone) > 0 }

func (p *Process) setDone() { atomic.StoreUint32(&p.isdone, 1) }

// ProcAttr holds the attributes that will be applied to a new process started by
// StartProcess. (Go's Sys field is absent: minigo has no syscall package.)
type ProcAttr struct {
	// If Dir is non-empty, the child changes into the directory before creating the
	// process.
	Dir string
	// If Env is non-nil, it gives the environment variables for the new process.
	Env []string
	// Files specifies the open files inherited by the new process.
	Files []*File
}

// StartProcess starts a new process with the program, arguments and attributes
// specified by name, argv and attr. In minigo it always fails.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	// As Go, a missing working directory is reported before anything else.
	if attr != nil && attr.Dir != "" {
		if _, err := Stat(attr.Dir); err != nil {
			if pe, ok := err.(*PathError); ok {
				pe.Op = "chdir"
			}
			return nil, err
		}
	}
	return nil, &PathError{Op: "fork/exec", Path: name, Err: errNoProcesses}
}

// FindProcess looks for a running process by its pid. On Unix systems FindProcess
// always succeeds and returns a Process for the given pid.
func FindProcess(pid int) (*Process, error) {
	return &Process{Pid: pid}, nil
}

// Kill causes the Process to exit immediately.
func (p *Process) Kill() error { return p.Signal(Kill) }

// Signal sends a signal to the Process.
func (p *Process) Signal(sig Signal) error {
	if p == nil {
		return errors.New("os: process not initialized")
	}
	if p.done() {
		return ErrProcessDone
	}
	return NewSyscallError("kill", errNoProcesses)
}

// Wait waits for the Process to exit, and then returns a ProcessState describing its
// status and an error, if any.
func (p *Process) Wait() (*ProcessState, error) {
	if p == nil {
		return nil, errors.New("os: process not initialized")
	}
	state, err := p.wait()
	if err == nil {
		p.setDone()
	}
	return state, err
}

// wait waits for the process to exit; in minigo there is none to wait for.
func (p *Process) wait() (*ProcessState, error) {
	return nil, NewSyscallError("wait", errNoProcesses)
}

// Release releases any resources associated with the Process p.
func (p *Process) Release() error {
	p.Pid = -1
	runtime.SetFinalizer(p, nil) // as Go, which sets one on processes it starts
	return nil
}

// ProcessState stores information about a process, as reported by Wait.
type ProcessState struct {
	pid      int
	exitCode int // -1 when killed by a signal
	rusage   any // the resource usage, if known (never in minigo)
}

// Pid returns the process id of the exited process.
func (p *ProcessState) Pid() int { return p.pid }

// Exited reports whether the program has exited.
func (p *ProcessState) Exited() bool { return p.exitCode >= 0 }

// Success reports whether the program exited successfully.
func (p *ProcessState) Success() bool { return p.exitCode == 0 }

// ExitCode returns the exit code of the exited process, or -1 if the process hasn't
// exited or was terminated by a signal.
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	return p.exitCode
}

// Sys returns system-dependent exit information about the process.
func (p *ProcessState) Sys() any { return nil }

// SysUsage returns system-dependent resource usage information about the exited
// process.
func (p *ProcessState) SysUsage() any { return p.rusage }

// UserTime returns the user CPU time of the exited process and its children.
func (p *ProcessState) UserTime() time.Duration { return 0 }

// SystemTime returns the system CPU time of the exited process and its children.
func (p *ProcessState) SystemTime() time.Duration { return 0 }

func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	if p.exitCode < 0 {
		return "signal: killed"
	}
	return "exit status " + itoa(p.exitCode)
}
