let get = function Some x -> x | None -> 0 | Some 0 -> 1
