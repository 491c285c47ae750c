let kind = function
  | 'a' .. 'z' -> "lower"
  | 'A' .. 'Z' -> "upper"
  | '0' .. '9' -> "digit"
  | _ -> "other"
let is_hex c = match c with '0'..'9' | 'a'..'f' | 'A'..'F' -> true | _ -> false
