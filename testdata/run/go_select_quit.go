// Checks the worker-with-quit-channel pattern: a worker serves requests in a select
// loop until it receives on quit, then acknowledges, running its deferred cleanup.
package main

import (
	"fmt"
	"strings"
)

type worker struct {
	name  string
	jobs  chan string
	quit  chan chan string
	count int
}

func (w *worker) loop() {
	var done []string
	defer func() {
		fmt.Println(w.name, "cleanup after", w.count, "jobs:", strings.Join(done, ","))
	}()
	for {
		select {
		case j := <-w.jobs:
			w.count++
			done = append(done, strings.ToUpper(j))
		case ack := <-w.quit:
			ack <- fmt.Sprintf("%s stopped", w.name)
			return
		}
	}
}

func main() {
	w := &worker{name: "w1", jobs: make(chan string), quit: make(chan chan string)}
	finished := make(chan bool)
	go func() {
		w.loop()
		finished <- true
	}()
	for _, j := range []string{"a", "b", "c", "d"} {
		w.jobs <- j
	}
	ack := make(chan string)
	w.quit <- ack
	msg := <-ack
	<-finished
	fmt.Println(msg)
	fmt.Println("main done")
}
