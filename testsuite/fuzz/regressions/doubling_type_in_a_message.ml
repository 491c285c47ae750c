(* Found by testsuite/fuzz/hostile_bounds.py. Each f_i's type is a graph
   twice as deep as the last (ocamlc 4.13.1 does not finish on it, even
   at f12). The error message printed f20's type as a tree 200,000 nodes
   and as many levels deep, and printing it recursed on the main thread's
   stack past its end: a segmentation fault. Before that, collecting the
   user's type variable names walked the whole graph, expanding its lazy
   instances: 2^20 nodes. A printed type is now bounded in depth too
   (`...` past 2000 levels), and the names are collected no further than
   what can be printed. *)
let f0 x = (x, x)
let f1 x = f0 (f0 x)
let f2 x = f1 (f1 x)
let f3 x = f2 (f2 x)
let f4 x = f3 (f3 x)
let f5 x = f4 (f4 x)
let f6 x = f5 (f5 x)
let f7 x = f6 (f6 x)
let f8 x = f7 (f7 x)
let f9 x = f8 (f8 x)
let f10 x = f9 (f9 x)
let f11 x = f10 (f10 x)
let f12 x = f11 (f11 x)
let f13 x = f12 (f12 x)
let f14 x = f13 (f13 x)
let f15 x = f14 (f14 x)
let f16 x = f15 (f15 x)
let f17 x = f16 (f16 x)
let f18 x = f17 (f17 x)
let f19 x = f18 (f18 x)
let f20 x = f19 (f19 x)
let y = f20 1 + 1
