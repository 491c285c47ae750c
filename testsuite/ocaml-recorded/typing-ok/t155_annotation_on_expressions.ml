let empty_ints = ([] : int list)
let no_string = (None : string option)
let x = (1 : int) + (2 : int)
let f = (fun x -> x : int -> int)
