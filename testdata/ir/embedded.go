package p

type Inner struct{ v int }

func (i *Inner) Set(v int) { i.v = v }

type Outer struct {
	Inner
	name string
}

func embedded(o *Outer, x Outer) int {
	o.Set(1)
	o.v++
	return x.v + o.Inner.v
}
