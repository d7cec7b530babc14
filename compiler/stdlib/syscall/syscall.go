// Package syscall is minigo's syscall: the small part of the Linux system call
// interface that portable programs and Go's tests touch (page size, pid, signals,
// mmap/mprotect, the raw Syscall entry), with Linux/amd64 constant values.
//
// A minigo program has no kernel to call. Getpagesize and Getpid answer (Getpid is a
// runtime hook); everything that would change the process or its memory fails with
// ENOSYS ("function not implemented").
//
// Example: if _, err := syscall.Mmap(-1, 0, 4096, syscall.PROT_READ, syscall.MAP_ANON|syscall.MAP_PRIVATE); err != nil { ... }
package syscall

// An Errno is an unsigned number describing an error condition (Linux numbering).
type Errno uintptr

// Errors.
const (
	EPERM   Errno = 0x1
	ENOENT  Errno = 0x2
	EINTR   Errno = 0x4
	EBADF   Errno = 0x9
	EAGAIN  Errno = 0xb
	ENOMEM  Errno = 0xc
	EACCES  Errno = 0xd
	EEXIST  Errno = 0x11
	ENOTDIR Errno = 0x14
	EISDIR  Errno = 0x15
	EINVAL  Errno = 0x16
	ENOSPC  Errno = 0x1c
	EPIPE   Errno = 0x20
	ERANGE  Errno = 0x22
	ENOSYS  Errno = 0x26
)

var errnoText = map[Errno]string{
	EPERM:   "operation not permitted",
	ENOENT:  "no such file or directory",
	EINTR:   "interrupted system call",
	EBADF:   "bad file descriptor",
	EAGAIN:  "resource temporarily unavailable",
	ENOMEM:  "cannot allocate memory",
	EACCES:  "permission denied",
	EEXIST:  "file exists",
	ENOTDIR: "not a directory",
	EISDIR:  "is a directory",
	EINVAL:  "invalid argument",
	ENOSPC:  "no space left on device",
	EPIPE:   "broken pipe",
	ERANGE:  "numerical result out of range",
	ENOSYS:  "function not implemented",
}

func (e Errno) Error() string {
	if s, ok := errnoText[e]; ok {
		return s
	}
	return "errno " + itoa(int(e))
}

// Timeout reports whether the error is a timeout.
func (e Errno) Timeout() bool { return e == EAGAIN }

// Temporary reports whether the error is temporary.
func (e Errno) Temporary() bool { return e == EINTR || e == EAGAIN || e.Timeout() }

// A Signal is a number describing a process signal.
type Signal int

// Signals.
const (
	SIGHUP  = Signal(0x1)
	SIGINT  = Signal(0x2)
	SIGQUIT = Signal(0x3)
	SIGKILL = Signal(0x9)
	SIGSEGV = Signal(0xb)
	SIGPIPE = Signal(0xd)
	SIGTERM = Signal(0xf)
	SIGCHLD = Signal(0x11)
)

// Signal implements os.Signal.
func (s Signal) Signal() {}

func (s Signal) String() string {
	switch s {
	case SIGHUP:
		return "hangup"
	case SIGINT:
		return "interrupt"
	case SIGQUIT:
		return "quit"
	case SIGKILL:
		return "killed"
	case SIGSEGV:
		return "segmentation fault"
	case SIGPIPE:
		return "broken pipe"
	case SIGTERM:
		return "terminated"
	case SIGCHLD:
		return "child exited"
	}
	return "signal " + itoa(int(s))
}

// Memory protection and mapping flags for Mmap and Mprotect.
const (
	PROT_NONE     = 0x0
	PROT_READ     = 0x1
	PROT_WRITE    = 0x2
	PROT_EXEC     = 0x4
	MAP_SHARED    = 0x1
	MAP_PRIVATE   = 0x2
	MAP_FIXED     = 0x10
	MAP_ANON      = 0x20
	MAP_ANONYMOUS = 0x20
)

// Standard file descriptors.
const (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// Getpagesize returns the memory page size the program may assume (4 KB, as Linux
// reports it).
func Getpagesize() int { return 4096 }

// Getpid returns the process id. Runtime hook.
func Getpid() (pid int)

// Getppid returns the parent process id.
func Getppid() (ppid int) { return 1 }

// Kill sends a signal to a process. Not available in minigo: ENOSYS.
func Kill(pid int, sig Signal) (err error) { return ENOSYS }

// Mmap maps memory. Not available in minigo: ENOSYS.
func Mmap(fd int, offset int64, length int, prot int, flags int) (data []byte, err error) {
	return nil, ENOSYS
}

// Munmap unmaps memory mapped by Mmap. Not available in minigo: ENOSYS.
func Munmap(b []byte) (err error) { return ENOSYS }

// Mprotect changes the protection of mapped memory. Not available in minigo: ENOSYS.
func Mprotect(b []byte, prot int) (err error) { return ENOSYS }

// Syscall makes a raw system call. Not available in minigo: it returns ENOSYS.
func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	return ^uintptr(0), 0, ENOSYS
}

// Syscall6 makes a raw system call with six arguments. Not available: ENOSYS.
func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	return ^uintptr(0), 0, ENOSYS
}

// RawSyscall is Syscall without scheduler notification. Not available: ENOSYS.
func RawSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	return ^uintptr(0), 0, ENOSYS
}

// Exit terminates the process immediately with the given status. Runtime hook.
func Exit(code int)

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(b[i:])
}
