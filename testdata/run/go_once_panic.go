// Checks sync.Once when its function panics inside a goroutine: the panic reaches the
// goroutine's recover, the Once counts as done, and later Do calls do not run anything.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	res := make(chan string)
	go func() {
		defer func() {
			res <- fmt.Sprint("recovered: ", recover())
		}()
		once.Do(func() { panic("init failed") })
		res <- "unreachable"
	}()
	fmt.Println(<-res)
	ran := false
	done := make(chan bool)
	go func() {
		once.Do(func() { ran = true })
		done <- true
	}()
	<-done
	fmt.Println("second Do ran its function:", ran)
}
