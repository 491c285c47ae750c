(* Binding operators in their forms: let* chains, let+ with and+ (a tuple
   of the patterns), a pun, a constrained pattern, a destructuring one. *)
let ( let* ) r f = match r with Ok v -> f v | Error e -> Error e
let ( let+ ) r f = match r with Ok v -> Ok (f v) | Error e -> Error e

let ( and+ ) a b =
  match (a, b) with Ok x, Ok y -> Ok (x, y) | Error e, _ | _, Error e -> Error e

let digit c = if c >= '0' && c <= '9' then Ok (Char.code c - 48) else Error c

let sum3 a b c =
  let+ x = digit a and+ y = digit b and+ z = digit c in
  x + y + z

let ratio a b =
  let* x = digit a in
  let* y = digit b in
  if y = 0 then Error b else Ok (x / y)

let doubled c =
  let d = digit c in
  let* d in
  Ok (d * 2)

let as_float c =
  let* (n : int) = digit c in
  Ok (float_of_int n)

let swap p =
  let* a, b = p in
  Ok (b, a)
