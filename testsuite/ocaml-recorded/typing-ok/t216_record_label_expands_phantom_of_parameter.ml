type 'a phantom = int
type r = { a : int phantom }
type v = A of int phantom
type s = { b : string phantom; c : float list }
type 'x q = { d : 'x phantom }
type w = int phantom
type u = { e : w }
type k = { f : int list phantom list }
