// Checks context cancellation across goroutines: WithCancel stops a worker loop,
// WithTimeout expires (Err is DeadlineExceeded), values flow through WithValue.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func worker(ctx context.Context, out chan<- int) {
	n := 0
	for {
		select {
		case <-ctx.Done():
			out <- n
			return
		default:
			n++
			if n == 1000 {
				time.Sleep(time.Millisecond)
			}
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ctx = context.WithValue(ctx, key("user"), "gopher")
	out := make(chan int)
	go worker(ctx, out)
	time.Sleep(5 * time.Millisecond)
	cancel()
	n := <-out
	fmt.Println("worker stopped after some work:", n > 0, ctx.Err(), ctx.Value(key("user")))

	tctx, tcancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer tcancel()
	res := make(chan error)
	go func() {
		select {
		case <-tctx.Done():
			res <- tctx.Err()
		case <-time.After(time.Hour):
			res <- nil
		}
	}()
	err := <-res
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
}
