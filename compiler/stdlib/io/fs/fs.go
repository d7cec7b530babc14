// Package fs is minigo's io/fs: the file system interfaces (FS, File, DirEntry,
// FileInfo, FileMode) and the errors and helpers built on them, shared by os and
// path/filepath (os's FileInfo, FileMode, DirEntry and PathError are aliases of these,
// and os.ErrNotExist is fs.ErrNotExist, as in Go).
//
// Plain Go, no runtime hooks: the operating system's files are reached through os.
//
// Example: errors.Is(err, fs.ErrNotExist)
package fs

import (
	"errors"
	"io"
	"path"
	"time"
	"unicode/utf8"
)

// The common errors of file systems. Implementations wrap them (in a
// PathError, say), so test with errors.Is, not ==.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError is an error from operation Op on the file Path.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

// Unwrap exposes the underlying error to errors.Is and errors.As.
func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the underlying error says it is a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// FileMode holds a file's type and permission bits, with the same meaning on
// every system: type bits at the top, Unix permissions at the bottom.
type FileMode uint32

// The type bits, from the top bit down. The letter is what String shows.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: directory
	ModeAppend                                     // a: writes only append
	ModeExclusive                                  // l: one user at a time
	ModeTemporary                                  // T: temporary (Plan 9)
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device
	ModeNamedPipe                                  // p: FIFO
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: set-user-ID
	ModeSetgid                                     // g: set-group-ID
	ModeCharDevice                                 // c: character device (with ModeDevice)
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: not a regular file, nothing more known

	// ModeType selects the bits that say what kind of file it is; a regular
	// file has none of them.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // the Unix rwx bits for owner, group and others
)

// String shows m as ls -l does: the letters of the type bits that are set
// (or "-" for none), then rwx or - for each of the nine permission bits.
func (m FileMode) String() string {
	const typeLetters = "dalTLDpSugct?" // one per bit, from bit 31 down
	var out []byte
	for i := 0; i < len(typeLetters); i++ {
		if m&(1<<uint(31-i)) != 0 {
			out = append(out, typeLetters[i])
		}
	}
	if len(out) == 0 {
		out = append(out, '-')
	}
	for bit := 8; bit >= 0; bit-- { // 0400 (owner read) down to 01 (others execute)
		if m&(1<<uint(bit)) != 0 {
			out = append(out, "xwr"[bit%3])
		} else {
			out = append(out, '-')
		}
	}
	return string(out)
}

// IsDir reports whether m is a directory's mode.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m is a regular file's mode (no type bits).
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm is m's permission bits (m & ModePerm).
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type is m's type bits (m & ModeType).
func (m FileMode) Type() FileMode { return m & ModeType }

// FileInfo describes a file, as Stat returns it.
type FileInfo interface {
	Name() string       // the last element of the path
	Size() int64        // bytes, for regular files
	Mode() FileMode     // type and permissions
	ModTime() time.Time // last modification
	IsDir() bool        // Mode().IsDir()
	Sys() any           // the system's own description, or nil
}

// DirEntry is one entry of a directory listing. Info may need another system
// call, which is why the cheap parts are separate methods.
type DirEntry interface {
	// Name is the entry's name within its directory.
	Name() string
	// IsDir reports whether the entry is a directory.
	IsDir() bool
	// Type is the entry's type bits (FileMode.Type).
	Type() FileMode
	// Info describes the entry in full.
	Info() (FileInfo, error)
}

// FS is a read-only, slash-separated file system.
type FS interface {
	// Open opens the file at name, a path that ValidPath accepts.
	Open(name string) (File, error)
}

// File is an open file of an FS.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// ReadDirFile is a File for a directory, whose entries ReadDir lists.
type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

// ReadDirFS is an FS that lists directories itself; the ReadDir function
// uses it when it can.
type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

// ReadFileFS is an FS that reads whole files itself; the ReadFile function
// uses it when it can.
type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

// StatFS is an FS that can describe a file without opening it.
type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

// GlobFS is an FS that matches glob patterns itself.
type GlobFS interface {
	FS
	Glob(pattern string) ([]string, error)
}

// SubFS is an FS that can produce the FS of one of its directories.
type SubFS interface {
	FS
	Sub(dir string) (FS, error)
}

// ValidPath reports whether name may be passed to Open: valid UTF-8, no
// leading or trailing slash, and no element that is empty, "." or ".."
// (except that "." alone names the root).
func ValidPath(name string) bool {
	if !utf8.ValidString(name) {
		return false
	}
	if name == "." {
		return true
	}
	start := 0
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] != '/' {
			continue
		}
		switch name[start:i] {
		case "", ".", "..":
			return false
		}
		start = i + 1
	}
	return true
}

