let a = float_of_int 3
let b = int_of_float 3.7
let c = string_of_float 1.5
let d = int_of_string_opt "12"
let e = bool_of_string "true"
let f = string_of_bool false
let g = truncate 2.9
let h = char_of_int 65
