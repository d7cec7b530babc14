package sync

// A Pool is a set of temporary objects that may be individually saved and retrieved.
// Any item stored in the Pool may be removed automatically at any time without
// notification: the GC empties every pool at the start of each cycle.
type Pool struct {
	// private is the item Get returns first, as Go's per-P private slot: the first Put
	// into an empty pool lands there, later ones on items (popped last-in first-out).
	private any
	items   []any
	// registered: the pool is on allPools (until the next poolCleanup).
	registered bool

	// New optionally specifies a function to generate a value when Get would
	// otherwise return nil.
	New func() any
}

// allPools lists the pools used since the last poolCleanup.
var allPools []*Pool

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.pin()
	if p.private == nil {
		p.private = x
		return
	}
	p.items = append(p.items, x)
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and returns
// it to the caller. If Get would otherwise return nil and p.New is non-nil, Get returns
// the result of calling p.New.
func (p *Pool) Get() any {
	p.pin()
	if x := p.private; x != nil {
		p.private = nil
		return x
	}
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

// pin registers p on allPools, for poolCleanup, on its first use since the last
// cleanup. As in Go, Put and Get both go through it, so both leak p.
func (p *Pool) pin() {
	if !p.registered {
		p.registered = true
		allPools = append(allPools, p)
	}
}

// poolCleanup drops every pooled item; the runtime calls it when a GC cycle starts.
func poolCleanup() {
	for i, p := range allPools {
		p.private = nil
		p.items = nil
		p.registered = false
		allPools[i] = nil
	}
	allPools = allPools[:0]
}

func init() {
	runtime_registerPoolCleanup(poolCleanup)
}
