let (x : int) = 3
let f (x : int) : string = string_of_int x
let g = fun (l : 'a list) -> (List.length l : int)
let h : int -> int = fun n -> n
