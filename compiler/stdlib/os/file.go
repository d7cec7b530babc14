// Package os is minigo's os: the program's arguments and environment, exit, and files
// (the three standard streams and a small file API).
//
// The operating system is reached through runtime hooks declared without a body in
// sys.go: sysWrite, sysRead, sysOpen, sysClose, sysSeek, sysStat, sysRemove, sysMkdir,
// sysReadDir, sysGetwd, sysChdir, sysEnv... Each returns an errno-like code, turned
// here into Go's error values (*PathError wrapping a syscall error whose text is
// Go's, e.g. "open x: no such file or directory"). In a browser the runtime provides
// an in-memory file system and only the standard streams.
//
// Plain Go here: File and its methods, errors, flags, ReadFile/WriteFile, DirFS and the
// environment helpers. FileMode, FileInfo, DirEntry, PathError and the common errors
// are io/fs's (aliases, as in Go).
//
// Example: os.Stdout.WriteString("hi\n"); os.Exit(3)
package os

import (
	"errors"
	"io"
	"io/fs"
	"time"
	"unsafe"
)

// Args is the command line: the program name, then its arguments.
var Args []string

func init() {
	Args = runtime_args()
}

// Exit causes the current program to exit with the given status code. Conventionally,
// code zero indicates success, non-zero an error. The program terminates immediately;
// deferred functions are not run.
func Exit(code int)

// Getpid is this process's id.
func Getpid() int

// Getppid is the id of this process's parent.
func Getppid() int

// Getuid is the user id this process runs as.
func Getuid() int { return 0 }

// Getgid is the group id this process runs as.
func Getgid() int { return 0 }

// Hostname is the name of the machine.
func Hostname() (name string, err error) { return "minigo", nil }

// Executable returns the path name for the executable that started the current process.
func Executable() (string, error) {
	if len(Args) > 0 {
		return Args[0], nil
	}
	return "", errors.New("os: executable not known")
}

// Portable analogs of some common system call errors; the first five are io/fs's.
var (
	ErrInvalid          = fs.ErrInvalid
	ErrPermission       = fs.ErrPermission
	ErrExist            = fs.ErrExist
	ErrNotExist         = fs.ErrNotExist
	ErrClosed           = fs.ErrClosed
	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = errors.New("i/o timeout")
	ErrProcessDone      = errors.New("os: process already finished")
)

// PathError is an error from an operation on a file path (io/fs's type).
type PathError = fs.PathError

// LinkError records an error during a link or symlink or rename system call and the
// paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError is an error from the named system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError with the given system call
// name and error details. If err is nil, NewSyscallError returns nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// errno is an error number returned by a system call hook: Error gives the Linux text,
// Is relates it to ErrNotExist and friends.
type errno int

const (
	ePERM     errno = 1
	eNOENT    errno = 2
	eBADF     errno = 9
	eACCES    errno = 13
	eEXIST    errno = 17
	eNOTDIR   errno = 20
	eISDIR    errno = 21
	eINVAL    errno = 22
	eNOTEMPTY errno = 39
)

func (e errno) Error() string {
	switch e {
	case ePERM:
		return "operation not permitted"
	case eNOENT:
		return "no such file or directory"
	case eBADF:
		return "bad file descriptor"
	case eACCES:
		return "permission denied"
	case eEXIST:
		return "file exists"
	case eNOTDIR:
		return "not a directory"
	case eISDIR:
		return "is a directory"
	case eINVAL:
		return "invalid argument"
	case eNOTEMPTY:
		return "directory not empty"
	}
	return "errno " + itoa(int(e))
}

func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == eACCES || e == ePERM
	case ErrExist:
		return e == eEXIST || e == eNOTEMPTY
	case ErrNotExist:
		return e == eNOENT
	}
	return false
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b [24]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// underlyingError returns the error wrapped by a *PathError, *LinkError or
// *SyscallError, or err itself.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

