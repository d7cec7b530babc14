package main

var a = 0x
var b = 0b2
var c = 0o9
var d = 1e
var e = '\q'
var f = "\400"
var g = 'ab'
var h = 0_x
var i = 08
var j = 1__2
var k = 0x1p
var l = '\u12'
