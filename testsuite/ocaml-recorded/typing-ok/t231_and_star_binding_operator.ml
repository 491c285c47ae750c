let ( let+ ) o f = Option.map f o
let ( and+ ) a b = match a, b with Some x, Some y -> Some (x, y) | _ -> None
let s = let+ x = Some 1 and+ y = Some 2 in x + y
