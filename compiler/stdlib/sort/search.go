package sort

// Search returns the smallest index i in [0, n) for which f(i) is true, or n
// if there is none. f must be monotone: false for a prefix of the indexes and
// true for the rest. Search halves the undecided range [lo, hi) until it is
// empty, calling f O(log n) times.
//
// Example: Search(len(a), func(i int) bool { return a[i] >= x }) finds where x
// is, or would be inserted, in the ascending slice a.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n // f is false below lo and (taking f(n) as true) true from hi on
	for lo < hi {
		mid := lo + (hi-lo)/2
		if f(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// Find is Search driven by a three-way comparison: cmp(i) > 0 while the target
// is after element i, 0 at a match and < 0 past it. It returns the first index
// where cmp(i) <= 0 and whether cmp is 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i = Search(n, func(k int) bool { return cmp(k) <= 0 })
	return i, i < n && cmp(i) == 0
}

// SearchInts is where x is (or would be inserted) in the ascending slice a.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s is where x is (or would be inserted) in the ascending slice a.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings is where x is (or would be inserted) in the ascending slice a.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// IntSlice sorts a []int ascending.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x.
func (x IntSlice) Sort() { Sort(x) }

// Search is SearchInts(p, x).
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Float64Slice sorts a []float64 ascending, with NaNs before everything else.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less orders by value, putting NaN (the only value not equal to itself)
// first.
func (x Float64Slice) Less(i, j int) bool {
	a, b := x[i], x[j]
	return a < b || a != a && b == b
}

func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort sorts x.
func (x Float64Slice) Sort() { Sort(x) }

// Search is SearchFloat64s(p, x).
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

// StringSlice sorts a []string ascending.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x.
func (x StringSlice) Sort() { Sort(x) }

// Search is SearchStrings(p, x).
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

// Ints sorts x ascending.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts x ascending, NaNs first.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts x ascending.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted reports whether x is ascending.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether x is ascending (NaNs first).
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether x is ascending.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }
