// fannkuch-redux: the Benchmarks Game's permutation benchmark, single-threaded.
//
// Walks all n! permutations of 0..n-1 in the order of the counting-based
// generator (each step rotates a prefix), and for each one counts the prefix
// reversals ("pancake flips") until 0 is in front. Prints a checksum (flip
// counts summed with alternating sign) and the largest flip count. Pure integer
// and small-array work: no allocation after start-up. One round of n=10 is too
// short to time and n=11 takes 12 times longer, so the whole count is repeated
// for several rounds (each round's result is printed, and must be the same).
//
// Usage: fannkuch-redux [n [rounds]]   (default 10 6)
package main

import (
	"fmt"
	"os"
	"strconv"
)

func fannkuch(n int) (int, int) {
	perm := make([]int, n)
	perm1 := make([]int, n)
	count := make([]int, n)
	for i := range perm1 {
		perm1[i] = i
	}
	maxFlips, checksum, permIndex := 0, 0, 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		copy(perm, perm1)
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permIndex%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// Next permutation: rotate the first r+1 elements left until a count
		// does not wrap.
		for {
			if r == n {
				return checksum, maxFlips
			}
			first := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permIndex++
	}
}

func main() {
	n, rounds := 10, 6
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	if len(os.Args) > 2 {
		if v, err := strconv.Atoi(os.Args[2]); err == nil {
			rounds = v
		}
	}
	for r := 0; r < rounds; r++ {
		checksum, maxFlips := fannkuch(n)
		fmt.Printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, maxFlips)
	}
}
