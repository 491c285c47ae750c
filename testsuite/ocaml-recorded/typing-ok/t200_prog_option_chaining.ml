let ( >>= ) o f = match o with None -> None | Some x -> f x
let safe_div a b = if b = 0 then None else Some (a / b)
let compute a b c = safe_div a b >>= fun q -> safe_div q c >>= fun r -> Some (r + 1)