// ReadFile returns the contents of the file at name, through fsys's own
// ReadFile if it has one. Reaching the end is success.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if rf, ok := fsys.(ReadFileFS); ok {
		return rf.ReadFile(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// ReadDir lists the directory at name sorted by entry name, through fsys's
// own ReadDir if it has one.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if rd, ok := fsys.(ReadDirFS); ok {
		return rd.ReadDir(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dir, ok := f.(ReadDirFile)
	if !ok {
		return nil, &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
	}
	entries, err := dir.ReadDir(-1)
	sortByName(entries)
	return entries, err
}

// sortByName orders entries by Name, by insertion: listings are short.
func sortByName(entries []DirEntry) {
	for i := 1; i < len(entries); i++ {
		e := entries[i]
		j := i
		for ; j > 0 && e.Name() < entries[j-1].Name(); j-- {
			entries[j] = entries[j-1]
		}
		entries[j] = e
	}
}

// Stat describes the file at name, through fsys's own Stat if it has one,
// else by opening the file.
func Stat(fsys FS, name string) (FileInfo, error) {
	if sf, ok := fsys.(StatFS); ok {
		return sf.Stat(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Stat()
}

// ErrBadPattern reports a malformed glob pattern.
var ErrBadPattern = path.ErrBadPattern

// Glob returns the names in fsys that match pattern (see path.Match), or nil
// if none does; the only error is ErrBadPattern, since I/O errors while
// listing directories are ignored. fsys's own Glob is used if it has one.
func Glob(fsys FS, pattern string) (matches []string, err error) {
	if gf, ok := fsys.(GlobFS); ok {
		return gf.Glob(pattern)
	}
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err // check the whole pattern before touching fsys
	}
	dir, file := path.Split(pattern)
	if dir == "" {
		dir = "."
	} else {
		dir = dir[:len(dir)-1] // drop the trailing slash
	}
	if !hasMeta(dir) {
		return matchIn(fsys, dir, file, nil)
	}
	dirs, err := Glob(fsys, dir) // the directory part is a pattern too
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = matchIn(fsys, d, file, matches); err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// matchIn appends to matches the entries of dir whose names match pattern.
// A directory that cannot be read contributes nothing.
func matchIn(fsys FS, dir, pattern string, matches []string) ([]string, error) {
	entries, err := ReadDir(fsys, dir)
	if err != nil {
		return matches, nil
	}
	for _, e := range entries {
		ok, err := path.Match(pattern, e.Name())
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, path.Join(dir, e.Name()))
		}
	}
	return matches, nil
}

// hasMeta reports whether p contains any of the characters that make a glob
// pattern more than a literal name.
func hasMeta(p string) bool {
	for i := 0; i < len(p); i++ {
		if p[i] == '*' || p[i] == '?' || p[i] == '[' || p[i] == '\\' {
			return true
		}
	}
	return false
}

// SkipDir, returned by a WalkDirFunc, skips the directory it was called for
// (or, when called for a file, the rest of that file's directory). WalkDir
// itself never returns it.
var SkipDir = errors.New("skip this directory")

// WalkDirFunc is called by WalkDir for every file and directory. For a
// directory it is called a second time, with the error, if listing the
// directory fails. Returning SkipDir skips, any other error stops the walk.
type WalkDirFunc func(path string, d DirEntry, err error) error

// skippedDir turns SkipDir for a directory into a plain "go on" (nil).
func skippedDir(err error, d DirEntry) error {
	if err == SkipDir && d.IsDir() {
		return nil
	}
	return err
}

// visit calls fn for name (described by d) and then, for a directory, walks
// its entries in name order.
func visit(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	if err := fn(name, d, nil); err != nil || !d.IsDir() {
		return skippedDir(err, d)
	}
	entries, listErr := ReadDir(fsys, name)
	if listErr != nil {
		if err := fn(name, d, listErr); err != nil {
			return skippedDir(err, d)
		}
	}
	for _, e := range entries {
		err := visit(fsys, path.Join(name, e.Name()), e, fn)
		if err == SkipDir {
			return nil // the rest of this directory is skipped
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// WalkDir calls fn for root and everything below it, directories before
// their contents and entries in name order. If root cannot be described, fn
// is called once with the error and a nil DirEntry.
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	var err error
	if info, statErr := Stat(fsys, root); statErr != nil {
		err = fn(root, nil, statErr)
	} else {
		err = visit(fsys, root, &statDirEntry{info}, fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

// statDirEntry presents a FileInfo as a DirEntry.
type statDirEntry struct {
	info FileInfo
}

func (d *statDirEntry) Name() string            { return d.info.Name() }
func (d *statDirEntry) IsDir() bool             { return d.info.IsDir() }
func (d *statDirEntry) Type() FileMode          { return d.info.Mode().Type() }
func (d *statDirEntry) Info() (FileInfo, error) { return d.info, nil }

// FileInfoToDirEntry presents info as a DirEntry (nil for a nil info).
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return &statDirEntry{info: info}
}
