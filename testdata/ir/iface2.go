package p

type Reader interface{ Read() int }
type ReadCloser interface {
	Reader
	Close()
}

func narrow(rc ReadCloser) Reader {
	var e interface{} = rc
	_ = e
	return rc
}

func eq(a interface{}, b int) bool { return a == b }
