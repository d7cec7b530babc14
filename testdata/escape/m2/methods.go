package p

// A pointer method called on an addressable variable: gc prints the call through its
// method expression with the receiver as written (the implicit & is not shown).

var sink interface{}

type Pair struct{ p1, p2 *int }

func (p *Pair) set(x *int) { p.p1 = x }

func (p *Pair) keep(x *int) { sink = x }

func localReceiver() {
	i := 0
	var pr Pair
	pr.keep(&i)
	_ = pr
}

func escapingReceiver() {
	i := 0
	var pr Pair
	pr.set(&i)
	sink = pr
}

func (p *Pair) first() *int { return p.p1 }

// The value receiver's address is taken for the pointer method: `v (address-of)` at the dot.
func (v Pair) viaValue() *int { return v.first() }

// A return into named results is gc's "return", not an assignment.
func named(p *int) (x, y *int) { return p, p }

// `r, s := f()` flows the results straight into r and s: no assignment note.
func swap(p, q *int) (*int, *int) {
	r, s := named2(q, p)
	return r, s
}

func named2(a, b *int) (*int, *int) { return a, b }
