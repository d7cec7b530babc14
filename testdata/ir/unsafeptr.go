package p

import "unsafe"

func unsafeptr(p *int) uintptr {
	u := unsafe.Pointer(p)
	q := (*int64)(u)
	*q = 1
	return uintptr(u) + unsafe.Sizeof(*p)
}
