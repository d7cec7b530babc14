// Checks fan-out/fan-in in a pipeline: one source, four parallel hashing stages reading
// the same channel, merged back into one channel by a WaitGroup-closed merger; results
// carry their index so main can put them back in order.
package main

import (
	"fmt"
	"sync"
)

type job struct {
	idx  int
	text string
}

type hashed struct {
	idx  int
	hash uint32
}

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	src := make(chan job)
	go func() {
		for i := 0; i < 200; i++ {
			src <- job{i, fmt.Sprintf("line %d of the input", i)}
		}
		close(src)
	}()
	outs := make([]<-chan hashed, 4)
	for w := range outs {
		c := make(chan hashed)
		outs[w] = c
		go func(c chan<- hashed) {
			for j := range src {
				c <- hashed{j.idx, fnv(j.text)}
			}
			close(c)
		}(c)
	}
	merged := make(chan hashed, 10)
	var wg sync.WaitGroup
	for _, c := range outs {
		wg.Add(1)
		go func(c <-chan hashed) {
			defer wg.Done()
			for h := range c {
				merged <- h
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(merged)
	}()
	byIdx := make([]uint32, 200)
	for h := range merged {
		byIdx[h.idx] = h.hash
	}
	var x uint32
	for i, h := range byIdx {
		x = x*31 + h + uint32(i)
	}
	fmt.Println(byIdx[0], byIdx[199], x)
}
