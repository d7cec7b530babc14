// Package list is minigo's container/list: a doubly linked list.
//
// Plain Go, no runtime hooks. A List is a ring: its sentinel element sits
// between the back and the front, so sentinel.next is the front, sentinel.prev
// the back, and linking or unlinking never has to test for an end. The zero
// List has a nil ring; the first insertion closes the ring on the sentinel.
// Every element remembers the list that owns it (nil once removed), and each
// operation that is handed an element first checks that owner, so passing an
// element of some other list, or a removed one, leaves the list alone, as Go
// specifies.
//
// Example: l := list.New(); l.PushBack(1); l.PushFront(0); l.Front().Value == 0
package list

// Element is one node of a List; Value is the caller's payload.
type Element struct {
	next, prev *Element
	owner      *List

	// Value is whatever the caller stored in this element.
	Value any
}

// Next returns the element after e, or nil at the back or when e is no longer
// in a list.
func (e *Element) Next() *Element {
	if e.owner == nil || e.next == &e.owner.sentinel {
		return nil
	}
	return e.next
}

// Prev returns the element before e, or nil at the front or when e is no
// longer in a list.
func (e *Element) Prev() *Element {
	if e.owner == nil || e.prev == &e.owner.sentinel {
		return nil
	}
	return e.prev
}

// List is a doubly linked list. Its zero value is an empty list, ready to use.
type List struct {
	sentinel Element // not an element of the list: it closes the ring
	count    int
}

// Init empties l (closing the ring on the sentinel) and returns it.
func (l *List) Init() *List {
	l.sentinel.next = &l.sentinel
	l.sentinel.prev = &l.sentinel
	l.count = 0
	return l
}

// New returns an empty list.
func New() *List { return new(List).Init() }

// Len is the number of elements in l; it is kept up to date, not counted.
func (l *List) Len() int { return l.count }

// Front is the first element of l, or nil if l is empty.
func (l *List) Front() *Element {
	if l.count == 0 {
		return nil
	}
	return l.sentinel.next
}

// Back is the last element of l, or nil if l is empty.
func (l *List) Back() *Element {
	if l.count == 0 {
		return nil
	}
	return l.sentinel.prev
}

// ready closes the ring of a zero List.
func (l *List) ready() {
	if l.sentinel.next == nil {
		l.Init()
	}
}

// splice links e into the ring right after at.
func splice(e, at *Element) {
	after := at.next
	e.prev = at
	e.next = after
	at.next = e
	after.prev = e
}

// cut takes e out of the ring; e's own links are left stale.
func cut(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

// add puts a new element holding v right after at and returns it.
func (l *List) add(v any, at *Element) *Element {
	e := &Element{Value: v, owner: l}
	splice(e, at)
	l.count++
	return e
}

// shift moves e, already in the ring, to right after at.
func shift(e, at *Element) {
	if e != at {
		cut(e)
		splice(e, at)
	}
}

// Remove takes e out of l if e belongs to l, and returns e.Value either way.
func (l *List) Remove(e *Element) any {
	if e.owner == l {
		cut(e)
		e.next, e.prev, e.owner = nil, nil, nil
		l.count--
	}
	return e.Value
}

// PushFront adds v as the new first element and returns that element.
func (l *List) PushFront(v any) *Element {
	l.ready()
	return l.add(v, &l.sentinel)
}

// PushBack adds v as the new last element and returns that element.
func (l *List) PushBack(v any) *Element {
	l.ready()
	return l.add(v, l.sentinel.prev)
}

// InsertBefore adds v just before mark and returns the new element; it does
// nothing and returns nil if mark does not belong to l.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.owner != l {
		return nil
	}
	return l.add(v, mark.prev)
}

// InsertAfter adds v just after mark and returns the new element; it does
// nothing and returns nil if mark does not belong to l.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.owner != l {
		return nil
	}
	return l.add(v, mark)
}

// MoveToFront makes e the first element, if e belongs to l.
func (l *List) MoveToFront(e *Element) {
	if e.owner == l && l.sentinel.next != e {
		shift(e, &l.sentinel)
	}
}

// MoveToBack makes e the last element, if e belongs to l.
func (l *List) MoveToBack(e *Element) {
	if e.owner == l && l.sentinel.prev != e {
		shift(e, l.sentinel.prev)
	}
}

// MoveBefore moves e to just before mark, if both belong to l and differ.
func (l *List) MoveBefore(e, mark *Element) {
	if e.owner == l && mark.owner == l && e != mark {
		shift(e, mark.prev)
	}
}

// MoveAfter moves e to just after mark, if both belong to l and differ.
func (l *List) MoveAfter(e, mark *Element) {
	if e.owner == l && mark.owner == l && e != mark {
		shift(e, mark)
	}
}

// PushBackList appends copies of other's values at the back of l. other may
// be l itself: only the elements present at the start are copied.
func (l *List) PushBackList(other *List) {
	l.ready()
	e := other.Front()
	for n := other.Len(); n > 0; n-- {
		l.add(e.Value, l.sentinel.prev)
		e = e.Next()
	}
}

// PushFrontList prepends copies of other's values at the front of l, keeping
// their order. other may be l itself.
func (l *List) PushFrontList(other *List) {
	l.ready()
	e := other.Back()
	for n := other.Len(); n > 0; n-- {
		l.add(e.Value, &l.sentinel)
		e = e.Prev()
	}
}
