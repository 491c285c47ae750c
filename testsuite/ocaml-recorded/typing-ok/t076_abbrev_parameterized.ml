type 'a matrix = 'a array array
type 'a pairs = ('a * 'a) list
let identity n : float matrix = Array.init n (fun i -> Array.init n (fun j -> if i = j then 1. else 0.))
let diagonal (m : 'a matrix) : 'a pairs = [ (m.(0).(0), m.(1).(1)) ]
