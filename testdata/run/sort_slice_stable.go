package main

import (
	"fmt"
	"sort"
)

type Emp struct {
	Name string
	Dept string
	Pay  int
}

func main() {
	emps := []Emp{{"ann", "eng", 100}, {"bob", "ops", 80}, {"cat", "eng", 120}, {"dan", "ops", 80}, {"eve", "eng", 100}, {"fay", "hr", 90}}
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Pay > emps[j].Pay })
	for _, e := range emps {
		fmt.Println(e.Name, e.Pay)
	}
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Dept < emps[j].Dept })
	fmt.Println(emps)
	nums := []int{9, 1, 8, 2, 7, 3}
	sort.Slice(nums, func(i, j int) bool { return nums[i]%3 < nums[j]%3 || (nums[i]%3 == nums[j]%3 && nums[i] < nums[j]) })
	fmt.Println(nums, sort.SliceIsSorted(nums, func(i, j int) bool { return nums[i] < nums[j] }))
}
