let id_int : int -> int = fun x -> x
let pair_of_strings (x : string) y = (x, y)
let strings_only (l : string list) = List.rev l
