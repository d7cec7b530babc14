// Checks a worker pool: four workers read jobs from one channel and write results to
// another; main collects all results and prints them sorted by job id, plus how many
// jobs each worker did in total (a sum that does not depend on the split).
package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct {
	id int
	n  int
}

type result struct {
	id     int
	worker int
	steps  int
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(id int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{id: j.id, worker: id, steps: collatz(j.n)}
	}
}

func main() {
	jobs := make(chan job, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for i := 0; i < 60; i++ {
			jobs <- job{id: i, n: 27 + i*7}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	for _, r := range all[:10] {
		fmt.Println("job", r.id, "steps", r.steps)
	}
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println("results", len(all), "jobs counted per worker", total)
}