// IsExist returns a boolean indicating whether the error is known to report that a
// file or directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist returns a boolean indicating whether the error is known to report that a
// file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission returns a boolean indicating whether the error is known to report that
// permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(errno)
	return ok && e.Is(target)
}

// Flags to OpenFile wrapping those of the underlying system (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Seek whence values.
//
// Deprecated: use io.SeekStart, io.SeekCurrent and io.SeekEnd.
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// Path separators.
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)

// DevNull is the name of the operating system's "null device".
const DevNull = "/dev/null"

// FileMode is a file's type and permission bits (io/fs's type).
type FileMode = fs.FileMode

// The type bits, as io/fs defines them; the letters are what String shows.
const (
	ModeDir        = fs.ModeDir        // d: directory
	ModeAppend     = fs.ModeAppend     // a: append-only
	ModeExclusive  = fs.ModeExclusive  // l: exclusive use
	ModeTemporary  = fs.ModeTemporary  // T: temporary (Plan 9)
	ModeSymlink    = fs.ModeSymlink    // L: symbolic link
	ModeDevice     = fs.ModeDevice     // D: device file
	ModeNamedPipe  = fs.ModeNamedPipe  // p: FIFO
	ModeSocket     = fs.ModeSocket     // S: socket
	ModeSetuid     = fs.ModeSetuid     // u: setuid
	ModeSetgid     = fs.ModeSetgid     // g: setgid
	ModeCharDevice = fs.ModeCharDevice // c: character device (with ModeDevice)
	ModeSticky     = fs.ModeSticky     // t: sticky
	ModeIrregular  = fs.ModeIrregular  // ?: not a regular file, nothing more known

	// ModeType selects the type bits; regular files have none.
	ModeType = fs.ModeType

	ModePerm = fs.ModePerm // the rwx bits, 0o777
)

// FileInfo describes a file, as Stat and Lstat report it (io/fs's type).
type FileInfo = fs.FileInfo

// A DirEntry is an entry read from a directory.
type DirEntry = fs.DirEntry

// fileStat is the FileInfo of minigo's files.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }

// dirEntry is a DirEntry backed by a fileStat.
type dirEntry struct{ st *fileStat }

func (d dirEntry) Name() string            { return d.st.name }
func (d dirEntry) IsDir() bool             { return d.st.IsDir() }
func (d dirEntry) Type() FileMode          { return d.st.mode.Type() }
func (d dirEntry) Info() (FileInfo, error) { return d.st, nil }
func (d dirEntry) String() string          { return d.st.mode.Type().String() + " " + d.st.name }

// SameFile reports whether fi1 and fi2 describe the same file (by name, size and mode
// in minigo).
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	return ok1 && ok2 && a.name == b.name && a.size == b.size && a.mode == b.mode
}

// File is an open file.
//
// The state lives in a separate struct, as in Go, so that copying a File value does
// not copy the state, and so that File's escape tags match gc's (File.Name leaks f to
// its result at level 2).
type File struct {
	*file
}

type file struct {
	fd     int
	name   string
	closed bool
	dirPos int // entries already returned by ReadDir
}

// Standard input, output and error.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{&file{fd: int(fd), name: name}}
}

// Name is the name the file was opened with.
func (f *File) Name() string { return f.name }

// Fd is the file's descriptor number.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkValid returns an error if f is nil or closed.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Read reads up to len(b) bytes from the File and stores them in b. At end of file,
// Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := sysRead(f.fd, b)
	if e != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errno(e)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from offset off without moving the file position.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	// Unlike Read, ReadAt keeps going until b is full, the file ends or an
	// error occurs.
	for n < len(b) {
		got, e := sysPread(f.fd, b[n:], off+int64(n))
		switch {
		case e != 0:
			return n, &PathError{Op: "read", Path: f.name, Err: errno(e)}
		case got == 0:
			return n, io.EOF
		}
		n += got
	}
	return n, nil
}

