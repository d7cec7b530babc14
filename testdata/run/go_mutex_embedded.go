// Checks a struct embedding sync.Mutex (Lock/Unlock promoted) used by goroutines that
// transfer money between accounts; locks are taken in a fixed order to avoid deadlock,
// and the total is conserved.
package main

import (
	"fmt"
	"sync"
)

type account struct {
	sync.Mutex
	id      int
	balance int
}

type bank struct {
	accounts []*account
}

func (b *bank) transfer(from, to, amount int) bool {
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if c.id < a.id {
		first, second = c, a
	}
	first.Lock()
	defer first.Unlock()
	second.Lock()
	defer second.Unlock()
	if a.balance < amount {
		return false
	}
	a.balance -= amount
	c.balance += amount
	return true
}

func main() {
	b := &bank{}
	for i := 0; i < 8; i++ {
		b.accounts = append(b.accounts, &account{id: i, balance: 1000})
	}
	var wg sync.WaitGroup
	var okMu sync.Mutex
	attempts := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				from := (g + i) % 8
				to := (g*3 + i*5 + 1) % 8
				if from == to {
					continue
				}
				b.transfer(from, to, (i%13)+1)
				okMu.Lock()
				attempts++
				okMu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	total := 0
	for _, a := range b.accounts {
		total += a.balance
	}
	fmt.Println("attempts", attempts, "total", total)
}
