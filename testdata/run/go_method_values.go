// Checks methods as goroutine bodies: `go obj.Method(x)` on pointer and value receivers
// (the receiver is evaluated at the go statement), method values and method expressions
// stored in variables, and interface method calls started with go.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type counter struct {
	name string
	mu   sync.Mutex
	n    int
}

func (c *counter) add(k int, wg *sync.WaitGroup) {
	defer wg.Done()
	c.mu.Lock()
	c.n += k
	c.mu.Unlock()
}

type label struct{ text string }

func (l label) send(out chan<- string, suffix string) { out <- l.text + suffix }

type speaker interface{ speak(out chan<- string) }

type dog struct{ name string }
type robot struct{ id int }

func (d dog) speak(out chan<- string)    { out <- d.name + " says woof" }
func (r *robot) speak(out chan<- string) { out <- fmt.Sprintf("robot %d says beep", r.id) }

func main() {
	c := &counter{name: "c"}
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go c.add(i, &wg)
	}
	wg.Wait()
	fmt.Println(c.name, c.n)

	out := make(chan string, 10)
	l := label{"before"}
	go l.send(out, "!") // receiver copied now
	fmt.Println(<-out)
	l.text = "after"
	f := l.send // method value binds a copy of l now
	l.text = "changed"
	go f(out, "?")
	fmt.Println(<-out)
	g := label.send // method expression
	go g(label{"expr"}, out, ".")
	fmt.Println(<-out)

	speakers := []speaker{dog{"rex"}, &robot{7}, dog{"fido"}, &robot{9}}
	for _, s := range speakers {
		go s.speak(out)
	}
	var said []string
	for range speakers {
		said = append(said, <-out)
	}
	sort.Strings(said)
	for _, s := range said {
		fmt.Println(s)
	}
	var ifv speaker = &robot{1}
	sp := ifv.speak
	go sp(out)
	fmt.Println(<-out)
}
