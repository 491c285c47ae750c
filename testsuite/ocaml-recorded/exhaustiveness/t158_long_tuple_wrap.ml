type t = Aaaaaaaaaaaa | Bbbbbbbbbbbb
let f = function
  | (Aaaaaaaaaaaa, Aaaaaaaaaaaa, Aaaaaaaaaaaa, Aaaaaaaaaaaa, Aaaaaaaaaaaa, Aaaaaaaaaaaa, Aaaaaaaaaaaa) -> 1
