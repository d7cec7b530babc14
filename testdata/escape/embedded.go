// errorcheck -0 -m -l

// Promoted fields and methods: gc spells out the embedded fields in its texts,
// also inside builtin calls (len(r.Base.Tags)).

package p

import "strconv"

var sink interface{}

type Base struct{ Tags []string }

type Rec struct {
	Base
	label string
}

func (r *Rec) Name() string { // ERROR "r does not escape$"
	return r.label + "#" + strconv.Itoa(len(r.Tags)) // ERROR "r.label \+ .#. \+ strconv.Itoa\(len\(r.Base.Tags\)\) escapes to heap$"
}

func boxPromoted(r *Rec) { // ERROR "leaking param content: r$"
	sink = r.Tags // ERROR "r.Base.Tags escapes to heap$"
}
