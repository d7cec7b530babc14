package main

import "fmt"

func main() {
	const n = 100000
	composite := make([]bool, n+1)
	count := 0
	last := 0
	for i := 2; i <= n; i++ {
		if !composite[i] {
			count++
			last = i
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	fmt.Println(count, last)
	primes := []int{}
	for i := 2; len(primes) < 20; i++ {
		if !composite[i] {
			primes = append(primes, i)
		}
	}
	fmt.Println(primes)
}
