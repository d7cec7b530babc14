// Package filepath is minigo's path/filepath: manipulation of file system paths, with
// the rules of a Unix-like system (separator '/', list separator ':', no volume
// names), and walking of directory trees.
//
// Plain Go over path, os and io/fs: the lexical functions are path's; Abs needs
// os.Getwd, Glob and Walk read directories through os. No runtime hooks of its own.
//
// Example: filepath.Join("a", "b/../c") == "a/c"; filepath.Rel("/a", "/a/b/c") == "b/c"
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"strings"
)

// Separator and ListSeparator are the operating system's path separators.
const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = path.ErrBadPattern

// SkipDir is used as a return value from WalkFuncs to indicate that the directory
// named in the call is to be skipped.
var SkipDir error = fs.SkipDir

// Clean returns the shortest path name equivalent to path by purely lexical processing.
func Clean(p string) string { return path.Clean(p) }

// ToSlash returns the result of replacing each separator character in path with a
// slash character (the identity on Unix).
func ToSlash(p string) string { return p }

// FromSlash returns the result of replacing each slash character in path with a
// separator character (the identity on Unix).
func FromSlash(p string) string { return p }

// SplitList splits a list of paths joined by the OS-specific ListSeparator. An empty
// string gives an empty slice.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Split splits path immediately following the final Separator.
func Split(p string) (dir, file string) { return path.Split(p) }

// Join joins any number of path elements into a single path, separating them with an
// OS specific Separator and cleaning the result. Empty elements are ignored.
func Join(elem ...string) string { return path.Join(elem...) }

// Ext returns the file name extension used by path.
func Ext(p string) string { return path.Ext(p) }

// Base returns the last element of path.
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of path, typically the path's directory.
func Dir(p string) string { return path.Dir(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return path.IsAbs(p) }

// VolumeName returns leading volume name (always "" on Unix).
func VolumeName(p string) string { return "" }

// Match reports whether name matches the shell file name pattern (see path.Match).
func Match(pattern, name string) (matched bool, err error) { return path.Match(pattern, name) }

// HasPrefix exists for historical compatibility and should not be used.
//
// Deprecated: HasPrefix does not respect path boundaries and does not ignore case
// when required.
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

// Abs returns an absolute representation of path, joining it to the current working
// directory when it is relative, and cleaning it.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// elements returns the elements of a cleaned path ("" and "." have none).
func elements(p string) []string {
	p = strings.TrimPrefix(p, "/")
	if p == "" || p == "." {
		return nil
	}
	return strings.Split(p, "/")
}

// Rel returns a relative path that is lexically equivalent to targpath when joined to
// basepath with an intervening separator: Join(basepath, Rel(basepath, targpath)) is
// equivalent to targpath. An error is returned if one path is absolute and the other
// is not, or if reaching targpath would need to know what ".." in basepath names.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	be, te := elements(base), elements(targ)
	if targ == "." {
		te = []string{"."} // Go keeps a "." target: Rel("b", ".") == "../."
	}
	k := 0
	for k < len(be) && k < len(te) && be[k] == te[k] {
		k++
	}
	if k < len(be) && be[k] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	parts := make([]string, 0, len(be)-k+len(te)-k)
	for i := k; i < len(be); i++ {
		parts = append(parts, "..")
	}
	parts = append(parts, te[k:]...)
	return strings.Join(parts, "/"), nil
}

// EvalSymlinks returns the path name after the evaluation of any symbolic links.
// minigo's file systems have no links: it checks that the file exists and cleans the
// path.
func EvalSymlinks(p string) (string, error) {
	if _, err := os.Lstat(p); err != nil {
		return "", err
	}
	return Clean(p), nil
}

// Glob returns the files whose names match pattern (see Match), or nil if
// none does. The only error is ErrBadPattern: directories that cannot be
// read simply contribute no matches.
func Glob(pattern string) (matches []string, err error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err // check the whole pattern before touching the disk
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	if dir == "" {
		dir = "."
	} else if dir != "/" {
		dir = dir[:len(dir)-1] // drop the trailing separator
	}
	if !hasMeta(dir) {
		return matchIn(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := Glob(dir) // the directory part is a pattern too
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = matchIn(d, file, matches); err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// matchIn appends to matches the entries of the directory dir whose names
// match pattern.
func matchIn(dir, pattern string, matches []string) ([]string, error) {
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return matches, nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return matches, nil
	}
	for _, e := range entries {
		ok, err := Match(pattern, e.Name())
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, e.Name()))
		}
	}
	return matches, nil
}

// hasMeta reports whether path contains any of the magic characters recognized by Match.
func hasMeta(p string) bool {
	return strings.ContainsAny(p, `*?[\`)
}

// WalkFunc is the type of the function called by Walk to visit each file or directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Walk walks the file tree rooted at root, calling fn for each file or directory in
// the tree, including root, in lexical order. Walk does not follow symbolic links.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

// walk visits p and, for a directory, its entries; see Walk for SkipDir.
func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	entries, readErr := os.ReadDir(p)
	err := fn(p, info, readErr)
	if readErr != nil || err != nil {
		// A directory that could not be read is reported once, with its error.
		return err
	}
	for _, e := range entries {
		child := Join(p, e.Name())
		ci, err := os.Lstat(child)
		if err != nil {
			if err := fn(child, ci, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		err = walk(child, ci, fn)
		if err != nil {
			if !ci.IsDir() || err != SkipDir {
				return err
			}
		}
	}
	return nil
}

// WalkDir calls fn for root and everything below it, directories before
// their contents and entries in name order, describing each with a DirEntry
// (cheaper than Walk's FileInfo). Symbolic links are not followed.
// Returning SkipDir skips a directory, or for a file the rest of its
// directory; any other error stops the walk.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	var err error
	if info, statErr := os.Lstat(root); statErr != nil {
		err = fn(root, nil, statErr)
	} else {
		err = visitDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

// skippedDir turns SkipDir for a directory into a plain "go on" (nil).
func skippedDir(err error, d fs.DirEntry) error {
	if err == SkipDir && d.IsDir() {
		return nil
	}
	return err
}

// visitDir calls fn for p (described by d) and then, for a directory, walks
// its entries; a directory that cannot be listed is reported by a second
// call of fn with the error.
func visitDir(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(p, d, nil); err != nil || !d.IsDir() {
		return skippedDir(err, d)
	}
	entries, listErr := os.ReadDir(p)
	if listErr != nil {
		if err := fn(p, d, listErr); err != nil {
			return skippedDir(err, d)
		}
	}
	for _, e := range entries {
		err := visitDir(Join(p, e.Name()), e, fn)
		if err == SkipDir {
			return nil // the rest of this directory is skipped
		}
		if err != nil {
			return err
		}
	}
	return nil
}
