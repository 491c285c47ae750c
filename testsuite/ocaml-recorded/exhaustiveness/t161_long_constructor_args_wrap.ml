type t = Constructor_with_a_long_name of bool * bool * bool * bool * bool * bool * bool * bool * bool
let f = function
  | Constructor_with_a_long_name (true, true, true, true, true, true, true, true, true) -> 1
