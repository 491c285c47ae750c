open Hashtbl

let table : (string, int) t = create 8
let count = stats table
let n = count.num_bindings
open Queue
let q : int t = create ()