// Write writes len(b) bytes from b to the File. It returns the number of bytes written
// and an error, if any. Write returns a non-nil error when n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := sysWrite(f.fd, b)
	if e != 0 {
		return n, &PathError{Op: "write", Path: f.name, Err: errno(e)}
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s rather than a slice
// of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	if len(s) == 0 {
		return f.Write(nil)
	}
	// Write the string's bytes in place: Write does not keep or modify them. As in Go,
	// the slice is made by a store through a pointer, so s leaks (gc's tag for Go's).
	var b []byte
	pb := &b
	*pb = unsafe.Slice((*byte)((*stringHeader)(unsafe.Pointer(&s)).data), len(s))
	return f.Write(b)
}

// stringHeader is the layout of a string value: data pointer, then length.
type stringHeader struct {
	data unsafe.Pointer
	len  int
}

// WriteAt writes b at offset off without moving the file position.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := sysPwrite(f.fd, b, off)
	if e != 0 {
		return n, &PathError{Op: "write", Path: f.name, Err: errno(e)}
	}
	return n, nil
}

// Seek moves the position of the next Read or Write to offset, counted from
// the start (whence 0), the current position (1) or the end (2).
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	ret, e := sysSeek(f.fd, offset, whence)
	if e != 0 {
		return 0, &PathError{Op: "seek", Path: f.name, Err: errno(e)}
	}
	return ret, nil
}

// Close releases the file; later reads and writes fail.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if e := sysClose(f.fd); e != 0 {
		return &PathError{Op: "close", Path: f.name, Err: errno(e)}
	}
	return nil
}

// Sync asks for the file's contents to be written to stable storage.
func (f *File) Sync() error { return f.checkValid("sync") }

// Stat describes the open file.
func (f *File) Stat() (FileInfo, error) {
	if err := f.checkValid("stat"); err != nil {
		return nil, err
	}
	return Stat(f.name)
}

// ReadDir reads the contents of the directory associated with the file f and returns
// a slice of DirEntry values in directory order. If n > 0, at most n entries are
// returned (io.EOF at the end); if n <= 0, all remaining entries.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if err := f.checkValid("readdir"); err != nil {
		return nil, err
	}
	all, err := ReadDir(f.name)
	if err != nil {
		return nil, err
	}
	rest := all[f.dirPos:]
	if n > 0 {
		if len(rest) == 0 {
			return nil, io.EOF
		}
		if len(rest) > n {
			rest = rest[:n]
		}
	}
	f.dirPos += len(rest)
	return rest, nil
}

// Readdirnames reads the names of the directory entries (see ReadDir).
func (f *File) Readdirnames(n int) (names []string, err error) {
	ents, err := f.ReadDir(n)
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names, err
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file, with mode 0666 (before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call: it opens the named file with specified flag
// (O_RDONLY etc.) and, when creating, permission bits perm.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag, uint32(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
	return &File{&file{fd: fd, name: name}}, nil
}

// ReadFile reads the named file and returns the contents. A successful call returns
// err == nil, not err == EOF.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	return data, err
}

// WriteFile writes data to the named file, creating it if necessary (with permissions
// perm before umask), truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, writeErr := f.Write(data)
	closeErr := f.Close()
	if writeErr != nil {
		return writeErr
	}
	return closeErr
}

// Stat describes the file at name, following symbolic links.
func Stat(name string) (FileInfo, error) {
	size, mode, mtime, e := sysStat(name)
	if e != 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: errno(e)}
	}
	return &fileStat{name: basename(name), size: size, mode: FileMode(mode), modTime: time.Unix(0, mtime)}, nil
}

// Lstat returns a FileInfo describing the named file, not following a symbolic link.
func Lstat(name string) (FileInfo, error) {
	fi, err := Stat(name)
	if pe, ok := err.(*PathError); ok {
		pe.Op = "lstat"
	}
	return fi, err
}

// basename is the last element of name, ignoring trailing slashes.
func basename(name string) string {
	end := len(name)
	for end > 1 && name[end-1] == '/' {
		end--
	}
	start := end - 1
	for start > 0 && name[start-1] != '/' {
		start--
	}
	if start < 0 {
		start = 0
	}
	return name[start:end]
}

