type file = { fname : string; size : int }
and entry = File of file | Dir of string * entry list
let rec total = function
  | File f -> f.size
  | Dir (_, es) -> List.fold_left (fun acc e -> acc + total e) 0 es
