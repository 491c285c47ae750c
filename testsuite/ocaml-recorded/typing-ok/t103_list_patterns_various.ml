let describe = function
  | [] -> "empty"
  | [_] -> "one"
  | [_; _] -> "two"
  | _ :: _ :: _ -> "many"
let second = function _ :: x :: _ -> Some x | _ -> None