// ReadDir reads the named directory, returning all its directory entries sorted by
// filename.
func ReadDir(name string) ([]DirEntry, error) {
	names, e := sysReadDir(name)
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
	// Insertion sort by name (the os package cannot import sort).
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && names[j] < names[j-1]; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	ents := make([]DirEntry, 0, len(names))
	for _, n := range names {
		fi, err := Lstat(name + "/" + n)
		if err != nil {
			continue
		}
		ents = append(ents, dirEntry{fi.(*fileStat)})
	}
	return ents, nil
}

// Remove deletes the file or empty directory at name.
func Remove(name string) error {
	if e := sysRemove(name); e != 0 {
		return &PathError{Op: "remove", Path: name, Err: errno(e)}
	}
	return nil
}

// RemoveAll removes path and any children it contains. It removes everything it can
// but returns the first error it encounters. If the path does not exist, RemoveAll
// returns nil.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	fi, err := Lstat(path)
	if err != nil {
		if IsNotExist(err) {
			return nil
		}
		return err
	}
	if fi.IsDir() {
		ents, err := ReadDir(path)
		if err != nil {
			return err
		}
		for _, e := range ents {
			if err := RemoveAll(path + "/" + e.Name()); err != nil {
				return err
			}
		}
	}
	return Remove(path)
}

// Rename moves oldpath to newpath.
func Rename(oldpath, newpath string) error {
	if e := sysRename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, errno(e)}
	}
	return nil
}

// Mkdir creates a new directory with the specified name and permission bits.
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, uint32(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errno(e)}
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary parents.
func MkdirAll(path string, perm FileMode) error {
	if fi, err := Stat(path); err == nil {
		if fi.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: eNOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		if fi, err1 := Lstat(path); err1 == nil && fi.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// TempDir is where temporary files go: $TMPDIR, or /tmp.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

// MkdirTemp creates a new temporary directory in the directory dir whose name begins
// with pattern (a "*" in pattern is replaced by the random part).
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := splitPattern("mkdirtemp", pattern)
	if err != nil {
		return "", err
	}
	for try := 0; try < 10000; try++ {
		name := dir + "/" + prefix + itoa(int(nextRandom())) + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsNotExist(err) {
			// As Go: when dir itself is missing, say so.
			if _, serr := Stat(dir); IsNotExist(serr) {
				return "", serr
			}
		}
		if !IsExist(err) {
			return "", err
		}
	}
	return "", &PathError{Op: "mkdirtemp", Path: dir + "/" + pattern, Err: ErrExist}
}

// CreateTemp creates a new temporary file in the directory dir, opened for reading and
// writing (a "*" in pattern is replaced by the random part).
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := splitPattern("createtemp", pattern)
	if err != nil {
		return nil, err
	}
	for try := 0; try < 10000; try++ {
		name := dir + "/" + prefix + itoa(int(nextRandom())) + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if err == nil || !IsExist(err) {
			return f, err
		}
	}
	return nil, &PathError{Op: "createtemp", Path: dir + "/" + pattern, Err: ErrExist}
}

// splitPattern splits a temporary name pattern at its last "*" into the parts before
// and after the random part; a pattern containing a path separator is an error (Go's).
func splitPattern(op, pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", &PathError{Op: op, Path: pattern, Err: errPatternHasSeparator}
		}
	}
	prefix = pattern
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			prefix, suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	return prefix, suffix, nil
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

var randState uint32

// nextRandom returns a pseudo-random number for temporary names.
func nextRandom() uint32 {
	if randState == 0 {
		randState = uint32(time.Now().UnixNano()) | 1
	}
	randState ^= randState << 13
	randState ^= randState >> 17
	randState ^= randState << 5
	return randState % 1000000000
}

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	dir, e := sysGetwd()
	if e != 0 {
		return "", NewSyscallError("getwd", errno(e))
	}
	return dir, nil
}

