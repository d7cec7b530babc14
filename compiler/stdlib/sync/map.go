package sync

// Map is a map[any]any that any number of goroutines may use at once. The
// zero Map is empty and ready; do not copy a Map once it is in use.
//
// minigo's Map is a plain map guarded by a Mutex; Range takes a snapshot of the keys
// first, so f may modify the Map.
type Map struct {
	mu Mutex
	m  map[any]any
}

// Load returns the value stored under key, and whether there was one.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return
}

// Store puts value under key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	m.mu.Unlock()
}

// LoadOrStore returns the value stored under key (loaded true) or, if there
// is none, stores value there and returns it (loaded false).
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete removes key and returns the value it had, and whether it had one.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	delete(m.m, key)
	m.mu.Unlock()
	return
}

// Delete removes key.
func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

// Range calls f for each key and value, one at a time, until f returns false.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	for k := range m.m {
		keys = append(keys, k)
	}
	m.mu.Unlock()
	for _, k := range keys {
		v, ok := m.Load(k)
		if !ok {
			continue
		}
		if !f(k, v) {
			break
		}
	}
}
