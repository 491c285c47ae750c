type 'a ref = { mutable value : 'a }
let make v = { value = v }
let get r = r.value
let real = Stdlib.ref 0
