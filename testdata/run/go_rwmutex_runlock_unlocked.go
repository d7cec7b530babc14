// stderr: nondeterministic
// Checks RUnlock of an RWMutex that is not read-locked: fatal error
// "sync: RUnlock of unlocked RWMutex", exit status 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("balanced RLock/RUnlock is fine")
	rw.RUnlock()
}
