let h (f : x:int -> int) = 1
let _ = h (fun y -> y)
