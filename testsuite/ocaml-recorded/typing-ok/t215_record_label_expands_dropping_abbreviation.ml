type 'a phantom = int
type 'a p2 = int and r = { a : int p2; b : int phantom }
type ('a, 'b) second = 'b
type s = { c : (string, float) second; mutable d : int phantom option }
type 'a keep = 'a list
type t = { e : int keep phantom keep }
let f x = x.a + x.b
let g (v : s) = v.d
let h = { e = [3] }
