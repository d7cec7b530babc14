package main

import (
	"fmt"
	"sort"
)

type Account struct {
	Owner   string
	Balance int
}

func main() {
	accts := map[string]*Account{}
	for _, n := range []string{"ann", "bob", "cy"} {
		accts[n] = &Account{Owner: n}
	}
	accts["ann"].Balance += 50
	accts["bob"].Balance -= 20
	vals := map[string]Account{"x": {"x", 1}}
	a := vals["x"]
	a.Balance = 99
	vals["x"] = a
	names := []string{}
	for k := range accts {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, accts[n].Balance)
	}
	fmt.Println(vals)
	nested := map[string]map[string]int{}
	for _, p := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}} {
		if nested[p[0]] == nil {
			nested[p[0]] = map[string]int{}
		}
		nested[p[0]][p[1]]++
	}
	fmt.Println(nested, len(nested["a"]))
}
