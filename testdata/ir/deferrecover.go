package p

func safe(f func()) (err interface{}) {
	defer func() {
		err = recover()
	}()
	f()
	return nil
}

func unlock(mu *int) {
	defer func() { *mu = 0 }()
	*mu = 1
}
