package os

// A Signal represents an operating system signal.
type Signal interface {
	String() string
	Signal() // to distinguish from other Stringers
}

// signal is a Unix signal number.
type signal int

func (s signal) Signal() {}

func (s signal) String() string {
	switch s {
	case 2:
		return "interrupt"
	case 9:
		return "killed"
	}
	return "signal " + itoa(int(s))
}

// The only signal values guaranteed to be present in the os package on all systems
// are os.Interrupt (send the process an interrupt) and os.Kill (force the process to
// exit).
var (
	Interrupt Signal = signal(2)
	Kill      Signal = signal(9)
)
