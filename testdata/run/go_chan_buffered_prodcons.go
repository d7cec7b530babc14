// Checks producer/consumer over a buffered channel: FIFO order from a single sender,
// close after the last send, range drains the buffer before stopping.
package main

import "fmt"

type item struct {
	id    int
	label string
	price float64
}

func main() {
	items := make(chan item, 8)
	go func() {
		for i := 0; i < 40; i++ {
			items <- item{id: i, label: fmt.Sprintf("item-%02d", i), price: float64(i) * 1.25}
		}
		close(items)
	}()
	last := -1
	var total float64
	for it := range items {
		if it.id != last+1 {
			fmt.Println("out of order:", last, it.id)
		}
		last = it.id
		total += it.price
		if it.id%10 == 9 {
			fmt.Println(it.label, it.price)
		}
	}
	fmt.Printf("last %d total %.2f\n", last, total)
	v, ok := <-items
	fmt.Printf("after close: %+v %v\n", v, ok)
}
