package main

import (
	"fmt"
	"sync"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }

type Service struct {
	*Logger
	sync.Mutex
	name  string
	stats struct {
		calls int
	}
}

func NewService(name string) *Service {
	return &Service{Logger: &Logger{prefix: name + ": "}, name: name}
}

func (s *Service) Call() {
	s.Lock()
	defer s.Unlock()
	s.stats.calls++
	s.Log(fmt.Sprint("call ", s.stats.calls))
}

func main() {
	s := NewService("svc")
	s.Call()
	s.Call()
	fmt.Println(len(s.lines), s.lines[1])
}
