// Package ioutil is minigo's io/ioutil: the deprecated helpers that Go 1.16 moved to
// io and os, kept because older programs (and many of Go's tests) still use them.
//
// Plain Go over io and os; no runtime hooks of its own.
//
// Example: data, err := ioutil.ReadFile("x.txt")
package ioutil

import (
	"io"
	"os"
)

// ReadAll is io.ReadAll.
//
// Deprecated: call io.ReadAll (since Go 1.16).
func ReadAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

// ReadFile is os.ReadFile.
//
// Deprecated: call os.ReadFile (since Go 1.16).
func ReadFile(filename string) ([]byte, error) { return os.ReadFile(filename) }

// WriteFile is os.WriteFile.
//
// Deprecated: call os.WriteFile (since Go 1.16).
func WriteFile(filename string, data []byte, perm os.FileMode) error {
	return os.WriteFile(filename, data, perm)
}

// ReadDir describes the entries of the directory dirname, sorted by name.
//
// Deprecated: os.ReadDir (since Go 1.16) does this with cheaper DirEntry values.
func ReadDir(dirname string) ([]os.FileInfo, error) {
	ents, err := os.ReadDir(dirname)
	if err != nil {
		return nil, err
	}
	infos := make([]os.FileInfo, 0, len(ents))
	for _, e := range ents {
		info, err := e.Info()
		if err != nil {
			return nil, err
		}
		infos = append(infos, info)
	}
	return infos, nil
}

// NopCloser is io.NopCloser.
//
// Deprecated: call io.NopCloser (since Go 1.16).
func NopCloser(r io.Reader) io.ReadCloser { return io.NopCloser(r) }

// Discard is io.Discard.
//
// Deprecated: use io.Discard (since Go 1.16).
var Discard io.Writer = io.Discard

// TempFile is os.CreateTemp.
//
// Deprecated: call os.CreateTemp (since Go 1.17).
func TempFile(dir, pattern string) (f *os.File, err error) { return os.CreateTemp(dir, pattern) }

// TempDir is os.MkdirTemp.
//
// Deprecated: call os.MkdirTemp (since Go 1.17).
func TempDir(dir, pattern string) (name string, err error) { return os.MkdirTemp(dir, pattern) }
