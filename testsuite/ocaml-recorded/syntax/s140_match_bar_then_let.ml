let f x =
  match x with
  | 1 -> "one"
  |

let y = 2
