package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	Running
	Stopped
)

type Event string

type Machine struct {
	state       State
	transitions map[State]map[Event]State
	history     []State
}

func NewMachine() *Machine {
	return &Machine{
		transitions: map[State]map[Event]State{
			Idle:    {"start": Running},
			Running: {"stop": Stopped, "pause": Idle},
		},
	}
}

func (m *Machine) Fire(e Event) bool {
	next, ok := m.transitions[m.state][e]
	if !ok {
		return false
	}
	m.history = append(m.history, m.state)
	m.state = next
	return true
}

func main() {
	m := NewMachine()
	for _, e := range strings.Split("start,pause,start,stop,start", ",") {
		fmt.Println(e, m.Fire(Event(e)), m.state)
	}
	fmt.Println(len(m.history))
}
