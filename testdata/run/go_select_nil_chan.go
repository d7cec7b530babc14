// Checks that nil channels in a select are never chosen: a select over only nil
// channels plus default takes default, and a merge loop disables finished inputs by
// setting them to nil until none is left.
package main

import "fmt"

func gen(prefix string, n int) chan string {
	c := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("%s%d", prefix, i)
		}
		close(c)
	}()
	return c
}

func main() {
	var in chan int
	var out chan int
	select {
	case v := <-in:
		fmt.Println("impossible receive", v)
	case out <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channels never ready")
	}

	x, y := gen("x", 30), gen("y", 20)
	nx, ny := 0, 0
	xfinal, yfinal := -1, -1
	for x != nil || y != nil {
		select {
		case s, ok := <-x:
			if !ok {
				xfinal = nx
				x = nil
			} else {
				nx++
				_ = s
			}
		case s, ok := <-y:
			if !ok {
				yfinal = ny
				y = nil
			} else {
				ny++
				_ = s
			}
		}
	}
	fmt.Println("x finished after", xfinal, "y finished after", yfinal)
	fmt.Println("total", nx+ny)
}
