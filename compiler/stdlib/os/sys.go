package os

// Runtime hooks (see the package comment). Every hook that can fail returns an errno
// (0 on success) with Linux's numbering, as the errno type above expects.

func runtime_args() []string

//go:noescape
func sysWrite(fd int, b []byte) (n int, errno int)

//go:noescape
func sysRead(fd int, b []byte) (n int, errno int)

//go:noescape
func sysPread(fd int, b []byte, off int64) (n int, errno int)

//go:noescape
func sysPwrite(fd int, b []byte, off int64) (n int, errno int)

//go:noescape
func sysOpen(name string, flag int, perm uint32) (fd int, errno int)

func sysClose(fd int) (errno int)

func sysSeek(fd int, offset int64, whence int) (ret int64, errno int)

//go:noescape
func sysStat(name string) (size int64, mode uint32, mtimeNanos int64, errno int)

//go:noescape
func sysRemove(name string) (errno int)

//go:noescape
func sysRename(oldname, newname string) (errno int)

//go:noescape
func sysMkdir(name string, perm uint32) (errno int)

//go:noescape
func sysReadDir(name string) (names []string, errno int)

func sysGetwd() (dir string, errno int)

//go:noescape
func sysChdir(dir string) (errno int)

func sysEnviron() []string

func sysSetenv(key, value string)

func sysUnsetenv(key string)

//go:noescape
func sysTruncate(name string, size int64) (errno int)
