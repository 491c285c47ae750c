exception Bad_input of string
exception Out_of_range of int * int * int
exception Wrapped of (int * string)
let check lo hi x = if x < lo || x > hi then raise (Out_of_range (lo, hi, x)) else x
let parse s = try int_of_string s with Failure _ -> raise (Bad_input s)
