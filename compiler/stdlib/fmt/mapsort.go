package fmt

import "reflect"

// sortedMap returns the keys and values of the map m in the order fmt prints them:
// ascending by key, with keys compared as compareKeys does.
func sortedMap(m reflect.Value) (keys, values []reflect.Value) {
	if m.Len() == 0 {
		return nil, nil
	}
	// Iterate rather than look keys up: a NaN key cannot be found by MapIndex.
	keys = make([]reflect.Value, 0, m.Len())
	values = make([]reflect.Value, 0, m.Len())
	iter := m.MapRange()
	for iter.Next() {
		keys = append(keys, iter.Key())
		values = append(values, iter.Value())
	}
	// Insertion sort: maps printed by programs are small, and fmt cannot import sort
	// (sort imports reflect, which is fine, but keeping fmt's dependencies minimal
	// keeps the stdlib's import graph simple).
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && compareKeys(keys[j], keys[j-1]) < 0; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
			values[j], values[j-1] = values[j-1], values[j]
		}
	}
	return keys, values
}

// compareKeys orders two map keys of the same type: numbers by value (NaN first),
// strings lexically, false before true, pointers and channels by address, structs and
// arrays field by field, interfaces by dynamic type first and then by value. It
// returns -1, 0 or +1.
func compareKeys(a, b reflect.Value) int {
	if a.Type() != b.Type() {
		return -1 // No good answer possible, but don't return 0: they're not equal.
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmpOrdered(a.Int() < b.Int(), a.Int() > b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmpOrdered(a.Uint() < b.Uint(), a.Uint() > b.Uint())
	case reflect.String:
		return cmpOrdered(a.String() < b.String(), a.String() > b.String())
	case reflect.Float32, reflect.Float64:
		return compareFloat(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		ac, bc := a.Complex(), b.Complex()
		if c := compareFloat(real(ac), real(bc)); c != 0 {
			return c
		}
		return compareFloat(imag(ac), imag(bc))
	case reflect.Bool:
		ab, bb := a.Bool(), b.Bool()
		return cmpOrdered(!ab && bb, ab && !bb)
	case reflect.Pointer, reflect.UnsafePointer, reflect.Chan:
		return cmpOrdered(a.Pointer() < b.Pointer(), a.Pointer() > b.Pointer())
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compareKeys(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compareKeys(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Interface:
		if c, ok := compareNil(a, b); ok {
			return c
		}
		ae, be := a.Elem(), b.Elem()
		if ae.Type() != be.Type() {
			// Order by the address of the type descriptors, which is stable for
			// one run of the program.
			at := reflect.ValueOf(ae.Type()).Pointer()
			bt := reflect.ValueOf(be.Type()).Pointer()
			return cmpOrdered(at < bt, at > bt)
		}
		return compareKeys(ae, be)
	}
	return 0
}

func cmpOrdered(less, greater bool) int {
	switch {
	case less:
		return -1
	case greater:
		return 1
	}
	return 0
}

// compareFloat orders floats with NaN before everything else.
func compareFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	case a != a && b == b:
		return -1
	case a == a && b != b:
		return 1
	}
	return 0
}

// compareNil orders nil interfaces before non-nil ones; ok reports whether either was
// nil.
func compareNil(a, b reflect.Value) (int, bool) {
	if a.IsNil() {
		if b.IsNil() {
			return 0, true
		}
		return -1, true
	}
	if b.IsNil() {
		return 1, true
	}
	return 0, false
}
