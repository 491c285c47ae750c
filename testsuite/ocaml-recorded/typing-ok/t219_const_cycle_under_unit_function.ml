type 'a const = string list
let f : 'a -> 'a const -> 'a = fun x _ -> x
let g x = f x x
let h () = g
