let ( <| ) f x = f x
let ( >>= ) o f = match o with None -> None | Some x -> f x
let x = Some 1 >>= fun v -> Some (v + 1)
let y = succ <| 41
