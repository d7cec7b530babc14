// stderr: nondeterministic
// Checks unlocking an unlocked sync.Mutex in a goroutine: a fatal error (not a
// recoverable panic — the deferred recover does not stop it), exit status 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	block := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("recover cannot catch it:", recover())
		}()
		mu.Lock()
		mu.Unlock()
		fmt.Println("unlocking again")
		mu.Unlock()
	}()
	<-block
}
