let shift_char k c =
  match c with
  | 'a' .. 'z' -> Char.chr ((Char.code c - 97 + k) mod 26 + 97)
  | 'A' .. 'Z' -> Char.chr ((Char.code c - 65 + k) mod 26 + 65)
  | _ -> c
let encrypt k s = String.map (shift_char k) s