// Chdir makes dir the working directory.
func Chdir(dir string) error {
	if e := sysChdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errno(e)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname. minigo's file systems have
// no links: it always fails with "operation not permitted".
func Symlink(oldname, newname string) error {
	return &LinkError{"symlink", oldname, newname, ePERM}
}

// Chmod sets the permission bits of the file at name.
func Chmod(name string, mode FileMode) error {
	if _, err := Stat(name); err != nil {
		err.(*PathError).Op = "chmod"
		return err
	}
	return nil
}

// DirFS returns a file system (an fs.FS) for the tree of files rooted at the directory
// dir.
func DirFS(dir string) fs.FS {
	return dirFS(dir)
}

type dirFS string

func (dir dirFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &PathError{Op: "open", Path: name, Err: ErrInvalid}
	}
	f, err := Open(string(dir) + "/" + name)
	if err != nil {
		return nil, err // nil *File must not become a non-nil fs.File
	}
	return f, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &PathError{Op: "stat", Path: name, Err: ErrInvalid}
	}
	return Stat(string(dir) + "/" + name)
}

// IsPathSeparator reports whether c separates path elements ('/').
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// Getpagesize returns the underlying system's memory page size (minigo's runtime uses
// Go's 8 KB heap pages, but reports the OS page size programs expect).
func Getpagesize() int { return 4096 }

// Geteuid is the effective user id.
func Geteuid() int { return 0 }

// Getegid is the effective group id.
func Getegid() int { return 0 }

// Getgroups lists the ids of the groups this process belongs to.
func Getgroups() ([]int, error) { return []int{0}, nil }

// IsTimeout reports whether the error is known to report that a timeout occurred.
func IsTimeout(err error) bool {
	terr, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && terr.Timeout()
}

// Chtimes changes the access and modification times of the named file. minigo's file
// systems keep no times that can be changed: it only checks that the file exists.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	if _, err := Stat(name); err != nil {
		err.(*PathError).Op = "chtimes"
		return err
	}
	return nil
}

// Chown changes the numeric uid and gid of the named file (no-op in minigo beyond
// checking that the file exists).
func Chown(name string, uid, gid int) error {
	if _, err := Stat(name); err != nil {
		err.(*PathError).Op = "chown"
		return err
	}
	return nil
}

// Lchown changes the numeric uid and gid of the named file, not following links.
func Lchown(name string, uid, gid int) error {
	if _, err := Lstat(name); err != nil {
		err.(*PathError).Op = "lchown"
		return err
	}
	return nil
}

// Link creates newname as a hard link to the oldname file. minigo's file systems have
// no links: it fails with "operation not permitted".
func Link(oldname, newname string) error {
	return &LinkError{"link", oldname, newname, ePERM}
}

// Truncate sets the size of the file at name.
func Truncate(name string, size int64) error {
	if e := sysTruncate(name, size); e != 0 {
		return &PathError{Op: "truncate", Path: name, Err: errno(e)}
	}
	return nil
}

// Truncate sets the size of the file.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	return Truncate(f.name, size)
}

// Chmod sets the file's permission bits.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	return Chmod(f.name, mode)
}

// Chdir changes the current working directory to the file, which must be a directory.
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	return Chdir(f.name)
}

// Readdir reads the contents of the directory associated with file and returns a
// slice of up to n FileInfo values (all of them for n <= 0), in directory order.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	ents, err := f.ReadDir(n)
	infos := make([]FileInfo, 0, len(ents))
	for _, e := range ents {
		info, ierr := e.Info()
		if ierr != nil {
			return infos, ierr
		}
		infos = append(infos, info)
	}
	return infos, err
}

// ReadFrom implements io.ReaderFrom: it copies r to the file.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	// io.Copy does the copying; writerOnly hides this ReadFrom from it.
	return io.Copy(writerOnly{f}, r)
}

// writerOnly is a Writer with no other method (so io.Copy uses its Write).
type writerOnly struct{ io.Writer }
