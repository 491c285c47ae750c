type handler = { name : string; run : int -> int }
let double = { name = "double"; run = (fun x -> 2 * x) }
let apply h x = h.run x
