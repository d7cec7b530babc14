// Package sort is minigo's sort: sorting slices and user-defined collections, and
// binary search.
//
// Plain Go; Slice and SliceStable get their swap function from reflect.Swapper (a
// runtime hook there). Sort is an introsort: quicksort with median-of-three pivots,
// insertion sort for short ranges and heapsort when recursion gets too deep, so it is
// O(n log n) in the worst case. Stable is a merge sort whose merges work in place
// by rotating blocks (insertion sort below 12 elements). Both only use Len, Less and Swap. Sort is not stable: equal
// elements may end in a different order than with Go's pdqsort.
//
// Example: s := []int{3, 1, 2}; sort.Ints(s) // s == []int{1, 2, 3}
package sort

import "reflect"

// An implementation of Interface can be sorted by the routines in this package. The
// methods refer to elements of the underlying collection by integer index.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the element
	// with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// lessSwap is the pair of functions the algorithms work with, so that Sort (methods
// of an Interface) and Slice (closures) share one implementation.
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method. It makes one
// call to data.Len and O(n*log(n)) calls to data.Less and data.Swap. The sort is not
// guaranteed to be stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	introSort(lessSwap{data.Less, data.Swap}, 0, n, 2*log2(n)+2)
}

// Slice sorts the slice x given the provided less function. It panics if x is not a
// slice. The sort is not guaranteed to be stable.
func Slice(x any, less func(i, j int) bool) {
	rv := reflect.ValueOf(x)
	swap := reflect.Swapper(x)
	n := rv.Len()
	if n <= 1 {
		return
	}
	introSort(lessSwap{less, swap}, 0, n, 2*log2(n)+2)
}

// SliceStable sorts the slice x using the provided less function, keeping equal
// elements in their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	rv := reflect.ValueOf(x)
	swap := reflect.Swapper(x)
	stable(lessSwap{less, swap}, rv.Len())
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less
// function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	rv := reflect.ValueOf(x)
	n := rv.Len()
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// Stable sorts data in ascending order as determined by the Less method, while keeping
// the original order of equal elements.
func Stable(data Interface) {
	stable(lessSwap{data.Less, data.Swap}, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

func log2(n int) int {
	k := 0
	for ; n > 1; n >>= 1 {
		k++
	}
	return k
}

// insertionSort sorts data[a:b].
func insertionSort(data lessSwap, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap property below root in the heap data[lo:lo+hi].
func siftDown(data lessSwap, lo, root, hi int) {
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(lo+child, lo+child+1) {
			child++
		}
		if !data.Less(lo+root, lo+child) {
			return
		}
		data.Swap(lo+root, lo+child)
		root = child
	}
}

// heapSort sorts data[a:b].
func heapSort(data lessSwap, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, a, i, n)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, a, 0, i)
	}
}

// medianOfThree moves the median of data[m0], data[m1], data[m2] into data[m1].
func medianOfThree(data lessSwap, m1, m0, m2 int) {
	if data.Less(m1, m0) {
		data.Swap(m1, m0)
	}
	if data.Less(m2, m1) {
		data.Swap(m2, m1)
		if data.Less(m1, m0) {
			data.Swap(m1, m0)
		}
	}
}

// partition partitions data[a:b] around the pivot it places at a and returns the
// pivot's final index: everything before it is not greater, everything after is not
// less.
func partition(data lessSwap, a, b int) int {
	m := a + (b-a)/2
	medianOfThree(data, a, m, b-1)
	// data[a] is now the median; Hoare partition of data[a+1:b] around it.
	i, j := a+1, b-1
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i >= j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(a, j)
	return j
}

// introSort sorts data[a:b], switching to heapsort after depth levels.
func introSort(data lessSwap, a, b, depth int) {
	for b-a > 12 {
		if depth == 0 {
			heapSort(data, a, b)
			return
		}
		depth--
		p := partition(data, a, b)
		// Recurse into the smaller side, loop on the larger.
		if p-a < b-p {
			introSort(data, a, p, depth)
			a = p + 1
		} else {
			introSort(data, p+1, b, depth)
			b = p
		}
	}
	insertionSort(data, a, b)
}

// stableBlock is the range length below which stable uses insertion sort.
const stableBlock = 12

// stable sorts data[0:n] stably.
func stable(data lessSwap, n int) { stableRange(data, 0, n) }

// stableRange sorts data[a:b] stably: short ranges by insertion sort, longer
// ones by sorting both halves and merging them in place.
func stableRange(data lessSwap, a, b int) {
	if b-a <= stableBlock {
		insertionSort(data, a, b)
		return
	}
	m := a + (b-a)/2
	stableRange(data, a, m)
	stableRange(data, m, b)
	merge(data, a, m, b)
}

// merge merges the sorted ranges data[a:m] and data[m:b] in place, stably. It splits
// the longer range at its middle, finds the matching cut in the other by binary
// search, rotates the two middle pieces into place and recurses on both halves.
func merge(data lessSwap, a, m, b int) {
	if a >= m || m >= b {
		return
	}
	if m-a == 1 {
		// Insert data[a] into data[m:b]: find the first element not less than it.
		i := searchRange(m, b, func(h int) bool { return !data.Less(h, a) })
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// Insert data[m] into data[a:m]: after the last element not greater than it.
		i := searchRange(a, m, func(h int) bool { return data.Less(m, h) })
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	var cut1, cut2 int
	if m-a > b-m {
		cut1 = a + (m-a)/2
		cut2 = searchRange(m, b, func(h int) bool { return !data.Less(h, cut1) })
	} else {
		cut2 = m + (b-m)/2
		cut1 = searchRange(a, m, func(h int) bool { return data.Less(cut2, h) })
	}
	rotate(data, cut1, m, cut2)
	mid := cut1 + (cut2 - m)
	merge(data, a, cut1, mid)
	merge(data, mid, cut2, b)
}

// searchRange is Search over the indexes [lo, hi) instead of [0, n).
func searchRange(lo, hi int, f func(int) bool) int {
	return lo + Search(hi-lo, func(k int) bool { return f(lo + k) })
}

// reverseRange reverses the order of data[a:b].
func reverseRange(data lessSwap, a, b int) {
	for b--; a < b; a, b = a+1, b-1 {
		data.Swap(a, b)
	}
}

// rotate exchanges the blocks data[a:m] and data[m:b]: reversing each block
// and then the whole range puts the second block first, both in order.
func rotate(data lessSwap, a, m, b int) {
	reverseRange(data, a, m)
	reverseRange(data, m, b)
	reverseRange(data, a, b)
}

type reverse struct {
	// This embedded Interface permits Reverse to use the methods of another
	// Interface implementation.
	Interface
}

// Less returns the opposite of the embedded implementation's Less method.
func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}
