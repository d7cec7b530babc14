package p

// gc writes a (*T).M wrapper for every value method M of a package-level type T and
// explains at -m=2 how its receiver .this leaks (types and methods in order of name).

var sink interface{}

type small struct{ p *int }

func (x small) get() *int { return x.p }

type Tall struct {
	p *int
	q **int
}

func (t Tall) Leak() { sink = t.p }

func (t Tall) Both(a *int) *int { sink = t.q; return *t.q }

func (t Tall) Arg(a *int, b int) *int { return t.p }

func (t Tall) Keep() int { return 1 }

type Box struct{ p *int }

func (b Box) Get() *int { return b.p }

func (b *Box) Ptr() *int { return b.p }
