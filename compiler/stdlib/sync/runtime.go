package sync

// Runtime hooks (see the package comment).

func runtime_Semacquire(s *uint32)
func runtime_Semrelease(s *uint32)
func runtime_registerPoolCleanup(cleanup func())
func fatal(s string)
